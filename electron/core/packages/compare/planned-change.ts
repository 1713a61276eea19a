// What a proposed change of a package writes when it is accepted: the merge (merge-pack.ts) applies these.
import type { EditableTable } from '../../history/tracked-update';
import type { PlanFileAction, PlanFileChapter, PlanFileIndicator, PlanFileStatement } from '../../planfile/format';

/** The tables whose rows have a place among siblings, and the column naming their parent. */
export type PlacedTable = 'chapters' | 'policy_statements' | 'actions' | 'indicators';
export const PARENT_COLUMN: Readonly<Record<PlacedTable, 'plan_id' | 'chapter_id' | 'statement_id' | 'action_id'>> = {
  chapters: 'plan_id',
  policy_statements: 'chapter_id',
  actions: 'statement_id',
  indicators: 'action_id',
};

export interface PeriodOfPack {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/** How an accepted change of a package is written. */
export type PackWrite =
  | {
      readonly kind: 'update';
      readonly table: EditableTable;
      readonly id: string;
      readonly columns: Readonly<Record<string, unknown>>;
      /** An action's agency links of one role, as the package names them, written with the text. */
      readonly links?: { readonly role: 'lead' | 'collaborator'; readonly refs: readonly string[] };
    }
  | { readonly kind: 'addChapter'; readonly chapter: PlanFileChapter; readonly after: readonly string[] }
  | { readonly kind: 'addStatement'; readonly chapterId: string; readonly statement: PlanFileStatement; readonly after: readonly string[] }
  | { readonly kind: 'addAction'; readonly statementId: string; readonly action: PlanFileAction; readonly after: readonly string[] }
  | { readonly kind: 'addIndicator'; readonly actionId: string; readonly indicator: PlanFileIndicator; readonly after: readonly string[] }
  /** To another parent and/or after the nearest of `after` (the siblings before it in the package, nearest first). */
  | { readonly kind: 'move'; readonly table: PlacedTable; readonly id: string; readonly parentId: string; readonly after: readonly string[] }
  | { readonly kind: 'remove'; readonly table: PlacedTable; readonly id: string }
  | {
      readonly kind: 'progress';
      readonly actionId: string;
      readonly indicatorId: string | null;
      readonly period: PeriodOfPack;
      /** The package's row id, kept when the row is new here. */
      readonly rowId: string;
      readonly columns: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'newPlan' };

/** A proposed change as the merge needs it. */
export interface PlannedChange {
  readonly write: PackWrite;
  /** Where it goes in the merge: parents before children, in the package's order. */
  readonly sequence: number;
  /** The history entries (entity id | field, or entity id | * for all) it stands for: left out when it is not accepted. */
  readonly covers: readonly string[];
}
