// The change history, and the window's undo and redo.
import type { Id } from './base';

export type ChangeSource = 'edit' | 'import' | 'exchange' | 'package' | 'undo' | 'system';

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
  /** An entry an import wrote: the import's batch, which opens the report kept with it (import:report). */
  readonly importBatchId?: string;
}

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface UndoOutcome extends UndoState {
  /** Entities the undo or redo touched, so the page can refresh them. */
  readonly entityIds: readonly Id[];
  /**
   * What the undo or redo wrote, oldest first, with subjects named (the first twenty at most): the notice says
   * "Undone: status of 5.1.1.3 Completed → Ongoing".
   */
  readonly changes: readonly ChangeEntry[];
  /** How many entries it wrote in all. */
  readonly changeCount: number;
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
