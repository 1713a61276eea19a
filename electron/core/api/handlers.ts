// One handler per contract method, on top of the core services. Hosts wrap these with registerContract.
// Edits made here go on the window's undo list; each is one batch in the change history.
import type { ReportRequest } from '../../../shared/contract';
import type { PlanTree, ReportModel } from '../../../shared/domain';
import { monthOfDate } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { createAgency, listAgencies, mergeAgencies, updateAgency } from '../agencies/agency-commands';
import { countAgencies } from '../agencies/registry';
import type { ChangeContext } from '../history/history';
import { listHistory, listHistoryUsers } from '../history/history';
import { revertBatch, UndoStack } from '../history/revert';
import { BROUGHT_REVERTS } from '../packages/merge-pack';
import { commitImport, decodeUpload, previewImport } from '../import/import-preview';
import { importSamplePlan } from '../import/sample-plan';
import { createIndicator, deleteIndicator, setActual, updateIndicator } from '../indicators/indicator-commands';
import { listIndicatorRows } from '../indicators/indicator-rows';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import { ActionListCache } from '../plan/action-list-cache';
import { actionRowOf, listActionRows } from '../plan/action-rows';
import { updateRow } from '../plan/entity-update';
import { createPlan, LINK_REVERTS, pasteActionCells, setActionAgencies, updateActionField } from '../plan/plan-commands';
import { getActionDetail, getPlanOutline, getPlanTree, listPlanSummaries, planIdOf } from '../plan/plan-queries';
import {
  createAction,
  createChapter,
  createStatement,
  deleteBranch,
  duplicateAction,
  moveAction,
  moveChapter,
  moveStatement,
  setActionDeleted,
  updateChapter,
  updateStatement,
} from '../plan/structure-commands';
import { ensurePeriods, setReporting } from '../reporting/periods';
import { buildReportModel } from '../reports/report-model';
import { buildReportWorkbook, reportFileName } from '../reports/report-workbook';
import { compareWithSnapshot, listSnapshots, snapshotDates, takeSnapshot } from '../snapshots/snapshots';
import { exchangeHandlers } from '../exchange/exchange-handlers';
import { changeContextOf, type AppContext } from './app-context';
import type { Handlers } from './dispatch';

