// The contract's handlers for exchange with ministries, whole-plan packages and exports. File paths never come
// from the page: the host asks the user (a system dialog), and a review keeps its files here, on the main side,
// so that the merge that follows reads exactly the files the review showed (their SHA-256 is checked again).
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MergeOutcome, Review, ReviewFile } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { changeContextOf, type AppContext } from '../api/app-context';
import type { Handlers } from '../api/dispatch';
import { gridViewBytes } from '../exports/grid-view';
import { planWorkbookBytes } from '../exports/plan-workbook';
import { createPack } from '../packages/create-pack';
import { mergePack } from '../packages/merge-pack';
import { reviewPack } from '../packages/open-pack';
import { requirePlan } from '../plan/plan-queries';
import { listPackages } from './packages-list';
import { listLeadAgencies } from './plan-now';
import { decodeUpload } from '../import/import-preview';
import { droppedFileKind } from './dropped-files';
import { markReturned, mergeReturns, receiveReturns, type DroppedWorkbooks } from './receive-returns';
import { loadReviewDrafts, saveReviewDrafts } from './review-drafts';
import { safeFileName, sendForUpdate } from './send-updates';

type ExchangeChannel =
  | 'exchange:leadAgencies'
  | 'exchange:send'
  | 'exchange:packages'
  | 'exchange:receive'
  | 'exchange:merge'
  | 'exchange:saveDecisions'
  | 'exchange:identifyDropped'
  | 'exchange:receiveDropped'
  | 'packages:create'
  | 'packages:open'
  | 'packages:merge'
  | 'exports:planWorkbook'
  | 'exports:gridView';

interface ReviewSession {
  readonly kind: 'exchange' | 'package';
  readonly workspace: string;
  readonly planId: string | null;
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
  /** Workbooks dropped on the window: their bytes, kept for the merge, by the name that stands as their path. */
  readonly dropped?: DroppedWorkbooks;
  /** Exchange reviews: the files as reviewed, for saving the decisions taken on them. */
  readonly reviewed?: readonly ReviewFile[];
}

/** Reviews kept for their merge; the oldest go first, so that a window left open does not grow without end. */
const MAX_SESSIONS = 20;

function countsOf(files: readonly ReviewFile[]): Review['counts'] {
  return {
    changes: files.reduce((n, f) => n + f.groups.reduce((m, g) => m + g.changes.length, 0), 0),
    conflicts: files.reduce((n, f) => n + f.groups.reduce((m, g) => m + g.changes.filter((c) => c.conflict !== null).length, 0), 0),
    problems: files.reduce((n, f) => n + f.problems.length, 0),
    refused: files.filter((f) => f.refused !== null).length,
  };
}

