// What the grid's renderers and editors read at the moment they run (the registry, a refused value to retry,
// whether a sort is on, the heading commands, refused cells, the delivery ratings). One object handed to the grid as
// its context and changed through its methods, so that the grid never needs new options to see the latest.
import type { ActionRating, AgencyListRow } from '../../../shared/domain';
import type { EditorContext } from './editors';

/** What a chapter or statement heading row (HeadingRow.tsx) can do: its structure commands. */
export interface HeadingCommands {
  readonly isCollapsed: (rowId: string) => boolean;
  readonly toggle: (rowId: string) => void;
  readonly addStatement: (chapterId: string) => void;
  readonly addAction: (statementId: string) => void;
  readonly rename: (kind: 'chapter' | 'statement', id: string) => void;
  readonly move: (kind: 'chapter' | 'statement', id: string, direction: -1 | 1) => void;
  readonly remove: (kind: 'chapter' | 'statement', id: string) => void;
}

const NO_COMMANDS: HeadingCommands = {
  isCollapsed: () => false,
  toggle: () => undefined,
  addStatement: () => undefined,
  addAction: () => undefined,
  rename: () => undefined,
  move: () => undefined,
  remove: () => undefined,
};

/** The actions a filter shows under each chapter and statement, by their ids. */
export interface ShownCounts {
  readonly chapters: ReadonlyMap<string, number>;
  readonly statements: ReadonlyMap<string, number>;
}

export class GridState implements EditorContext {
  private registry: readonly AgencyListRow[] = [];
  private retrying: EditorContext['retry'] = null;
  private sortOn = false;
  private commands: HeadingCommands = NO_COMMANDS;
  private shown: ShownCounts | null = null;
  private ratings: ReadonlyMap<string, ActionRating> = new Map();
  /** Cells whose last value was refused, with the reason, by `${rowId}|${colId}`. */
  private readonly refusals = new Map<string, string>();

  get agencies(): readonly AgencyListRow[] {
    return this.registry;
  }
  get retry(): EditorContext['retry'] {
    return this.retrying;
  }
  get sorted(): boolean {
    return this.sortOn;
  }
  get headings(): HeadingCommands {
    return this.commands;
  }

  /** How many of a heading's actions the filter shows; null when no filter is on (the heading says its total). */
  shownUnder(kind: 'chapter' | 'statement', id: string): number | null {
    if (!this.shown) return null;
    return (kind === 'chapter' ? this.shown.chapters : this.shown.statements).get(id) ?? 0;
  }

  get shownCounts(): ShownCounts | null {
    return this.shown;
  }
  setShownCounts(counts: ShownCounts | null): void {
    this.shown = counts;
  }

  /** The action's delivery rating (useGridRatings keeps them current): one lookup per row, however large the plan. */
  rating(actionId: string): ActionRating | undefined {
    return this.ratings.get(actionId);
  }
  setRatings(ratings: ReadonlyMap<string, ActionRating>): void {
    this.ratings = ratings;
  }

  setAgencies(agencies: readonly AgencyListRow[]): void {
    this.registry = agencies;
  }
  setRetry(retry: EditorContext['retry']): void {
    this.retrying = retry;
  }
  setSorted(sorted: boolean): void {
    this.sortOn = sorted;
  }
  setHeadings(commands: HeadingCommands): void {
    this.commands = commands;
  }

  refusal(rowId: string, colId: string): string | undefined {
    return this.refusals.get(`${rowId}|${colId}`);
  }
  refuse(rowId: string, colId: string, reason: string): void {
    this.refusals.set(`${rowId}|${colId}`, reason);
  }
  clearRefusals(): void {
    this.refusals.clear();
  }
  /** Forgets a refusal; true when there was one (the cell needs redrawing). */
  accept(rowId: string, colId: string): boolean {
    return this.refusals.delete(`${rowId}|${colId}`);
  }
}
