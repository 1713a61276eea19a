// The plan as both processes see it: domain types in the user's words (camelCase, booleans, parsed values).
import type { Month } from './months';
import type { FundStatus, ImplementationStatus, StatusCounts } from './status';

export type Id = string;
export type Precision = 'month' | 'year';
export type IndicatorKind = 'percent' | 'number' | 'yes_no' | 'ratio' | 'date' | 'text';
export type ChangeSource = 'edit' | 'import' | 'exchange' | 'package' | 'undo' | 'system';
export type AgencyRole = 'lead' | 'collaborator';

export interface AppInfo {
  readonly version: string;
  readonly workspacePath: string;
  readonly userName: string;
  /** 'electron' in the desktop app, 'browser' in the test harness (no native dialogs). */
  readonly shell: 'electron' | 'browser';
}

export interface PlanSummary {
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly chapters: number;
  readonly statements: number;
  readonly actions: number;
  readonly indicators: number;
  readonly agencies: number;
  readonly actionsByStatus: StatusCounts;
  readonly overdue: number;
  readonly updatedAt: string;
}

export interface WorkspaceSummary {
  readonly workspacePath: string;
  readonly agencies: number;
  readonly plans: readonly PlanSummary[];
}

export interface AgencyRef {
  readonly id: Id;
  readonly acronym: string | null;
  readonly name: string;
  readonly kind: 'agency' | 'group';
}

export interface AgencyField {
  /** As written in the plan ("BICMA/MoIC"). */
  readonly text: string;
  /** The registry agencies it names, in order. */
  readonly agencies: readonly AgencyRef[];
}

