// The review of returned workbooks and plan packages: proposed changes, the reviewer's decisions, the merge.
import type { Id } from './base';

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
  /** Returned workbooks: the evidence (a reference or link) the agency gave on the row this change was read from. */
  readonly evidence?: string | null;
  /**
   * Returned workbooks of an action led jointly: the other lead agencies' answers to the same field, when they differ
   * from this one. With them this change is one conflict between the agencies: the reviewer keeps one value (or types
   * another) before merging. Absent or empty: no other agency answered differently.
   */
  readonly rivals?: readonly RivalAnswer[];
}

/** Another lead agency's answer to the same field of the same action, in another returned workbook. */
export interface RivalAnswer {
  readonly changeId: string;
  readonly agency: string;
  readonly fileName: string;
  readonly value: string | null;
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

/** Who answered for a returned workbook: the "Reported by" block of its instructions sheet. */
export interface ReportedBy {
  readonly name: string;
  readonly position: string;
  /** YYYY-MM-DD; null when none was given or it was not a date (a problem then says so). */
  readonly date: string | null;
}

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
  /** Returned workbooks: who reported, as they signed it off; null or absent when nobody did (or the workbook predates the sign-off). */
  readonly reportedBy?: ReportedBy | null;
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
  /**
   * A change between lead agencies (with rivals) accepted with a value the reviewer typed instead of the agency's:
   * checked like the agency's answer would be, and merged in its place.
   */
  readonly value?: string | undefined;
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
