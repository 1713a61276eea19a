// The one contract between the renderer and the main process: method name → input schema → result type.
// Main registers one handler per method from this map, the preload exposes one function per method,
// and the renderer's client is typed from it. Channel names are `domain:verb`.
import { z } from 'zod';
import type {
  ImportField,
  ImportOutcome,
  ImportPreview,
  ActionDetail,
  ActionGridRow,
  AgencyListRow,
  AppInfo,
  ChangeEntry,
  IndicatorGridRow,
  PasteOutcome,
  ReportModel,
  ReportPreset,
  ReportSectionId,
  PlanSummary,
  PlanTree,
  ReportingPeriod,
  Snapshot,
  SnapshotComparison,
  UndoOutcome,
  UndoState,
  WorkspaceSummary,
} from './domain';
import type { DroppedFileKind, ExchangePackage, LeadAgency, MergeOutcome, PackCreated, Review, SendOutcome } from './domain';
import type { Channel } from './channels';
import type { SnapshotActionDates } from './timeline/snapshot-dates';
import type { PlanOutline } from './plan-outline';
import type { PackedActionList } from './packed-action-list';

export type { Channel } from './channels';

/** A type-only marker for a method's result; it carries no value at run time. */
function returns<T>(): T {
  return undefined as T;
}

const id = z.string().min(1, 'an id is required').max(100, 'an id is at most 100 characters');
const noInput = z.object({}).strict();
const shortText = z.string().max(2000, 'must be at most 2,000 characters');
const longText = z.string().max(100_000, 'must be at most 100,000 characters');
const title = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(5000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date written YYYY-MM-DD');

export const ACTION_EDITABLE_FIELDS = [
  'code',
  'title',
  'start',
  'end',
  'status',
  'statusText',
  'fundStatus',
  'fundNote',
  'leadText',
  'collaboratorsText',
  'remarks',
] as const;
export type ActionEditableField = (typeof ACTION_EDITABLE_FIELDS)[number];

// Review packs: the sections in print order, the presets the PMU starts from, and what a pack is asked for.
export const REPORT_SECTIONS = ['cover', 'contents', 'summary', 'changes', 'chapters', 'overdue', 'agencies', 'indicators', 'timeline', 'annex'] as const satisfies readonly ReportSectionId[];
export const REPORT_SECTION_TITLES: Readonly<Record<ReportSectionId, string>> = {
  cover: 'Cover',
  contents: 'Contents',
  summary: 'Executive summary',
  changes: 'What changed since the last meeting',
  chapters: 'Chapter detail',
  overdue: 'Overdue and at-risk actions',
  agencies: 'Agency scorecards',
  indicators: 'Indicator progress',
  timeline: 'Timeline',
  annex: 'Annex: agencies',
};
export const REPORT_PRESETS: Readonly<Record<ReportPreset, { readonly label: string; readonly sections: readonly ReportSectionId[] }>> = {
  steering_committee: { label: 'Steering committee pack', sections: REPORT_SECTIONS },
  agency_scorecard: { label: 'Agency scorecard', sections: ['cover', 'contents', 'summary', 'agencies', 'overdue', 'chapters', 'indicators', 'annex'] },
  overdue: { label: 'Overdue actions', sections: ['cover', 'contents', 'summary', 'overdue', 'annex'] },
};
const reportRequestShape = {
  planId: id,
  preset: z.enum(['steering_committee', 'agency_scorecard', 'overdue']).default('steering_committee'),
  /** Overrides the preset's sections. */
  sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length * 2).optional(),
  /** Scope: some chapters (all when absent) and/or one lead agency with its units. */
  chapterIds: z.array(id).max(1000).optional(),
  leadAgencyId: id.optional(),
  /** As-of date; defaults to the end of `periodId` when given, else today. */
  asOf: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD').optional(),
  periodId: id.optional(),
  /** The snapshot to compare with; absent: the newest one; null: none. */
  snapshotId: id.nullable().optional(),
  meetingName: z.string().max(300).default(''),
  meetingDate: z.string().max(100).default(''),
  preparedBy: z.string().max(300).default(''),
};
export const reportRequest = z.object(reportRequestShape).strict();
export type ReportRequest = z.output<typeof reportRequest>;
const printedReportRequest = z.object({ ...reportRequestShape, paper: z.enum(['A4', 'Letter']).default('A4') }).strict();