export interface Action {
  readonly id: Id;
  readonly statementId: Id;
  readonly code: string;
  readonly title: string;
  readonly start: Month | null;
  readonly startPrecision: Precision;
  readonly end: Month | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
  readonly timelineText: string;
  readonly lead: AgencyField;
  readonly collaborators: AgencyField;
  readonly fundStatus: FundStatus | null;
  readonly fundNote: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly remarks: string;
  readonly overdue: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface IndicatorValue {
  /** As entered ("95%", "57/125", "NO", "All services"). */
  readonly text: string;
  /** The number it means where it has one (95, 0.456, 0), else null. */
  readonly value: number | null;
}

export interface Indicator {
  readonly id: Id;
  readonly actionId: Id;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly baseline: IndicatorValue;
  readonly target: IndicatorValue;
}

export interface ActionDetail {
  readonly action: Action;
  readonly chapter: { readonly id: Id; readonly code: string; readonly title: string };
  readonly statement: { readonly id: Id; readonly code: string; readonly text: string };
  readonly indicators: readonly Indicator[];
  /** What was reported for this action, newest period first: actuals per indicator, narratives, support needed. */
  readonly progress: readonly ProgressUpdate[];
  readonly history: readonly ChangeEntry[];
}

export interface ProgressUpdate {
  readonly id: Id;
  readonly periodLabel: string;
  readonly periodStart: string;
  /** The indicator the actual is for; null for the action's own narrative. */
  readonly indicatorName: string | null;
  readonly actual: string;
  readonly narrative: string;
  readonly supportNeeded: string;
  readonly source: string;
  readonly updatedAt: string;
}

export interface ActionNode {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly start: Month | null;
  readonly end: Month | null;
  readonly endOpen: boolean;
  readonly startPrecision: Precision;
  readonly endPrecision: Precision;
  readonly revisedEnd: Month | null;
  readonly leadText: string;
  readonly overdue: boolean;
}

export interface StatementNode {
  readonly id: Id;
  readonly code: string;
  readonly text: string;
  readonly actionsByStatus: StatusCounts;
  readonly actions: readonly ActionNode[];
}

export interface ChapterNode {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly actionsByStatus: StatusCounts;
  readonly statements: readonly StatementNode[];
}

export interface PlanTree {
  readonly plan: { readonly id: Id; readonly title: string; readonly description: string };
  readonly actionsByStatus: StatusCounts;
  readonly chapters: readonly ChapterNode[];
}

export interface ChangeEntry {
  readonly id: number;
  readonly at: string;
  readonly user: string;
  readonly entity: string;
  readonly entityId: Id;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly source: ChangeSource;
  readonly sourceFile: string | null;
  /** What was changed, in words ("5.1.1.1 Ensure reliable connectivity"), where it can be named. */
  readonly subject?: string;
}

/** One row of the actions grid: the action with its place in the plan and a summary of its indicators. */
export interface ActionGridRow {
  readonly id: Id;
  readonly chapterId: Id;
  readonly chapterCode: string;
  readonly chapterTitle: string;
  readonly statementId: Id;
  readonly statementCode: string;
  readonly statementText: string;
  /** Plan order: chapter, statement and action positions, for sorting back to the document's order. */
  readonly order: readonly [number, number, number];
  readonly code: string;
  readonly title: string;
  readonly indicators: readonly { readonly id: Id; readonly name: string; readonly baseline: string; readonly target: string }[];
  readonly start: string | null;
  readonly startPrecision: Precision;
  readonly end: string | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: string | null;
  readonly leadText: string;
  readonly leadAgencyIds: readonly Id[];
  readonly collaboratorsText: string;
  readonly collaboratorAgencyIds: readonly Id[];
  readonly fundStatus: import('./status').FundStatus | null;
  readonly fundNote: string;
  readonly status: import('./status').ImplementationStatus | null;
  readonly statusText: string;
  readonly remarks: string;
  readonly overdue: boolean;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export type ReportingFrequency = 'fiscal_year' | 'half' | 'quarter';

export interface ReportingPeriod {
  readonly id: Id;
  readonly kind: ReportingFrequency;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/** One row of the indicators grid: an indicator with its action and its actual value per period. */
export interface IndicatorGridRow {
  readonly id: Id;
  readonly actionId: Id;
  readonly actionCode: string;
  readonly actionTitle: string;
  readonly chapterCode: string;
  readonly order: readonly [number, number, number, number];
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly baseline: IndicatorValue;
  readonly target: IndicatorValue;
  /** Actual values by period id. */
  readonly actuals: Readonly<Record<Id, IndicatorValue>>;
  readonly latestActual: (IndicatorValue & { readonly periodId: Id }) | null;
  /** 0..1 (may exceed 1) where computable, else null. */
  readonly progress: number | null;
}

export interface AgencyListRow extends AgencyRef {
  readonly aliases: readonly string[];
  readonly parentId: Id | null;
  readonly parentName: string | null;
  readonly confirmed: boolean;
  readonly origin: string;
  readonly leadCount: number;
  readonly collaboratorCount: number;
}

export interface Snapshot {
  readonly id: Id;
  readonly planId: Id;
  readonly name: string;
  readonly takenAt: string;
  readonly createdBy: string;
  readonly actions: number;
}

export interface SnapshotComparison {
  readonly snapshot: Snapshot;
  readonly added: readonly { readonly actionId: Id; readonly code: string; readonly title: string }[];
  readonly removed: readonly { readonly actionId: Id; readonly code: string; readonly title: string }[];
  readonly statusChanged: readonly {
    readonly actionId: Id;
    readonly code: string;
    readonly title: string;
    readonly before: import('./status').ImplementationStatus | null;
    readonly after: import('./status').ImplementationStatus | null;
  }[];
  readonly slipped: readonly {
    readonly actionId: Id;
    readonly code: string;
    readonly title: string;
    readonly endBefore: string | null;
    readonly endAfter: string | null;
    readonly endOpenAfter: boolean;
    /** Months later (positive) or earlier (negative); null when it became open-ended or lost its end. */
    readonly slipMonths: number | null;
  }[];
  readonly targetsChanged: readonly {
    readonly actionId: Id;
    readonly code: string;
    readonly title: string;
    readonly indicator: string;
    readonly before: string;
    readonly after: string;
  }[];
}

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface UndoOutcome extends UndoState {
  /** Entities the undo or redo touched, so the page can refresh them. */
  readonly entityIds: readonly Id[];
}

export interface HistoryFilter {
  readonly planId: Id;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly user?: string | undefined;
  readonly agencyId?: Id | undefined;
  readonly source?: ChangeSource | undefined;
  readonly entityId?: Id | undefined;
  readonly limit: number;
}

export interface PasteCell {
  readonly actionId: Id;
  readonly field: string;
  readonly value: string;
}

export interface PasteOutcome {
  readonly applied: number;
  readonly refused: readonly { readonly actionId: Id; readonly field: string; readonly value: string; readonly reason: string }[];
  readonly rows: readonly ActionGridRow[];
}

// ---- Review packs (reports for the steering committee) ----

/** The sections a review pack can hold, in the order they print. */
export type ReportSectionId = 'cover' | 'contents' | 'summary' | 'changes' | 'chapters' | 'overdue' | 'agencies' | 'indicators' | 'timeline' | 'annex';
export type ReportPreset = 'steering_committee' | 'agency_scorecard' | 'overdue';
export type PaperSize = 'A4' | 'Letter';

/** An action as the pack's lists show it. */
export interface ReportActionBrief {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly chapterCode: string;
  readonly leadText: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly start: string | null;
  readonly startPrecision: Precision;
  readonly end: string | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: string | null;
  readonly overdue: boolean;
  /** Whole months since the (revised) end, for overdue actions; else 0. */
  readonly monthsOverdue: number;
  readonly fundStatus: FundStatus | null;
  readonly fundNote: string;
}

export interface ReportIndicatorLine {
  readonly id: Id;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly baseline: string;
  readonly target: string;
  /** The latest actual reported up to the as-of date, and its period's label. */
  readonly latest: string | null;
  readonly latestPeriod: string | null;
  /** 0..1 (may exceed 1) where computable, else null. */
  readonly progress: number | null;
}

export interface ReportAction extends ReportActionBrief {
  readonly statementCode: string;
  readonly collaboratorsText: string;
  readonly remarks: string;
  readonly indicators: readonly ReportIndicatorLine[];
}

export interface ReportChapter {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly total: number;
  readonly byStatus: StatusCounts;
  readonly overdue: number;
  readonly statements: readonly { readonly id: Id; readonly code: string; readonly text: string; readonly actions: readonly ReportAction[] }[];
}

export interface ReportAgencyScorecard {
  readonly id: Id;
  readonly acronym: string | null;
  readonly name: string;
  readonly total: number;
  readonly byStatus: StatusCounts;
  readonly overdue: number;
  readonly overdueActions: readonly ReportActionBrief[];
  /** Newest first: what changed on its actions up to the as-of date. */
  readonly latestUpdates: readonly { readonly at: string; readonly user: string; readonly actionCode: string; readonly actionTitle: string; readonly change: string }[];
}

export interface ReportModel {
  readonly plan: { readonly id: Id; readonly title: string; readonly description: string };
  readonly preset: ReportPreset;
  readonly sections: readonly ReportSectionId[];
  readonly cover: {
    /** "Steering committee review pack", "Agency scorecard: MoIC", ... */
    readonly title: string;
    readonly meetingName: string;
    readonly meetingDate: string;
    readonly preparedBy: string;
    readonly generatedAt: string;
  };
  /** YYYY-MM-DD: overdue, next quarter and latest actuals are read as of this date. */
  readonly asOf: string;
  readonly asOfMonth: string;
  /**
   * Whose statuses, dates, targets and actions the pack shows: the plan as recorded today (`current`, when the
   * as-of date is today or later), or as it stood on `day`, rebuilt from the change history with the changes
   * made since left out (`day` is later than the as-of date only when the plan's history begins after it).
   */
  readonly planAsOf: { readonly day: string; readonly current: boolean; readonly changesUndone: number };
  readonly period: ReportingPeriod | null;
  readonly nextQuarter: { readonly label: string; readonly start: string; readonly end: string };
  readonly scope: {
    readonly label: string;
    readonly chapterIds: readonly Id[] | null;
    readonly leadAgency: { readonly id: Id; readonly acronym: string | null; readonly name: string } | null;
  };
  readonly summary: {
    readonly total: number;
    readonly byStatus: StatusCounts;
    readonly overdue: number;
    readonly byChapter: readonly { readonly id: Id; readonly code: string; readonly title: string; readonly total: number; readonly byStatus: StatusCounts; readonly overdue: number }[];
    readonly startingNextQuarter: readonly ReportActionBrief[];
    readonly endingNextQuarter: readonly ReportActionBrief[];
    readonly byFund: Readonly<Record<FundStatus | 'unknown', number>>;
    /** Not committed or only partially committed, and not completed or dropped. */
    readonly fundingNotCommitted: readonly ReportActionBrief[];
  };
  /** Null when no snapshot was chosen (or the plan has none). */
  readonly changes: (SnapshotComparison & { readonly removedOutsideScope: number }) | null;
  readonly chapters: readonly ReportChapter[];
  readonly overdue: readonly ReportActionBrief[];
  readonly atRisk: readonly (ReportActionBrief & { readonly reason: string })[];
  readonly agencies: readonly ReportAgencyScorecard[];
  readonly indicators: readonly (ReportIndicatorLine & { readonly actionId: Id; readonly actionCode: string; readonly actionTitle: string; readonly chapterCode: string })[];
  readonly timeline: { readonly first: string | null; readonly last: string | null };
  readonly annex: readonly { readonly acronym: string | null; readonly name: string; readonly kind: 'agency' | 'group'; readonly parentName: string | null; readonly confirmed: boolean }[];
}

// ---- Exchange with ministries (update workbooks) and whole-plan packages (.pmupack) ----

export type ExchangePackageStatus = 'sent' | 'returned' | 'merged';

/** One update workbook sent to one lead agency for one reporting period, and where it stands. */
export interface ExchangePackage {
  readonly id: Id;
  readonly planId: Id;
  /** The send that issued it; every package of one send is in the same .zip. */
  readonly sendId: Id;
  readonly agency: { readonly id: Id; readonly label: string };
  readonly period: { readonly id: Id; readonly label: string };
  readonly issuedAt: string;
  readonly issuedBy: string;
  /** YYYY-MM-DD, when the PMU asked for it back. */
  readonly dueDate: string | null;
  readonly contact: string;
  readonly fileName: string;
  readonly actions: number;
  readonly status: ExchangePackageStatus;
  readonly returnedAt: string | null;
  readonly returnedFile: string | null;
  readonly mergedAt: string | null;
  readonly mergedBy: string | null;
  /** Changes accepted and rejected at the merge (null until merged). */
  readonly accepted: number | null;
  readonly rejected: number | null;
}

export interface SendOutcome {
  readonly folder: string;
  /** The .zip of every workbook, with index.xlsx. */
  readonly zipPath: string;
  readonly files: readonly string[];
  readonly packages: readonly ExchangePackage[];
  /** Sent to every lead agency: the plan's actions that no workbook carries, so that none vanishes unseen. */
  readonly notSent: readonly NotSentAction[];
}

/** An action that Send for update put in no workbook, and why. */
export interface NotSentAction {
  readonly actionId: Id;
  readonly code: string;
  readonly title: string;
  /** The lead as the plan writes it ("Respective Agencies"); '' when there is none. */
  readonly lead: string;
  /** 'group': only groups of agencies lead it, and a group is not someone to send a workbook to; 'no lead': nobody leads it. */
  readonly reason: 'group' | 'no lead';
}

/** A lead agency of a plan, for choosing whom to send workbooks to. */
export interface LeadAgency {
  readonly id: Id;
  readonly acronym: string | null;
  readonly name: string;
  readonly kind: 'agency' | 'group';
  readonly actions: number;
  /** A group: how many of its actions no agency leads with it, so that no workbook carries them (0 for an agency). */
  readonly notSent: number;
}

/** Something wrong in a returned file, at a cell (row and column as the spreadsheet shows them). */
export interface ReviewProblem {
  /** error: the value was not taken; warning: taken, or nothing lost, but worth knowing. */
  readonly severity: 'error' | 'warning';
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly columnName: string | null;
  readonly value: string | null;
  readonly message: string;
}

export type ReviewEntity = 'plan' | 'chapter' | 'statement' | 'action' | 'indicator' | 'progress';

/** One proposed change, field: old → new, as the review screen lists it. */
export interface ProposedChange {
  /** Stable for the same file and field: what a decision names. */
  readonly id: string;
  readonly entity: ReviewEntity;
  /** The action, indicator, chapter, statement or plan the change is about. */
  readonly entityId: Id;
  /**
   * What changes. Returned workbooks: 'status', 'actual', 'narrative', 'revisedEnd', 'supportNeeded'.
   * Packages: a column of the plan ('title', 'status', 'end_month', ...), or 'added' for a new entity.
   */
  readonly field: string;
  /** In words: "Status", "Actual for FY 2025-26 (% of uptime)", "End". */
  readonly label: string;
  /** The plan's value now, as people read it (null: none). */
  readonly oldValue: string | null;
  readonly newValue: string | null;
  /** Returned workbooks: the value the plan had when the workbook was sent. */
  readonly sentValue: string | null;
  /** Why this is a conflict (the plan changed since the file was made), or null. */
  readonly conflict: string | null;
  /** Something that goes with the change: the reason for a new end date. */
  readonly note: string | null;
  /** Where it was read (returned workbooks). */
  readonly cell: string | null;
  /** Packages: what kind of change this is (a field, a new or removed item, a move); absent means a field. */
  readonly kind?: 'field' | 'added' | 'removed' | 'moved';
}

/** The changes proposed for one action (or, in a package, one chapter, statement or the plan itself). */
export interface ReviewGroup {
  /** Stable: what a decision on the whole group names. */
  readonly key: string;
  readonly entity: ReviewEntity;
  readonly entityId: Id;
  readonly code: string;
  readonly title: string;
  readonly changes: readonly ProposedChange[];
}

export type ReviewSource =
  | {
      readonly kind: 'exchange';
      readonly packageId: Id;
      readonly agency: { readonly id: Id; readonly label: string };
      readonly period: { readonly id: Id; readonly label: string };
      readonly issuedAt: string;
      readonly issuedBy: string;
    }
  | {
      readonly kind: 'package';
      readonly packId: Id;
      readonly planTitle: string;
      readonly createdBy: string;
      readonly createdAt: string;
      /** True when this workspace has no plan with that id: merging adds the whole plan. */
      readonly newPlan: boolean;
      /** Snapshots and history entries of the package not yet in this workspace: they come with the merge. */
      readonly snapshots: number;
      readonly historyEntries: number;
    };

/** One file under review: a returned workbook (one agency) or a whole-plan package. */
export interface ReviewFile {
  /** The package id (returned workbook) or the pack id (.pmupack); null when the file was refused unread. */
  readonly fileId: Id | null;
  readonly path: string;
  readonly fileName: string;
  /** SHA-256 of the file as read: a merge refuses a file that changed since the review. */
  readonly sha256: string;
  readonly source: ReviewSource | null;
  /** Why the whole file is refused (not ours, another plan, already merged, damaged): nothing of it can merge. */
  readonly refused: string | null;
  readonly problems: readonly ReviewProblem[];
  readonly groups: readonly ReviewGroup[];
  /** Package reviews: what this workspace keeps as it is, and why ("added here", "Status changed here since"). */
  readonly onlyHere?: readonly { readonly entity: ReviewEntity; readonly entityId: Id; readonly code: string; readonly title: string; readonly reason: string }[];
}

export interface Review {
  /** Names this review for the merge call that follows. */
  readonly reviewId: Id;
  readonly kind: 'exchange' | 'package';
  readonly planId: Id | null;
  readonly files: readonly ReviewFile[];
  readonly counts: { readonly changes: number; readonly conflicts: number; readonly problems: number; readonly refused: number };
  /** Returned workbooks reviewed before and not merged yet: the decisions saved then, put back. */
  readonly resumed?: ReviewResumed | null;
}

/**
 * What a file dropped on the window is, by its content: a returned update workbook (received for review), a
 * whole-plan package, a spreadsheet or plan file for the importer, or refused (a hostile or damaged archive).
 */
export interface DroppedFileKind {
  readonly fileName: string;
  readonly kind: 'update-workbook' | 'package' | 'spreadsheet' | 'refused';
  /** Why it was refused, naming the file; null otherwise. */
  readonly refused: string | null;
}

/** Decisions kept in the workspace while a review is open, so that closing the app loses none of them. */
export interface ReviewResumed {
  readonly decisions: readonly ReviewDecision[];
  /** When and by whom the latest of them were saved. */
  readonly savedAt: string;
  readonly savedBy: string;
  /** Files whose saved decisions were not put back because the file is not the one decided on (its name). */
  readonly changedFiles: readonly string[];
}

/** Accept or reject one change, a whole group (action) or a whole file; the most specific decision wins. Undecided changes are not merged. */
export type ReviewTarget =
  | { readonly kind: 'change'; readonly changeId: string }
  | { readonly kind: 'group'; readonly fileId: Id; readonly groupKey: string }
  | { readonly kind: 'file'; readonly fileId: Id };

export interface ReviewDecision {
  readonly target: ReviewTarget;
  readonly accept: boolean;
  readonly note?: string | undefined;
}

export interface MergeOutcome {
  readonly planId: Id;
  /** The change-history batch of the merge (source 'exchange' or 'package'). */
  readonly batchId: Id;
  readonly accepted: number;
  readonly rejected: number;
  /** Whether the merge went on the undo list (only when undo can revert every change of it). */
  readonly undoable: boolean;
  readonly entityIds: readonly Id[];
}

/** A whole-plan package written to disk. */
export interface PackCreated {
  readonly path: string;
  readonly packId: Id;
  readonly entries: readonly { readonly path: string; readonly size: number; readonly sha256: string }[];
  readonly bytes: number;
}

/** What the grid shows, as it passes it for export: visible columns in order, rows of display values. */
export interface GridViewExport {
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly width?: number | undefined }[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

// ---- Importing a spreadsheet or plan file: the preview the analyst checks, and what the import did ----

/** What a column of a plan sheet can mean to the importer. */
export type ImportField =
  | 'code'
  | 'chapter'
  | 'statement'
  | 'action'
  | 'indicator'
  | 'baseline'
  | 'target'
  | 'timeline'
  | 'start'
  | 'end'
  | 'lead'
  | 'collaborators'
  | 'fund'
  | 'status'
  | 'remarks';

export type ImportReportSeverity = 'repair' | 'doubt' | 'info' | 'error';
export type ImportReportTopic = 'file' | 'layout' | 'alignment' | 'structure' | 'code' | 'timeline' | 'status' | 'fund' | 'indicator' | 'agency' | 'text';

export interface ImportReportEntry {
  readonly sheet: string | null;
  /** 1-based row of the sheet (the line of a TSV file, the record of a CSV file). */
  readonly row: number | null;
  /** Column letter as a spreadsheet shows it ("F"). */
  readonly column?: string | null;
  readonly severity: ImportReportSeverity;
  readonly topic: ImportReportTopic;
  readonly message: string;
  readonly read?: string;
  readonly stored?: string;
}

export interface ImportCounts {
  readonly chapters: number;
  readonly statements: number;
  readonly actions: number;
  readonly indicators: number;
  /** Agencies named by the stakeholder list. */
  readonly listedAgencies: number;
  /** Agencies (and groups) the import adds to the registry as unconfirmed. */
  readonly newAgencies: number;
  readonly repairs: number;
  readonly doubts: number;
}

export interface ImportReport {
  readonly file: string;
  readonly format: 'tsv' | 'csv' | 'xlsx';
  /** What read the file ("workbook XML, streamed (saxes, namespace-aware)", "delimited text (Papa Parse)"). */
  readonly reader: string;
  /** How the bytes were decoded (a workbook's: its XML's); for text files, which delimiter separated the cells. */
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: readonly { readonly name: string | null; readonly role: 'plan' | 'stakeholders' | 'ignored'; readonly rows: number }[];
  readonly planTitle: string;
  readonly columnMapping: readonly { readonly sheet: string | null; readonly column: string; readonly header: string; readonly field: string }[];
  /** Columns whose cells are kept in each action's unmapped field, under `keptAs`. */
  readonly unmappedColumns: readonly { readonly sheet: string | null; readonly column: string; readonly header: string; readonly keptAs: string }[];
  readonly entries: readonly ImportReportEntry[];
  readonly counts: ImportCounts;
}

/** A column of a plan sheet in the preview: its header, its meaning (chosen or detected) and a few of its cells. */
export interface ImportColumn {
  readonly sheet: string | null;
  readonly column: string;
  readonly header: string;
  readonly field: ImportField | null;
  readonly detected: ImportField | null;
  readonly samples: readonly string[];
}

/** The tree the import would create (or add to the plan), with its actions' codes and titles. */
export interface ImportTreeChapter {
  readonly code: string;
  readonly title: string;
  readonly statements: readonly {
    readonly code: string;
    readonly text: string;
    readonly actions: readonly { readonly ref: string; readonly code: string; readonly title: string; readonly indicators: number }[];
  }[];
}

/** One difference between a plan's action and the file's, applied as a change in the history when accepted. */
export interface ImportFieldDifference {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

/** An action of the file matched to an action of the plan, for the analyst to confirm. */
export interface ImportActionMatch {
  /** The action's place in the file ("chapter.statement.action" indexes), stable for one file and mapping. */
  readonly ref: string;
  readonly actionId: Id;
  /** How it was matched: same code and a similar title, the same title under another code, or the same code only. */
  readonly how: 'code_and_title' | 'title' | 'code';
  /** Proposed for acceptance (a match by code only is offered, not proposed). */
  readonly proposed: boolean;
  readonly file: { readonly code: string; readonly title: string };
  readonly plan: { readonly code: string; readonly title: string };
  readonly differences: readonly ImportFieldDifference[];
}

export interface ImportMergePreview {
  readonly planId: Id;
  readonly planTitle: string;
  readonly matches: readonly ImportActionMatch[];
  /** Actions of the file that match none of the plan's: added (under matched or new chapters and statements). */
  readonly newActions: readonly { readonly ref: string; readonly code: string; readonly title: string }[];
  readonly newChapters: number;
  readonly newStatements: number;
  /** Actions of the plan that the file does not hold: left as they are (an import never deletes). */
  readonly untouchedActions: number;
}

export interface ImportPreview {
  readonly fileName: string;
  readonly kind: 'spreadsheet' | 'plan_file';
  /** The spreadsheet import's report; null for a PlanDesk plan file (.json), which needs no repairs. */
  readonly report: ImportReport | null;
  readonly columns: readonly ImportColumn[];
  readonly planTitle: string;
  readonly tree: readonly ImportTreeChapter[];
  readonly counts: { readonly chapters: number; readonly statements: number; readonly actions: number; readonly indicators: number; readonly newAgencies: number };
  /** When importing into an existing plan: the proposed matches and what would change. */
  readonly merge: ImportMergePreview | null;
}

export interface ImportOutcome {
  readonly planId: Id;
  readonly planIds: readonly Id[];
  readonly report: ImportReport | null;
  readonly counts: ImportPreview['counts'] & {
    /** Into an existing plan: actions added, actions changed, matched actions without a difference, changes recorded. */
    readonly added?: number;
    readonly changed?: number;
    readonly unchanged?: number;
    readonly changes?: number;
  };
  readonly notes: readonly string[];
}
