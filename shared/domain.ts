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
  readonly history: readonly ChangeEntry[];
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