// ---- Exchange with ministries and whole-plan packages: inputs of the review's decisions and of exports ----
const reviewDecision = z
  .object({
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('change'), changeId: id }).strict(),
      z.object({ kind: z.literal('group'), fileId: id, groupKey: id }).strict(),
      z.object({ kind: z.literal('file'), fileId: id }).strict(),
    ]),
    accept: z.boolean(),
    note: z.string().max(2000, 'a note is at most 2,000 characters').optional(),
  })
  .strict();
const reviewDecisions = z.array(reviewDecision).max(100_000, 'at most 100,000 decisions at once');
const gridCell = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);

// Importing a spreadsheet or a plan file from the window: the file's bytes travel as base64 (the same over
// Electron's IPC and the harness's HTTP), with the analyst's column meanings and the target plan.
export const IMPORT_FIELDS = ['code', 'chapter', 'statement', 'action', 'indicator', 'baseline', 'target', 'timeline', 'start', 'end', 'lead', 'collaborators', 'fund', 'status', 'remarks'] as const satisfies readonly ImportField[];
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  code: 'Code',
  chapter: 'Chapter',
  statement: 'Policy statement',
  action: 'Action',
  indicator: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  timeline: 'Timeline',
  start: 'Start',
  end: 'End',
  lead: 'Lead agency',
  collaborators: 'Collaborating agencies',
  fund: 'Fund',
  status: 'Status',
  remarks: 'Remarks',
};
export const IMPORT_MAX_MB = 60;
const importRequestShape = {
  fileName: z.string().trim().min(1, 'the file needs a name').max(300),
  contentBase64: z.string().max(Math.ceil((IMPORT_MAX_MB * 1024 * 1024) / 3) * 4, `the file is larger than ${IMPORT_MAX_MB} MB; PlanDesk imports files of up to ${IMPORT_MAX_MB} MB`),
  /** Column meanings chosen by the analyst in the preview (field null: not imported, kept as unmapped). */
  mapping: z
    .array(z.object({ sheet: z.string().max(300).nullable(), column: z.string().regex(/^[A-Z]{1,3}$/, 'must be a column letter'), field: z.enum(IMPORT_FIELDS).nullable() }).strict())
    .max(2000)
    .optional(),
  /** Import into this plan (matching its actions) rather than as a new plan. */
  intoPlanId: id.optional(),
  planTitle: z.string().trim().max(300).optional(),
};

// Files dropped on the window: their bytes travel as base64 like an import's, several at once, together at most
// the import's size (the page reads them; their paths never cross).
const droppedFiles = z
  .array(z.object({ fileName: z.string().trim().min(1, 'the file needs a name').max(300), contentBase64: z.string() }).strict())
  .min(1, 'no file was dropped')
  .max(50, 'at most 50 files at once')
  .refine((files) => files.reduce((n, f) => n + f.contentBase64.length, 0) <= Math.ceil((IMPORT_MAX_MB * 1024 * 1024) / 3) * 4, {
    message: `the dropped files add up to more than ${IMPORT_MAX_MB} MB; drop fewer at a time`,
  });

