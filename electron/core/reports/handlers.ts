// The contract's handlers for review packs: their model (what the print pages show), their tables as a workbook,
// and printing or saving them as PDF through the host.
import type { ReportRequest } from '../../../shared/contract';
import type { ReportModel } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import type { Progress } from '../progress/progress';
import { buildReportModel, FIRST_MODEL_PHASE } from './model/report-model';
import { buildReportWorkbook, reportFileName } from './report-workbook';

type ReportChannel = 'reports:model' | 'reports:workbook' | 'reports:savePdf' | 'reports:print';

export function reportHandlers(kit: HandlerKit): Pick<Handlers, ReportChannel> {
  const { app, db } = kit;
  // A pack's model is asked for more than once in a row: checked before the pack's window opens, then by its page,
  // and by each page printing a long pack in parts. Kept for the same request, the same minute, and no write since.
  const reportModels = new KeptWhileUnchanged<ReportModel>();
  // (The first model of a month also creates the plan's reporting periods, a write: the next request builds it
  // once more. Making the periods outside the kept read would let two requests at once both insert them.)
  // In a transaction: a cancel (at one of the model's progress steps) takes back the periods it may have created.
  // A request made while the model is being built waits for that build (whose caller sees its progress).
  // Its first phase is told before the transaction begins: the transaction waits there while another window or
  // command writes to the workspace (up to the busy timeout), and meanwhile the person sees the pack under way, with
  // Cancel. (The tests hold the workspace so to cancel a pack that is certainly still running.)
  const reportModel = (request: ReportRequest, progress: Progress) => {
    const now = app.now();
    return reportModels.get(app.connection(), `${JSON.stringify(request)}|${now.toISOString().slice(0, 16)}`, () => {
      progress.phase(FIRST_MODEL_PHASE);
      return db()
        .transaction()
        .execute((tx) => buildReportModel(tx, request, now, progress));
    });
  };
  // The PDF's author is whoever the app records changes as (changeContextOf); its producer, this version of PlanDesk.
  const printedBy = () => ({ author: app.userName().trim() || app.fallbackUserName, producer: `PlanDesk ${app.version}` });

  return {
    'reports:model': (request, progress) => reportModel(request, progress),
    'reports:workbook': async (request, progress) => {
      const model = await reportModel(request, progress);
      return { fileName: reportFileName(model, 'xlsx'), base64: (await buildReportWorkbook(model)).toString('base64') };
    },
    'reports:savePdf': async ({ paper, timelinePaper, ...request }, progress) => {
      if (!app.saveReportPdf) throw new AppError('not_available', 'Saving a PDF from here exists only in the desktop app; use the report command of the CLI');
      // The model is built once here to check the request before any window opens, and to name the file.
      const model = await reportModel(request, progress);
      return { path: await app.saveReportPdf({ request, paper, timelinePaper, fileName: reportFileName(model, 'pdf'), ...printedBy() }) };
    },
    'reports:print': async ({ paper, timelinePaper, ...request }, progress) => {
      if (!app.printReport) throw new AppError('not_available', 'Printing through the system dialog exists only in the desktop app');
      const model = await reportModel(request, progress);
      return app.printReport({ request, paper, timelinePaper, fileName: reportFileName(model, 'pdf'), ...printedBy() });
    },
  };
}
