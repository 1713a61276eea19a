// Services: what the core does for its hosts rather than for the page, run in the worker like the contract's
// methods (worker/protocol.ts) but never reachable from the page: the CLI's commands (paths and names where the
// page uses dialogs and ids, the CLI's own change context), opening another workspace, and the desktop menu's
// plan export. Each is a thin composition of the capabilities; the long ones take the call's progress.
import type { RatingColour, ReportingPeriod, Review, ReviewDecision, ReviewFile } from '../../../shared/domain';
import { inConflict, rivalWords } from '../../../shared/vocab/conflicts';
import { join } from 'node:path';
import { monthOfDate } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { ReportRequest } from '../../../shared/contract';
import { countAgencies, loadAgencyIndex } from '../agencies/registry';
import { setWorkspaceUserName, workspaceUserName } from '../db/workspace-user';
import { listLeadAgencies } from '../exchange/plan-now';
import { mergeReturns, receiveReturns } from '../exchange/receive-returns';
import { chaseReminder, emlOf, sentWorkbook, writeChase } from '../exchange/chase';
import { returnTracking } from '../exchange/return-tracking';
import { sendForUpdate } from '../exchange/send-updates';
import { planCsv, planWorkbookBytes } from '../exports/plan-workbook';
import type { ChangeContext } from '../host/context';
import { importSpreadsheet } from '../import/import-spreadsheet';
import { createPack } from '../packages/create-pack';
import { mergePack } from '../packages/merge-pack';
import { reviewPack } from '../packages/open-pack';
import { exportPlanFile } from '../planfile/export-plan-file';
import type { PlanFile } from '../planfile/format';
import { importPlanFile } from '../planfile/import-plan-file';
import { approvePlan, baselineOf, rebaselinePlan } from '../plan/baseline';
import { findActionByCodeOrId } from '../plan/find-action';
import { listPlanSummaries, liveChapters } from '../plan/plan-queries';
import type { Progress } from '../progress/progress';
import { writableFolder } from '../files/write-file';
import { setOverride } from '../ratings/overrides';
import { ratePlan } from '../ratings/plan-ratings';
import { planRatingsSummary } from '../ratings/plan-summary';
import { ensurePeriods, storedPeriods } from '../reporting/periods';
import { findAgency } from '../reports/find-agency';
import { buildReportModel } from '../reports/model/report-model';
import { buildReportWorkbook } from '../reports/report-workbook';
import { listSnapshots } from '../snapshots/snapshots';
import type { AppContext } from '../host/context';

export type Service<I, R> = (input: I, progress: Progress) => Promise<R>;
/** Services as the worker looks them up by name. */
export type ServiceTable = Readonly<Record<string, Service<never, unknown>>>;

/** Kept by the worker itself (worker/serve.ts), which holds the open workspace. */
export interface WorkspaceServices {
  /** Opens (or creates, unless `mustExist`) a workspace file, migrated, and swaps it in; the one open stays open if
   *  this fails. */
  'workspace:open': Service<{ readonly path: string; readonly mustExist: boolean }, { readonly path: string }>;
  'workspace:close': Service<Record<string, never>, null>;
}

/** Which proposed changes a merge takes: every one without a conflict, none, or those named by id. */
export type Acceptance = 'all' | 'none' | readonly string[];

/** The decisions of an acceptance: "all" leaves conflicts out (they must be named); an unknown id is refused. */
export function decisionsOf(accept: Acceptance, files: readonly ReviewFile[], note: string): ReviewDecision[] {
  const readable = files.filter((f) => f.refused === null);
  const changes = readable.flatMap((f) => f.groups.flatMap((g) => g.changes));
  if (accept === 'none') return readable.map((f) => ({ target: { kind: 'file', fileId: f.fileId! }, accept: false, note }));
  if (accept === 'all') return changes.filter((c) => !inConflict(c)).map((c) => ({ target: { kind: 'change', changeId: c.id }, accept: true, note }));
  for (const id of accept) if (!changes.some((c) => c.id === id)) throw new AppError('invalid_input', `No proposed change has the id ${id}`);
  return accept.map((id) => ({ target: { kind: 'change', changeId: id }, accept: true, note }));
}

function countsOf(file: ReviewFile): Review['counts'] {
  return {
    changes: file.groups.reduce((n, g) => n + g.changes.length, 0),
    conflicts: file.groups.reduce((n, g) => n + g.changes.filter((c) => c.conflict !== null).length, 0),
    problems: file.problems.length,
    refused: file.refused === null ? 0 : 1,
  };
}