export const contract = {
  'app:info': { input: noInput, result: returns<AppInfo>() },
  'preferences:setUserName': {
    input: z.object({ name: z.string().trim().min(1, 'the name must not be empty').max(120) }).strict(),
    result: returns<AppInfo>(),
  },
  'workspace:summary': { input: noInput, result: returns<WorkspaceSummary>() },
  /** Desktop only: File > New / Open with the system dialog. Resolves false when the user cancels. */
  'workspace:chooseFile': {
    input: z.object({ mode: z.enum(['new', 'open']) }).strict(),
    result: returns<boolean>(),
  },
  'plans:create': {
    input: z
      .object({
        title: z.string().trim().min(1, 'a plan needs a title').max(300),
        description: z.string().max(5000).default(''),
      })
      .strict(),
    result: returns<PlanSummary>(),
  },
  'plans:openSample': { input: noInput, result: returns<PlanSummary>() },
  'plans:tree': { input: z.object({ planId: id }).strict(), result: returns<PlanTree>() },
  /** Chapters and statements only (no actions): the headings of the actions grid. */
  'plans:outline': { input: z.object({ planId: id }).strict(), result: returns<PlanOutline>() },
  'plans:update': {
    input: z.object({ planId: id, field: z.enum(['title', 'description']), value: z.string().max(5000) }).strict(),
    result: returns<PlanSummary>(),
  },
  'plans:setReporting': {
    input: z
      .object({
        planId: id,
        frequency: z.enum(['fiscal_year', 'half', 'quarter']),
        fiscalYearStartMonth: z.number().int().min(1, 'a month is 1 to 12').max(12, 'a month is 1 to 12'),
      })
      .strict(),
    result: returns<readonly ReportingPeriod[]>(),
  },
  'plans:periods': { input: z.object({ planId: id }).strict(), result: returns<readonly ReportingPeriod[]>() },
  'actions:list': { input: z.object({ planId: id }).strict(), result: returns<readonly ActionGridRow[]>() },
  /** The same rows as actions:list, packed (shared/packed-action-list.ts): the Actions view asks for them all at once. */
  'actions:listPacked': { input: z.object({ planId: id }).strict(), result: returns<PackedActionList>() },
  'actions:get': { input: z.object({ actionId: id }).strict(), result: returns<ActionDetail>() },
  'actions:update': {
    input: z
      .object({
        actionId: id,
        field: z.enum(ACTION_EDITABLE_FIELDS),
        value: longText.nullable(),
      })
      .strict(),
    result: returns<ActionGridRow>(),
  },
  'actions:paste': {
    input: z
      .object({
        planId: id,
        cells: z
          .array(z.object({ actionId: id, field: z.enum(ACTION_EDITABLE_FIELDS), value: longText }).strict())
          .min(1, 'nothing to paste')
          .max(50_000, 'at most 50,000 cells at once'),
      })
      .strict(),
    result: returns<PasteOutcome>(),
  },
  'actions:setAgencies': {
    input: z
      .object({ actionId: id, role: z.enum(['lead', 'collaborator']), agencyIds: z.array(id).max(100), text: shortText })
      .strict(),
    result: returns<ActionGridRow>(),
  },
  'actions:create': {
    input: z
      .object({
        statementId: id,
        afterActionId: id.nullable().default(null),
        code: z.string().trim().max(100).default(''),
        title: title('the title').default('New action'),
      })
      .strict(),
    result: returns<ActionGridRow>(),
  },
  'actions:duplicate': { input: z.object({ actionId: id }).strict(), result: returns<ActionGridRow>() },
  'actions:delete': { input: z.object({ actionId: id }).strict(), result: returns<UndoState>() },
  'actions:restore': { input: z.object({ actionId: id }).strict(), result: returns<ActionGridRow>() },
  'actions:move': {
    input: z.object({ actionId: id, statementId: id, beforeActionId: id.nullable() }).strict(),
    result: returns<ActionGridRow>(),
  },
  'chapters:create': {
    input: z.object({ planId: id, code: z.string().trim().max(100).default(''), title: title('the chapter title') }).strict(),
    result: returns<PlanTree>(),
  },
  'chapters:update': {
    input: z.object({ chapterId: id, field: z.enum(['code', 'title']), value: shortText }).strict(),
    result: returns<PlanTree>(),
  },
  'chapters:move': { input: z.object({ chapterId: id, beforeChapterId: id.nullable() }).strict(), result: returns<PlanTree>() },
  'chapters:delete': { input: z.object({ chapterId: id }).strict(), result: returns<PlanTree>() },
  'statements:create': {
    input: z.object({ chapterId: id, code: z.string().trim().max(100).default(''), text: title('the statement text') }).strict(),
    result: returns<PlanTree>(),
  },
  'statements:update': {
    input: z.object({ statementId: id, field: z.enum(['code', 'text']), value: z.string().max(5000) }).strict(),
    result: returns<PlanTree>(),
  },
  'statements:move': {
    input: z.object({ statementId: id, chapterId: id, beforeStatementId: id.nullable() }).strict(),
    result: returns<PlanTree>(),
  },
  'statements:delete': { input: z.object({ statementId: id }).strict(), result: returns<PlanTree>() },
  'indicators:list': { input: z.object({ planId: id }).strict(), result: returns<readonly IndicatorGridRow[]>() },
  'indicators:create': {
    input: z.object({ actionId: id, name: title('the indicator name').default('New indicator') }).strict(),
    result: returns<IndicatorGridRow>(),
  },
  'indicators:update': {
    input: z.object({ indicatorId: id, field: z.enum(['name', 'kind', 'unit', 'baseline', 'target']), value: shortText }).strict(),
    result: returns<IndicatorGridRow>(),
  },
  'indicators:delete': { input: z.object({ indicatorId: id }).strict(), result: returns<UndoState>() },
  'indicators:setActual': {
    input: z.object({ indicatorId: id, periodId: id, value: shortText }).strict(),
    result: returns<IndicatorGridRow>(),
  },
  'agencies:list': { input: noInput, result: returns<readonly AgencyListRow[]>() },
  'agencies:create': {
    input: z
      .object({
        acronym: z.string().trim().max(100).nullable().default(null),
        name: title('the agency name'),
        kind: z.enum(['agency', 'group']).default('agency'),
      })
      .strict(),
    result: returns<readonly AgencyListRow[]>(),
  },
  'agencies:update': {
    input: z
      .object({ agencyId: id, field: z.enum(['acronym', 'name', 'aliases', 'parentId', 'kind', 'confirmed']), value: shortText.nullable() })
      .strict(),
    result: returns<readonly AgencyListRow[]>(),
  },
  'agencies:merge': { input: z.object({ keepId: id, mergeId: id }).strict(), result: returns<readonly AgencyListRow[]>() },
  'history:list': {
    input: z
      .object({
        planId: id,
        from: isoDate.optional(),
        to: isoDate.optional(),
        user: z.string().max(120).optional(),
        agencyId: id.optional(),
        source: z.enum(['edit', 'import', 'exchange', 'package', 'undo', 'system']).optional(),
        entityId: id.optional(),
        limit: z.number().int().min(1).max(10_000).default(500),
      })
      .strict(),
    result: returns<readonly ChangeEntry[]>(),
  },
  'history:users': { input: z.object({ planId: id }).strict(), result: returns<readonly string[]>() },
  'history:undo': { input: noInput, result: returns<UndoOutcome>() },
  'history:redo': { input: noInput, result: returns<UndoOutcome>() },
  'history:undoState': { input: noInput, result: returns<UndoState>() },
  'snapshots:create': { input: z.object({ planId: id, name: title('the snapshot name').max(300) }).strict(), result: returns<Snapshot>() },
  'snapshots:list': { input: z.object({ planId: id }).strict(), result: returns<readonly Snapshot[]>() },
  'snapshots:compare': { input: z.object({ snapshotId: id }).strict(), result: returns<SnapshotComparison>() },
  'reports:model': { input: reportRequest, result: returns<ReportModel>() },
  /** The pack's tables as an .xlsx workbook (one sheet per section), for the page to offer as a download. */
  'reports:workbook': { input: reportRequest, result: returns<{ readonly fileName: string; readonly base64: string }>() },
  /** Desktop only: renders the pack to PDF and asks where to save it. Resolves the path, or null when cancelled. */
  'reports:savePdf': { input: printedReportRequest, result: returns<{ readonly path: string | null }>() },
  /** Desktop only: prints the pack through the system's print dialog. Resolves false when cancelled. */
  'reports:print': { input: printedReportRequest, result: returns<boolean>() },
  /** Every action's timeline as the snapshot froze it (the timeline's ghost bars). */
  'snapshots:dates': { input: z.object({ snapshotId: id }).strict(), result: returns<readonly SnapshotActionDates[]>() },
  // ---- Exchange with ministries (update workbooks) ----
  /** The agencies leading actions of the plan, to choose whom to send workbooks to. */
  'exchange:leadAgencies': { input: z.object({ planId: id }).strict(), result: returns<readonly LeadAgency[]>() },
  /** Asks the host for a folder, writes one workbook per agency (agencyIds null: every lead agency) and a .zip of them; null when cancelled. */
  'exchange:send': {
    input: z
      .object({
        planId: id,
        periodId: id,
        agencyIds: z.array(id).min(1, 'choose at least one agency').max(1000).nullable(),
        dueDate: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD').nullable(),
        contact: shortText.default(''),
      })
      .strict(),
    result: returns<SendOutcome | null>(),
  },
  'exchange:packages': { input: z.object({ planId: id }).strict(), result: returns<readonly ExchangePackage[]>() },
  /** Asks the host for returned workbooks and reviews them (nothing merged); null when cancelled. */
  'exchange:receive': { input: z.object({ planId: id }).strict(), result: returns<Review | null>() },
  /** Merges what the reviewer accepted of a review from exchange:receive, in one transaction. */
  /** leaveOut: files of the review (their paths) the reviewer left out, such as a refused one: nothing of them is read or written. */
  'exchange:merge': {
    input: z.object({ reviewId: id, decisions: reviewDecisions, leaveOut: z.array(z.string().min(1).max(4096)).max(1000).default([]) }).strict(),
    result: returns<MergeOutcome>(),
  },
  /** Keeps the reviewer's decisions so far in the workspace (replacing those saved before), so that receiving the same files again resumes. */
  'exchange:saveDecisions': { input: z.object({ reviewId: id, decisions: reviewDecisions }).strict(), result: returns<{ readonly savedAt: string }>() },
  /** What each dropped file is, by its content (update workbook, package, spreadsheet, or refused); reads only. */
  'exchange:identifyDropped': { input: z.object({ files: droppedFiles }).strict(), result: returns<readonly DroppedFileKind[]>() },
  /** exchange:receive for returned workbooks dropped on the window (their bytes rather than a dialog's paths). */
  'exchange:receiveDropped': { input: z.object({ planId: id, files: droppedFiles }).strict(), result: returns<Review>() },
  // ---- Whole-plan packages (.pmupack) ----
  /** Asks the host where to save, and writes the plan's package; null when cancelled. */
  'packages:create': { input: z.object({ planId: id }).strict(), result: returns<PackCreated | null>() },
  /** Asks the host for a .pmupack, checks it and compares it with the local plan; null when cancelled. */
  'packages:open': { input: noInput, result: returns<Review | null>() },
  'packages:merge': { input: z.object({ reviewId: id, decisions: reviewDecisions }).strict(), result: returns<MergeOutcome>() },
  // ---- Exports ----
  /** The whole plan in its own spreadsheet layout (.xlsx), saved where the host asks; path null when cancelled. */
  'exports:planWorkbook': { input: z.object({ planId: id }).strict(), result: returns<{ readonly path: string | null }>() },
  /** What the grid shows (visible columns, rows as displayed) to .csv or .xlsx; path null when cancelled. */
  'exports:gridView': {
    input: z
      .object({
        format: z.enum(['csv', 'xlsx']),
        title: z.string().trim().min(1, 'the export needs a title').max(200),
        columns: z.array(z.object({ header: z.string().max(300), width: z.number().min(1).max(200).optional() }).strict()).min(1, 'no column to export').max(200),
        rows: z.array(z.array(gridCell).max(200)).max(200_000, 'at most 200,000 rows at once'),
      })
      .strict(),
    result: returns<{ readonly path: string | null }>(),
  },
  /** Reads a file (spreadsheet or .json plan file) and shows what importing it would do; writes nothing. */
  'import:preview': { input: z.object(importRequestShape).strict(), result: returns<ImportPreview>() },
  /** Imports it, with the analyst's column meanings and accepted matches, in one transaction with its history. */
  'import:commit': {
    input: z.object({ ...importRequestShape, acceptedMatches: z.array(z.string().max(60)).max(200_000).optional() }).strict(),
    result: returns<ImportOutcome>(),
  },
} as const;

export type Contract = typeof contract;
export type MethodInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type MethodResult<C extends Channel> = Contract[C]['result'];

// Every contract method has its channel listed in channels.ts, and every listed channel has its method.
type MissingChannel = Exclude<keyof typeof contract, Channel>;
type MissingMethod = Exclude<Channel, keyof typeof contract>;
const _channelsMatch: [MissingChannel, MissingMethod] extends [never, never] ? true : false = true;
void _channelsMatch;