export function createHandlers(app: AppContext): Handlers {
  const db = () => app.connection().db;
  const currentMonth = () => monthOfDate(app.now());
  const undo = new UndoStack();
  const actionLists = new ActionListCache();
  // The Overview asks for its plan's tree each time it opens (3.5 MB for 10,000 actions): while nothing is written
  // it is the same tree, and reading it again would hold up the view opened next (the main process answers in turn).
  const planTrees = new KeptWhileUnchanged<PlanTree>();
  const planTree = (planId: string) => planTrees.get(app.connection(), `${planId}|${currentMonth()}`, () => getPlanTree(db(), planId, currentMonth()));
  // A pack's model is asked for more than once in a row: checked before the pack's window opens, then by its page,
  // and by each page printing a long pack in parts. Kept for the same request, the same minute, and no write since.
  const reportModels = new KeptWhileUnchanged<ReportModel>();
  // (The first model of a month also creates the plan's reporting periods, a write: the next request builds it
  // once more. Making the periods outside the kept read would let two requests at once both insert them.)
  const reportModel = (request: ReportRequest) => {
    const now = app.now();
    return reportModels.get(app.connection(), `${JSON.stringify(request)}|${now.toISOString().slice(0, 16)}`, () => buildReportModel(db(), request, now));
  };
  let undoWorkspace = '';

  /** A context for one edit from this window; the edit joins the undo list once it has succeeded. */
  const edit = async <T>(work: (context: ChangeContext) => Promise<T>): Promise<T> => {
    const workspace = app.connection().path;
    if (workspace !== undoWorkspace) {
      // Undo never crosses workspaces: switching files starts a new list.
      undo.clear();
      undoWorkspace = workspace;
    }
    const context = changeContextOf(app, 'edit');
    const result = await work(context);
    undo.pushEdit(context.batchId!);
    return result;
  };
  const info = () => ({ version: app.version, workspacePath: app.connection().path, userName: app.userName(), shell: app.shell });
  const summaryOf = async (planId: string) => {
    const plan = (await listPlanSummaries(db(), currentMonth())).find((p) => p.id === planId);
    if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
    return plan;
  };
  const rowOf = (actionId: string) => actionRowOf(db(), actionId, currentMonth());
  const treeOf = async (kind: 'chapter' | 'statement', id: string) => planTree(await planIdOf(db(), kind, id));
  const indicatorRowOf = async (indicatorId: string) => {
    const indicator = await db().selectFrom('indicators').select('action_id').where('id', '=', indicatorId).executeTakeFirstOrThrow();
    const planId = await planIdOf(db(), 'action', indicator.action_id);
    const [row] = await listIndicatorRows(db(), planId, await ensurePeriods(db(), planId, currentMonth()), [indicatorId]);
    if (!row) throw new AppError('not_found', `No indicator with id ${indicatorId} in this workspace`);
    return row;
  };
  const revert = async (batchId: string | undefined, done: (revertBatch: string) => void) => {
    if (!batchId) throw new AppError('not_available', 'There is nothing to undo or redo');
    const context = changeContextOf(app, 'undo');
    const outcome = await revertBatch(db(), context, batchId, { ...LINK_REVERTS, ...BROUGHT_REVERTS });
    done(outcome.batchId);
    return { entityIds: outcome.entityIds, ...undo.state };
  };

  return {
    'app:info': () => info(),
    'preferences:setUserName': async ({ name }) => {
      await app.setUserName(name);
      return info();
    },
    'workspace:summary': async () => ({
      workspacePath: app.connection().path,
      agencies: await countAgencies(db()),
      plans: await listPlanSummaries(db(), currentMonth()),
    }),
    'workspace:chooseFile': ({ mode }) => app.chooseWorkspaceFile(mode),
    'plans:create': async ({ title, description }) => summaryOf(await createPlan(db(), changeContextOf(app, 'edit'), { title, description })),
    'plans:openSample': async () =>
      summaryOf(await importSamplePlan(db(), changeContextOf(app, 'import', app.samplePlanPath), app.samplePlanPath)),
    'plans:tree': ({ planId }) => planTree(planId),
    'plans:outline': ({ planId }) => getPlanOutline(db(), planId),
    'plans:update': async ({ planId, field, value }) => {
      if (field === 'title' && value.trim() === '') throw new AppError('invalid_input', 'A plan needs a title');
      await edit((context) => db().transaction().execute((tx) => updateRow(tx, context, { table: 'plans', id: planId, planId }, { [field]: value.trim() })));
      return summaryOf(planId);
    },
    'plans:setReporting': async (input) => {
      await edit((context) => setReporting(db(), context, input));
      return ensurePeriods(db(), input.planId, currentMonth());
    },
    'plans:periods': ({ planId }) => ensurePeriods(db(), planId, currentMonth()),
    'actions:list': ({ planId }) => actionLists.list(app.connection(), planId, currentMonth()),
    'actions:listPacked': ({ planId }) => actionLists.listPacked(app.connection(), planId, currentMonth()),
    'actions:get': ({ actionId }) => getActionDetail(db(), actionId, currentMonth()),
    'actions:update': async (input) => {
      await edit((context) => updateActionField(db(), context, input));
      return rowOf(input.actionId);
    },
    'actions:paste': async ({ planId, cells }) => {
      const outcome = await edit((context) => pasteActionCells(db(), context, planId, cells));
      return { applied: outcome.applied, refused: outcome.refused, rows: await listActionRows(db(), planId, currentMonth(), outcome.actionIds) };
    },
    'actions:setAgencies': async (input) => {
      await edit((context) => setActionAgencies(db(), context, input));
      return rowOf(input.actionId);
    },
    'actions:create': async (input) => rowOf(await edit((context) => createAction(db(), context, input))),
    'actions:duplicate': async ({ actionId }) => rowOf(await edit((context) => duplicateAction(db(), context, actionId))),
    'actions:delete': async ({ actionId }) => {
      await edit((context) => setActionDeleted(db(), context, actionId, true));
      return undo.state;
    },
    'actions:restore': async ({ actionId }) => {
      await edit((context) => setActionDeleted(db(), context, actionId, false));
      return rowOf(actionId);
    },
    'actions:move': async (input) => {
      await edit((context) => moveAction(db(), context, input));
      return rowOf(input.actionId);
    },
    'chapters:create': async (input) => {
      const id = await edit((context) => createChapter(db(), context, input));
      return treeOf('chapter', id);
    },
    'chapters:update': async (input) => {
      await edit((context) => updateChapter(db(), context, input));
      return treeOf('chapter', input.chapterId);
    },
    'chapters:move': async (input) => {
      await edit((context) => moveChapter(db(), context, input));
      return treeOf('chapter', input.chapterId);
    },
    'chapters:delete': async ({ chapterId }) => {
      await edit((context) => deleteBranch(db(), context, { kind: 'chapter', id: chapterId }));
      return treeOf('chapter', chapterId);
    },
    'statements:create': async (input) => {
      const id = await edit((context) => createStatement(db(), context, input));
      return treeOf('statement', id);
    },
    'statements:update': async (input) => {
      await edit((context) => updateStatement(db(), context, input));
      return treeOf('statement', input.statementId);
    },
    'statements:move': async (input) => {
      await edit((context) => moveStatement(db(), context, input));
      return treeOf('statement', input.statementId);
    },
    'statements:delete': async ({ statementId }) => {
      await edit((context) => deleteBranch(db(), context, { kind: 'statement', id: statementId }));
      return treeOf('statement', statementId);
    },
    'indicators:list': async ({ planId }) => listIndicatorRows(db(), planId, await ensurePeriods(db(), planId, currentMonth())),
    'indicators:create': async (input) => indicatorRowOf(await edit((context) => createIndicator(db(), context, input))),
    'indicators:update': async (input) => {
      await edit((context) => updateIndicator(db(), context, input));
      return indicatorRowOf(input.indicatorId);
    },
    'indicators:delete': async ({ indicatorId }) => {
      await edit((context) => deleteIndicator(db(), context, indicatorId));
      return undo.state;
    },
    'indicators:setActual': async (input) => {
      await edit((context) => setActual(db(), context, input));
      return indicatorRowOf(input.indicatorId);
    },
    'agencies:list': () => listAgencies(db()),
    'agencies:create': async (input) => {
      await edit((context) => createAgency(db(), context, input));
      return listAgencies(db());
    },
    'agencies:update': async (input) => {
      await edit((context) => updateAgency(db(), context, input));
      return listAgencies(db());
    },
    'agencies:merge': async (input) => {
      // A merge moves links that undo cannot put back one by one; the page asks for confirmation instead.
      await mergeAgencies(db(), changeContextOf(app, 'edit'), input);
      return listAgencies(db());
    },
    'history:list': (filter) => listHistory(db(), filter),
    'history:users': ({ planId }) => listHistoryUsers(db(), planId),
    'history:undo': () => revert(undo.nextUndo(), (batch) => undo.undone(batch)),
    'history:redo': () => revert(undo.nextRedo(), (batch) => undo.redone(batch)),
    'history:undoState': () => undo.state,
    'snapshots:create': (input) => takeSnapshot(db(), changeContextOf(app, 'edit'), input),
    'snapshots:list': ({ planId }) => listSnapshots(db(), planId),
    'snapshots:compare': ({ snapshotId }) => compareWithSnapshot(db(), snapshotId),
    'reports:model': (request) => reportModel(request),
    'reports:workbook': async (request) => {
      const model = await reportModel(request);
      return { fileName: reportFileName(model, 'xlsx'), base64: (await buildReportWorkbook(model)).toString('base64') };
    },
    'reports:savePdf': async ({ paper, ...request }) => {
      if (!app.saveReportPdf) throw new AppError('not_available', 'Saving a PDF from here exists only in the desktop app; use the report command of the CLI');
      // The model is built once here to check the request before any window opens, and to name the file.
      const model = await reportModel(request);
      return { path: await app.saveReportPdf({ request, paper, fileName: reportFileName(model, 'pdf') }) };
    },
    'reports:print': async ({ paper, ...request }) => {
      if (!app.printReport) throw new AppError('not_available', 'Printing through the system dialog exists only in the desktop app');
      const model = await reportModel(request);
      return app.printReport({ request, paper, fileName: reportFileName(model, 'pdf') });
    },
    'snapshots:dates': ({ snapshotId }) => snapshotDates(db(), snapshotId),
    ...exchangeHandlers(app, (outcome) => {
      // A merge joins the undo list only when undo can revert all of it.
      if (app.connection().path !== undoWorkspace) {
        undo.clear();
        undoWorkspace = app.connection().path;
      }
      if (outcome.undoable) undo.pushEdit(outcome.batchId);
    }),
    'import:preview': ({ fileName, contentBase64, ...request }) => previewImport(db(), { ...request, fileName, bytes: decodeUpload(fileName, contentBase64) }),
    'import:commit': ({ fileName, contentBase64, ...request }) =>
      commitImport(db(), changeContextOf(app, 'import', fileName), { ...request, fileName, bytes: decodeUpload(fileName, contentBase64) }),
  };
}