export function exchangeHandlers(
  app: AppContext,
  /** Called after a merge with its batch: the host's undo list takes it when undo can revert it cleanly. */
  merged: (outcome: MergeOutcome) => void,
): Pick<Handlers, ExchangeChannel> {
  const db = () => app.connection().db;
  const sessions = new Map<string, ReviewSession>();
  const host = <K extends 'chooseFiles' | 'chooseSavePath' | 'chooseFolder'>(name: K): NonNullable<AppContext[K]> => {
    const dialog = app[name];
    if (!dialog) throw new AppError('not_available', 'Choosing files needs the desktop app; use the command line here (npm run cli -- help)');
    return dialog.bind(app) as NonNullable<AppContext[K]>;
  };
  const remember = (session: ReviewSession): string => {
    const reviewId = randomUUID();
    sessions.set(reviewId, session);
    if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    return reviewId;
  };
  const sessionOf = (reviewId: string, kind: ReviewSession['kind']): ReviewSession => {
    const session = sessions.get(reviewId);
    if (!session || session.kind !== kind || session.workspace !== app.connection().path) {
      throw new AppError('not_found', 'This review is no longer open (the workspace changed or it was merged); open the files again');
    }
    return session;
  };
  const save = async (bytes: Uint8Array, title: string, defaultName: string, extension: string, label: string): Promise<{ path: string | null }> => {
    const path = await host('chooseSavePath')({ title, defaultName, filters: [{ name: label, extensions: [extension] }] });
    if (path === null) return { path: null };
    await writeFile(path, bytes);
    return { path };
  };

  // Reads returned workbooks for the review (nothing of the plan written; packages noted as returned).
  const reviewReturns = async (planId: string, paths: readonly string[], dropped?: DroppedWorkbooks): Promise<Review> => {
    const received = await receiveReturns(db(), planId, paths, dropped);
    await markReturned(db(), app.now().toISOString(), received.files);
    const reviewId = remember({
      kind: 'exchange',
      workspace: app.connection().path,
      planId,
      files: received.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
      dropped,
      reviewed: received.files,
    });
    const resumed = await loadReviewDrafts(db(), received.files);
    return { reviewId, kind: 'exchange', planId, files: received.files, counts: received.counts, resumed };
  };

  return {
    'exchange:leadAgencies': async ({ planId }) => {
      await requirePlan(db(), planId);
      return listLeadAgencies(db(), planId);
    },
    'exchange:send': async (input) => {
      await requirePlan(db(), input.planId);
      const folder = await host('chooseFolder')({ title: 'Folder for the update workbooks' });
      if (folder === null) return null;
      return sendForUpdate(db(), changeContextOf(app, 'edit'), { ...input, folder });
    },
    'exchange:packages': ({ planId }) => listPackages(db(), planId),
    'exchange:receive': async ({ planId }) => {
      await requirePlan(db(), planId);
      const paths = await host('chooseFiles')({ title: 'Returned update workbooks', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }], multiple: true });
      if (paths === null || paths.length === 0) return null;
      return reviewReturns(planId, paths);
    },
    'exchange:identifyDropped': ({ files }) => files.map((f) => droppedFileKind(decodeUpload(f.fileName, f.contentBase64), f.fileName)),
    'exchange:receiveDropped': async ({ planId, files }) => {
      await requirePlan(db(), planId);
      // The page gives no path: a dropped workbook is known by its name, in the review and in the history.
      const dropped = new Map<string, Uint8Array>();
      for (const file of files) {
        const name = basename(file.fileName);
        if (dropped.has(name)) throw new AppError('invalid_input', `Two of the dropped files are named ${name}; drop one of them at a time`);
        dropped.set(name, decodeUpload(name, file.contentBase64));
      }
      return reviewReturns(planId, [...dropped.keys()], dropped);
    },
    'exchange:merge': async ({ reviewId, decisions, leaveOut }) => {
      const session = sessionOf(reviewId, 'exchange');
      for (const path of leaveOut) {
        if (!session.files.some((f) => f.path === path)) throw new AppError('invalid_input', `${path} is not a file of this review`);
      }
      const files = session.files.filter((f) => !leaveOut.includes(f.path));
      if (files.length === 0) throw new AppError('invalid_input', 'Every file of this review was left out: there is nothing to merge');
      const outcome = await mergeReturns(db(), changeContextOf(app, 'exchange'), {
        planId: session.planId!,
        paths: files.map((f) => f.path),
        expectedSha256: Object.fromEntries(files.map((f) => [f.path, f.sha256])),
        decisions,
        dropped: session.dropped,
      });
      sessions.delete(reviewId);
      merged(outcome);
      return outcome;
    },
    'exchange:saveDecisions': async ({ reviewId, decisions }) => {
      const session = sessionOf(reviewId, 'exchange');
      const context = changeContextOf(app, 'exchange');
      await saveReviewDrafts(db(), { user: context.user, at: context.at }, session.planId!, session.reviewed ?? [], decisions);
      return { savedAt: context.at };
    },
    'packages:create': async ({ planId }) => {
      const plan = await requirePlan(db(), planId);
      const path = await host('chooseSavePath')({ title: 'Save the plan package', defaultName: `${safeFileName(plan.title)}.pmupack`, filters: [{ name: 'PlanDesk package', extensions: ['pmupack'] }] });
      if (path === null) return null;
      return createPack(db(), changeContextOf(app, 'package'), planId, path);
    },
    'packages:open': async () => {
      const paths = await host('chooseFiles')({ title: 'Open a plan package', filters: [{ name: 'PlanDesk package', extensions: ['pmupack'] }], multiple: false });
      const path = paths?.[0];
      if (!path) return null;
      const opened = await reviewPack(db(), path);
      const planId = opened.contents?.manifest.planId ?? null;
      const reviewId = remember({ kind: 'package', workspace: app.connection().path, planId, files: [{ path, sha256: opened.file.sha256 }] });
      return { reviewId, kind: 'package', planId, files: [opened.file], counts: countsOf([opened.file]) };
    },
    'packages:merge': async ({ reviewId, decisions }) => {
      const session = sessionOf(reviewId, 'package');
      const file = session.files[0]!;
      const outcome = await mergePack(db(), changeContextOf(app, 'package', file.path), { path: file.path, expectedSha256: file.sha256, decisions });
      sessions.delete(reviewId);
      merged(outcome);
      return outcome;
    },
    'exports:planWorkbook': async ({ planId }) => {
      const plan = await requirePlan(db(), planId);
      return save(await planWorkbookBytes(db(), [planId]), 'Export the plan', `${safeFileName(plan.title)}.xlsx`, 'xlsx', 'Excel workbook');
    },
    'exports:gridView': async (view) => {
      const bytes = await gridViewBytes(view, view.format);
      return view.format === 'csv'
        ? save(bytes, 'Export the grid', `${safeFileName(view.title)}.csv`, 'csv', 'CSV (comma-separated)')
        : save(bytes, 'Export the grid', `${safeFileName(view.title)}.xlsx`, 'xlsx', 'Excel workbook');
    },
  };
}