export function createServices(app: AppContext) {
  const db = () => app.connection().db;
  /** The plan's reporting period of that label (any case); refused, listing them, when there is none. */
  const periodNamed = async (planId: string, label: string): Promise<ReportingPeriod> => {
    const periods = await ensurePeriods(db(), planId, monthOfDate(app.now()));
    const period = periods.find((p) => p.label.toLowerCase() === label.trim().toLowerCase());
    if (!period) throw new AppError('invalid_input', `"${label}" is not a reporting period of this plan (${periods.map((p) => p.label).join(', ')})`);
    return period;
  };
  /** A stored reporting period of that label (any case): reading the tracking table makes no new period. */
  const storedPeriodNamed = async (planId: string, label: string): Promise<ReportingPeriod> => {
    const periods = await storedPeriods(db(), planId, monthOfDate(app.now()));
    const period = periods.find((p) => p.label.toLowerCase() === label.trim().toLowerCase());
    if (!period) throw new AppError('invalid_input', `"${label}" is not a reporting period of this plan (${periods.map((p) => p.label).join(', ')})`);
    return period;
  };
  return {
    /** The workspace's plans (or some) as a JSON plan file: File > Export Plans…, and the CLI's export. */
    'planfile:export': async (input: { readonly planIds?: readonly string[] }): Promise<PlanFile> => exportPlanFile(db(), input.planIds),

    /** Plans in their own spreadsheet layout: .xlsx (a sheet per plan) or .csv (one plan). */
    'exports:planLayout': async (input: { readonly format: 'xlsx' | 'csv'; readonly planIds: readonly string[] }): Promise<Uint8Array | string> =>
      input.format === 'xlsx' ? planWorkbookBytes(db(), input.planIds) : planCsv(db(), input.planIds[0]!),

    /** A spreadsheet read from its path, as a new plan or into one (--into), in one transaction. */
    'import:spreadsheet': async (input: { readonly path: string; readonly context: ChangeContext; readonly planTitle?: string; readonly intoPlanId?: string }, progress: Progress) =>
      importSpreadsheet(db(), input.context, input.path, { ...(input.planTitle ? { planTitle: input.planTitle } : {}), ...(input.intoPlanId ? { intoPlanId: input.intoPlanId } : {}) }, progress),

    /** A JSON plan file, read and checked by the CLI before the workspace opens. */
    'import:planFile': async (input: { readonly file: PlanFile; readonly context: ChangeContext }) => importPlanFile(db(), input.context, input.file),

    /** Update workbooks for a reporting period named by its label, to lead agencies named by acronym or id. */
    'exchange:sendTo': async (
      input: {
        readonly context: ChangeContext;
        readonly planId: string;
        readonly periodLabel: string;
        /** Null: every lead agency. */
        readonly agencies: readonly string[] | null;
        readonly dueDate: string | null;
        readonly contact: string;
        readonly folder: string;
      },
      progress: Progress,
    ) => {
      const { planId } = input;
      const period = await periodNamed(planId, input.periodLabel);
      let agencyIds: string[] | null = null;
      if (input.agencies) {
        const leads = await listLeadAgencies(db(), planId);
        const index = await loadAgencyIndex(db());
        agencyIds = input.agencies.map((name) => {
          const matches = index.byId.has(name) ? [index.byId.get(name)!] : index.byKey(name);
          const leading = matches.filter((m) => leads.some((l) => l.id === m.id));
          if (leading.length === 1) return leading[0]!.id;
          if (matches.length === 0) throw new AppError('not_found', `No agency "${name}" in the registry`);
          if (leading.length === 0) throw new AppError('invalid_input', `${name} leads no action of this plan`);
          throw new AppError('invalid_input', `"${name}" names ${leading.length} agencies (${leading.map((m) => `${m.name} = ${m.id}`).join('; ')}); give the id`);
        });
      }
      return sendForUpdate(db(), input.context, { planId, periodId: period.id, agencyIds, dueDate: input.dueDate, contact: input.contact, folder: input.folder }, progress);
    },

    /** Per lead agency, the period's workbook sent, returned, merged or overdue (exchange status): nothing is written. */
    'exchange:status': async (input: { readonly planId: string; readonly periodLabel: string; readonly today: string }) => {
      const period = await storedPeriodNamed(input.planId, input.periodLabel);
      return (await returnTracking(db(), input.planId, period.id, input.today)).rows;
    },

    /** A reminder to an agency that has not returned its workbook (exchange chase): the .eml with the workbook
     *  attached and the workbook itself written to `folder`, the chase recorded in the history. */
    'exchange:chaseTo': async (input: {
      readonly context: ChangeContext;
      readonly planId: string;
      readonly periodLabel: string;
      readonly agency: string;
      readonly folder: string;
      readonly today: string;
    }) => {
      const period = await storedPeriodNamed(input.planId, input.periodLabel);
      const { rows } = await returnTracking(db(), input.planId, period.id, input.today);
      const index = await loadAgencyIndex(db());
      const named = index.byId.has(input.agency) ? [index.byId.get(input.agency)!] : index.byKey(input.agency);
      if (named.length === 0) throw new AppError('not_found', `No agency "${input.agency}" in the registry`);
      const row = rows.find((r) => named.some((a) => a.id === r.agencyId));
      if (!row) {
        const sent = rows.length > 0 ? `workbooks went to ${rows.map((r) => r.agency).join(', ')}` : 'no workbook was sent for it';
        throw new AppError('invalid_input', `Nothing was sent to ${input.agency} for ${period.label}, so there is nothing to chase (${sent})`);
      }
      const reminder = await chaseReminder(db(), input.planId, row.packageId, input.context.user, input.today);
      const workbook = reminder.workbook.available ? await sentWorkbook(db(), reminder) : null;
      const folder = await writableFolder(input.folder);
      const emlPath = join(folder, reminder.emlFileName);
      const workbookPath = workbook ? join(folder, reminder.workbook.fileName) : null;
      await writeChase(
        db(),
        input.context,
        input.planId,
        reminder,
        [{ path: emlPath, bytes: emlOf(reminder, workbook, new Date(input.context.at)) }, ...(workbook && workbookPath ? [{ path: workbookPath, bytes: workbook }] : [])],
        workbook ? ['eml', 'workbook'] : ['eml'],
      );
      return { reminder, emlPath, workbookPath };
    },

    /** Returned workbooks read and checked against the plan: nothing is written. */
    'exchange:receiveFiles': async (input: { readonly planId: string; readonly paths: readonly string[] }, progress: Progress) =>
      receiveReturns(db(), input.planId, input.paths, undefined, progress),

    /** Returned workbooks read again and merged as accepted; refused files are left out (all refused: nothing). */
    'exchange:mergeFiles': async (
      input: { readonly context: ChangeContext; readonly planId: string; readonly paths: readonly string[]; readonly accept: Acceptance; readonly note: string },
      progress: Progress,
    ) => {
      const received = await receiveReturns(db(), input.planId, input.paths, undefined, progress);
      const refused = received.files.filter((f) => f.refused !== null);
      const readable = received.files.filter((f) => f.refused === null);
      if (readable.length === 0) throw new AppError('bad_file', `Nothing was merged: ${refused.map((f) => f.refused).join('; ')}`);
      const skipped = input.accept === 'all' ? readable.flatMap((f) => f.groups.flatMap((g) => g.changes.filter(inConflict))) : [];
      const result = await mergeReturns(
        db(),
        input.context,
        {
          planId: input.planId,
          paths: readable.map((f) => f.path),
          expectedSha256: Object.fromEntries(readable.map((f) => [f.path, f.sha256])),
          decisions: decisionsOf(input.accept, readable, input.note),
        },
        progress,
      );
      return {
        ...result,
        notMergedConflicts: skipped.map((c) => ({ id: c.id, label: c.label, conflict: c.conflict ?? rivalWords(c) })),
        leftOut: refused.map((f) => ({ file: f.path, refused: f.refused! })),
      };
    },

    /** A whole-plan package written to `out`. */
    'packages:pack': async (input: { readonly context: ChangeContext; readonly planId: string; readonly out: string }, progress: Progress) =>
      createPack(db(), input.context, input.planId, input.out, progress),

    /** A package checked and compared with the local plan; with an acceptance, what is accepted is merged. */
    'packages:unpack': async (
      input: {
        /** Who merges; null when only the review is asked for (no acceptance). */
        readonly context: ChangeContext | null;
        readonly path: string;
        readonly accept: Acceptance | null;
        readonly note: string;
      },
      progress: Progress,
    ) => {
      const opened = await reviewPack(db(), input.path, progress);
      // A refused package stops here, before anything could be written.
      if (opened.file.refused !== null) throw new AppError('bad_file', opened.file.refused);
      const review = { files: [opened.file], counts: countsOf(opened.file) };
      if (input.accept === null || input.context === null) return { review, merged: null };
      const merged = await mergePack(db(), input.context, { path: input.path, expectedSha256: opened.file.sha256, decisions: decisionsOf(input.accept, [opened.file], input.note) }, progress);
      return { review, merged };
    },

    /** The ids a pack's scope names by code or acronym: its lead agency, chapters and snapshot. */
    'reports:scope': async (input: { readonly planId: string; readonly agency?: string; readonly chapters: readonly string[]; readonly snapshot?: string; readonly period?: string }) => {
      const agency = input.agency !== undefined ? await findAgency(db(), input.agency) : undefined;
      const chapters = input.chapters.length > 0 ? await liveChapters(db(), input.planId) : [];
      const chapterIds = input.chapters.map((name) => {
        const found = chapters.find((c) => c.id === name || c.code === name);
        if (!found) throw new AppError('not_found', `No chapter "${name}" in the plan (give its code, such as 5.1, or its id)`);
        return found.id;
      });
      let snapshotId: string | null | undefined;
      if (input.snapshot !== undefined) {
        if (input.snapshot === 'none') snapshotId = null;
        else {
          snapshotId = input.snapshot;
          if (!(await listSnapshots(db(), input.planId)).some((s) => s.id === snapshotId)) throw new AppError('not_found', `No snapshot with id ${snapshotId} for this plan`);
        }
      }
      let periodId: string | undefined;
      if (input.period !== undefined) periodId = (await periodNamed(input.planId, input.period)).id;
      return { leadAgencyId: agency?.id, chapterIds, snapshotId, periodId };
    },

    /** The name the app was given on this workspace (null: none), for the CLI's change contexts. */
    'workspace:userName': async (_input: Record<string, never>) => workspaceUserName(db()),

    /** Kept in the workspace too when the person sets their name in the app, so that the CLI records the same author. */
    'workspace:setUserName': async (input: { readonly name: string }) => {
      await setWorkspaceUserName(db(), input.name);
      return null;
    },

    /** The plan's baseline approved (its planned dates), or its revised ends made the plan (plan approve/rebaseline). */
    'plans:baseline': async (input: { readonly context: ChangeContext; readonly planId: string } & ({ readonly what: 'approve'; readonly on?: string } | { readonly what: 'rebaseline'; readonly reason: string })) => {
      const actions = input.what === 'approve' ? null : (await rebaselinePlan(db(), input.context, { planId: input.planId, reason: input.reason })).actions;
      if (input.what === 'approve') await approvePlan(db(), input.context, { planId: input.planId, on: input.on });
      return { actions, baseline: await baselineOf(db(), input.planId) };
    },

    /** The workspace's plans with their counts and their delivery ratings now (the CLI's summary). */
    'workspace:summaryWithRatings': async (_input: Record<string, never>) => {
      const month = monthOfDate(app.now());
      const plans = [];
      for (const plan of await listPlanSummaries(db(), month)) plans.push({ ...plan, ratings: await planRatingsSummary(db(), plan.id, month) });
      return { workspacePath: app.connection().path, agencies: await countAgencies(db()), plans };
    },

    /** The analyst's rating of an action (by code or id) for a period (by label), and the action's rating now. */
    'ratings:set': async (input: {
      readonly context: ChangeContext;
      readonly planId: string;
      readonly action: string;
      readonly periodLabel: string;
      readonly rating: RatingColour;
      readonly reason: string;
    }) => {
      const actionId = await findActionByCodeOrId(db(), input.planId, input.action);
      const period = await periodNamed(input.planId, input.periodLabel);
      const override = await setOverride(db(), input.context, { actionId, periodId: period.id, rating: input.rating, reason: input.reason });
      const current = (await ratePlan(db(), input.planId, monthOfDate(app.now()))).actions.find((a) => a.actionId === actionId)!;
      return { override, current };
    },

    /** A pack's tables as .xlsx, with what the CLI says of it. */
    'reports:workbook': async (input: { readonly request: ReportRequest }, progress: Progress) => {
      const now = app.now();
      // In a transaction: a cancel takes back the reporting periods the model may have created.
      const model = await db().transaction().execute((tx) => buildReportModel(tx, input.request, now, progress));
      return { bytes: await buildReportWorkbook(model), sections: model.sections.length, actions: model.summary.total };
    },
  } satisfies ServiceTable;
}

export type Services = WorkspaceServices & ReturnType<typeof createServices>;
export type ServiceName = keyof Services;
export type ServiceInput<S extends ServiceName> = Parameters<Services[S]>[0];
export type ServiceResult<S extends ServiceName> = Awaited<ReturnType<Services[S]>>;
