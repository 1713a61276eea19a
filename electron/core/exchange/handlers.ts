// The contract's handlers for exchange with ministries: update workbooks sent to lead agencies, and returned
// workbooks received (picked in a dialog or dropped on the window), reviewed and merged.
import { basename } from 'node:path';
import type { Review, ReviewFile } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import type { Progress } from '../progress/progress';
import { decodeUpload } from '../import/import-preview';
import { requirePlan } from '../plan/plan-queries';
import { ReviewSessions, type ReviewedFiles } from '../review/review-sessions';
import { chaseReminder, emlOf, recordChase, sentWorkbook, writeChase } from './chase';
import { droppedFileKind } from './dropped-files';
import { listPackages } from './packages-list';
import { listLeadAgencies, requirePeriod } from './plan-now';
import { markReturned, mergeReturns, receiveReturns, type DroppedWorkbooks } from './receive-returns';
import { loadReviewDrafts, saveReviewDrafts } from './review-drafts';
import { returnTracking } from './return-tracking';
import { sendCounts } from './send-counts';
import { sendForUpdate } from './send-updates';

type ExchangeChannel = Extract<keyof Handlers, `exchange:${string}`>;

interface ReturnsReview extends ReviewedFiles {
  readonly planId: string;
  /** Workbooks dropped on the window: their bytes, kept for the merge, by the name that stands as their path. */
  readonly dropped?: DroppedWorkbooks;
  /** The files as reviewed, for saving the decisions taken on them. */
  readonly reviewed: readonly ReviewFile[];
}

export function exchangeHandlers(kit: HandlerKit): Pick<Handlers, ExchangeChannel> {
  const { app, db } = kit;
  const today = () => app.now().toISOString().slice(0, 10);
  const sessions = new ReviewSessions<ReturnsReview>(() => app.connection().path);

  // Reads returned workbooks for the review (nothing of the plan written; packages noted as returned).
  const reviewReturns = async (planId: string, paths: readonly string[], progress: Progress, dropped?: DroppedWorkbooks): Promise<Review> => {
    const received = await receiveReturns(db(), planId, paths, dropped, progress);
    await markReturned(db(), app.now().toISOString(), received.files);
    const reviewId = sessions.remember({ planId, files: received.files.map((f) => ({ path: f.path, sha256: f.sha256 })), dropped, reviewed: received.files });
    const resumed = await loadReviewDrafts(db(), received.files);
    return { reviewId, kind: 'exchange', planId, files: received.files, counts: received.counts, resumed };
  };

  return {
    'exchange:leadAgencies': async ({ planId }) => {
      await requirePlan(db(), planId);
      return listLeadAgencies(db(), planId);
    },
    'exchange:sendCounts': async ({ planId, agencyIds }) => {
      await requirePlan(db(), planId);
      return sendCounts(db(), planId, agencyIds);
    },
    'exchange:send': async (input, progress) => {
      await requirePlan(db(), input.planId);
      const folder = await kit.dialog('chooseFolder')({ title: 'Folder for the update workbooks' });
      if (folder === null) return null;
      return sendForUpdate(db(), kit.changeContext('edit'), { ...input, folder }, progress);
    },
    'exchange:packages': ({ planId }) => listPackages(db(), planId),
    'exchange:tracking': async ({ planId, periodId }) => {
      await requirePeriod(db(), planId, periodId);
      return returnTracking(db(), planId, periodId, today());
    },
    'exchange:reminder': ({ planId, packageId }) => chaseReminder(db(), planId, packageId, kit.changeContext('exchange').user, today()),
    'exchange:chaseCopied': async ({ planId, packageId }, change) => {
      const reminder = await chaseReminder(db(), planId, packageId, change.user, today());
      await recordChase(db(), change, planId, reminder, ['copied']);
      return { chasedAt: change.at };
    },
    'exchange:saveChase': async ({ planId, packageId, what }) => {
      const sender = kit.changeContext('exchange').user;
      const reminder = await chaseReminder(db(), planId, packageId, sender, today());
      // Refused before the dialog when the workbook was not kept: nothing to choose a place for.
      const workbook = what === 'workbook' || reminder.workbook.available ? await sentWorkbook(db(), reminder) : null;
      const path = await kit.dialog('chooseSavePath')(
        what === 'eml'
          ? { title: `Save the reminder to ${reminder.agency.label}`, defaultName: reminder.emlFileName, filters: [{ name: 'E-mail message', extensions: ['eml'] }] }
          : { title: `Save the workbook sent to ${reminder.agency.label}`, defaultName: reminder.workbook.fileName, filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] },
      );
      if (path === null) return null;
      const change = kit.changeContext('exchange');
      const bytes = what === 'eml' ? emlOf(reminder, workbook, new Date(change.at)) : workbook!;
      await writeChase(db(), change, planId, reminder, [{ path, bytes }], [what]);
      return { path, chasedAt: change.at };
    },
    'exchange:receive': async ({ planId }, progress) => {
      await requirePlan(db(), planId);
      const paths = await kit.dialog('chooseFiles')({ title: 'Returned update workbooks', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }], multiple: true });
      if (paths === null || paths.length === 0) return null;
      return reviewReturns(planId, paths, progress);
    },
    'exchange:identifyDropped': ({ files }) => files.map((f) => droppedFileKind(decodeUpload(f.fileName, f.contentBase64), f.fileName)),
    'exchange:receiveDropped': async ({ planId, files }, _change, progress) => {
      await requirePlan(db(), planId);
      // The page gives no path: a dropped workbook is known by its name, in the review and in the history.
      const dropped = new Map<string, Uint8Array>();
      for (const file of files) {
        const name = basename(file.fileName);
        if (dropped.has(name)) throw new AppError('invalid_input', `Two of the dropped files are named ${name}; drop one of them at a time`);
        dropped.set(name, decodeUpload(name, file.contentBase64));
      }
      return reviewReturns(planId, [...dropped.keys()], progress, dropped);
    },
    'exchange:merge': async ({ reviewId, decisions, leaveOut }, change, progress) => {
      const session = sessions.open(reviewId);
      for (const path of leaveOut) {
        if (!session.files.some((f) => f.path === path)) throw new AppError('invalid_input', `${path} is not a file of this review`);
      }
      const files = session.files.filter((f) => !leaveOut.includes(f.path));
      if (files.length === 0) throw new AppError('invalid_input', 'Every file of this review was left out: there is nothing to merge');
      const outcome = await mergeReturns(
        db(),
        change,
        {
          planId: session.planId,
          paths: files.map((f) => f.path),
          expectedSha256: Object.fromEntries(files.map((f) => [f.path, f.sha256])),
          decisions,
          dropped: session.dropped,
        },
        progress,
      );
      sessions.close(reviewId);
      return outcome;
    },
    'exchange:saveDecisions': async ({ reviewId, decisions }, change) => {
      const session = sessions.open(reviewId);
      await saveReviewDrafts(db(), { user: change.user, at: change.at }, session.planId, session.reviewed, decisions);
      return { savedAt: change.at };
    },
  };
}
