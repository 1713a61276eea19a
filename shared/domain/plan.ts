// The plan itself: its summary, its tree of chapters, statements and actions, an action in full, the actions grid.
import type { Month } from '../months';
import type { FundStatus, ImplementationStatus, StatusCounts } from '../vocab/status';
import type { Indicator } from './indicators';
import type { AgencyField } from './agencies';
import type { ChangeEntry } from './history';
import type { Id, Precision } from './base';

/**
 * The plan's baseline: once approved, its planned dates are what the committee holds ministries to; a later end is a
 * revised end with its reason, and a rebaseline (with its own reason) makes the revised ends the plan.
 */
export interface Baseline {
  /** YYYY-MM-DD, or null while the plan is a draft whose dates are edited directly. */
  readonly approvedOn: string | null;
  readonly approvedBy: string | null;
  /** The latest rebaseline (YYYY-MM-DD), and its reason ('' when none). */
  readonly rebaselinedOn: string | null;
  readonly rebaselineReason: string;
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
  readonly baseline: Baseline;
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
  /** Why the end was revised (asked once the plan is approved; '' otherwise). */
  readonly revisedEndReason: string;
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
  readonly plan: { readonly id: Id; readonly title: string; readonly description: string; readonly baseline: Baseline };
  readonly actionsByStatus: StatusCounts;
  readonly chapters: readonly ChapterNode[];
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
  readonly fundStatus: FundStatus | null;
  readonly fundNote: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly remarks: string;
  readonly overdue: boolean;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
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

/** What can be deleted from a plan and brought back from its Deleted list. */
export type DeletedKind = 'chapter' | 'statement' | 'action' | 'indicator';

/** One deleted piece of a plan, as its Deleted list shows it (pieces deleted with it are counted, not listed). */
export interface DeletedItem {
  readonly kind: DeletedKind;
  readonly id: Id;
  /** Its code and title ("5.1.1.2 Develop and adopt digital service standards"), or an indicator's name. */
  readonly label: string;
  /** Where it was: the statement of an action, the chapter of a statement, the action of an indicator ('' for a chapter). */
  readonly place: string;
  readonly deletedAt: string;
  /** Who deleted it ('' when the history does not say, as for a plan brought from an older file). */
  readonly deletedBy: string;
  /** What comes back with it: statements and actions deleted with a chapter or statement, an action's indicators. */
  readonly comesWith: { readonly statements: number; readonly actions: number; readonly indicators: number };
  /** The statements and actions deleted with it (listed under it, not on lines of their own). */
  readonly includes: readonly Id[];
}

/** What a restore brought back. */
export interface RestoreOutcome {
  /** Every chapter, statement, action and indicator made live again (the item, what was deleted with it, its deleted parents). */
  readonly restored: number;
  /** The action to show: the restored action, an indicator's action, or the first action of a restored branch. */
  readonly actionId: Id | null;
}
