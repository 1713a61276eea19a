// Realigning a row by its content. Real plans have rows whose cells slid one or two columns left or right,
// an action written in the chapter or statement column, or three dates where the header has two.
// Each cell is read for clues (a code and its depth, a date, a status, a fund wording, an indicator value,
// agency names); the row is then placed on the header's columns by a small dynamic programme that keeps
// cells in order and prefers, in this order: cells whose content fits their column, few shifts, small shifts.
// Rows whose cells all fit where they stand are kept as they are without running the programme.
// A cell is moved at most MAX_SHIFT columns (a real slip is one or two), so the programme's work grows with
// the row's filled cells only, never with the sheet's width: a row of 200,000 columns costs what its cells do.
import { parseTimelineDate, type TimelineDate } from '../../../shared/months';
import { readFundStatus, readImplementationStatus } from '../../../shared/vocab/status';
import { readLeadingCode, type LeadingCode } from './codes';
import type { ImportField } from './headers';
import { readIndicatorValue } from './indicator-values';
import { splitTimelineRange } from './timeline';

export type PlacedField = ImportField | 'revisedEnd' | null;

export interface CodeDepths {
  readonly chapter: number;
  readonly statement: number;
  readonly action: number;
}

export interface AlignContext {
  /** Meaning of each column, from the header (null: a column the importer cannot place). */
  readonly columns: readonly (ImportField | null)[];
  readonly depths: CodeDepths;
  /** Levels whose cells carry codes in this file: an uncoded text is then less likely to be one of them. */
  readonly coded?: { readonly statement: boolean; readonly action: boolean };
  readonly looksLikeAgencies: (text: string) => boolean;
  /** Clues of cells already read on earlier rows of the sheet (plans repeat statuses, dates and agencies). */
  readonly clueCache?: ClueCache;
}

/** Remembers what short cells say, for one sheet (its code depths), across its rows. */
export class ClueCache {
  readonly clues = new Map<string, CellClues>();
}

const CACHED_CELL_LENGTH = 200;

export interface Placement {
  readonly column: number;
  readonly text: string;
  readonly field: PlacedField;
  /** The column whose meaning the cell took (the 'end' column for a revised end). */
  readonly toColumn: number;
}

export interface Alignment {
  readonly placements: readonly Placement[];
  /** True when some cell was placed in another column than the one it stood in. */
  readonly moved: boolean;
}

interface Clues {
  readonly code: LeadingCode | null;
  readonly date: TimelineDate;
  readonly isDate: boolean;
  readonly status: boolean;
  readonly fund: boolean;
  readonly value: boolean;
  readonly notAvailable: boolean;
  readonly agency: boolean;
  readonly long: boolean;
  readonly dateHint: boolean;
  readonly range: boolean;
  /** Reads like an indicator: "No. of agencies covered", "% of uptime", "Timeline by when …". */
  readonly indicatorLike: boolean;
}

const CHANGE_COST = 1.5;
/** The farthest a cell is moved from the column it stands in. */
export const MAX_SHIFT = 6;
const DISTANCE_COST = 0.5;
const DATA_WITHOUT_ACTION_COST = 5;
const DATA_FIELDS = new Set<PlacedField>(['indicator', 'baseline', 'target', 'timeline', 'start', 'end', 'revisedEnd', 'lead', 'collaborators', 'fund', 'status', 'remarks']);

/**
 * What a cell's content says, worked out only when a column's fit asks (most rows need few clues). Each clue is kept
 * in a field of its own once worked out (undefined until then): an import makes one of these for most of its cells,
 * and a map per cell was a good share of the import's garbage.
 */
class CellClues implements Clues {
  #code: LeadingCode | null | undefined;
  #date: TimelineDate | undefined;
  #isDate: boolean | undefined;
  #status: boolean | undefined;
  #fund: boolean | undefined;
  #value: boolean | undefined;
  #notAvailable: boolean | undefined;
  #dateHint: boolean | undefined;
  #range: boolean | undefined;
  #indicatorLike: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly depths: CodeDepths,
    private readonly looksLikeAgencies: (t: string) => boolean,
  ) {}

  get code(): LeadingCode | null {
    if (this.#code === undefined) {
      const code = readLeadingCode(this.text);
      // "500" or "2.5" alone are values, and a one-part code only counts where the plan's chapters have one part.
      this.#code = code && ((code.rest === '' && code.depth <= 2) || code.depth < this.depths.chapter) ? null : code;
    }
    return this.#code;
  }
  get date(): TimelineDate {
    // Dates are short: a long cell is not read as one.
    this.#date ??= this.text.length <= 40 ? parseTimelineDate(this.text) : { kind: 'invalid', reason: 'long text' };
    return this.#date;
  }
  get isDate(): boolean {
    this.#isDate ??= ['month', 'year', 'span', 'open'].includes(this.date.kind);
    return this.#isDate;
  }
  get status(): boolean {
    this.#status ??= this.text.length <= 200 && this.text.split(/\s+/).length <= 14 && readImplementationStatus(this.text) !== null;
    return this.#status;
  }
  get fund(): boolean {
    this.#fund ??= this.text.length <= 300 && this.text.split(/\s+/).length <= 25 && readFundStatus(this.text) !== null;
    return this.#fund;
  }
  private get indicatorValue() {
    return this.text.length <= 60 ? readIndicatorValue(this.text) : null;
  }
  get value(): boolean {
    if (this.#value === undefined) {
      const kind = this.indicatorValue?.kind;
      this.#value = kind !== undefined && kind !== null && kind !== 'text' && kind !== 'date';
    }
    return this.#value;
  }
  get notAvailable(): boolean {
    this.#notAvailable ??= this.indicatorValue?.kind === null;
    return this.#notAvailable;
  }
  get agency(): boolean {
    // Not kept: whether a name is known changes as the import adds agencies (the caller caches it).
    return !this.code && !this.isDate && this.looksLikeAgencies(this.text);
  }
  get long(): boolean {
    return this.text.length > 80;
  }
  get dateHint(): boolean {
    this.#dateHint ??= /\b(timeline|by when|time by which|date)\b/i.test(this.text);
    return this.#dateHint;
  }
  get range(): boolean {
    this.#range ??= this.text.length <= 60 && splitTimelineRange(this.text) !== null;
    return this.#range;
  }
  get indicatorLike(): boolean {
    this.#indicatorLike ??= /^(no\.?|nos\.?|number|%|percentage|proportion|share|timeline|time by which|rate)\s/i.test(this.text);
    return this.#indicatorLike;
  }
}

function levelFit(c: Clues, expected: number, level: 'chapter' | 'statement' | 'action', depths: CodeDepths, coded: boolean): number {
  if (c.code) {
    if (c.code.depth === expected) return 3;
    if (level === 'action') return c.code.depth === depths.statement ? 0 : c.code.depth > expected ? 1 : -2;
    return c.code.depth > expected ? -4 : -2;
  }
  if (c.notAvailable) return -1;
  if (c.isDate || c.status || c.fund || c.value) return -3;
  if (c.indicatorLike) return -1.5;
  return coded ? -1 : 0;
}

/** How well a cell's content fits a column's meaning: positive fits, negative contradicts, 0 says nothing. */
function fit(c: Clues, field: PlacedField, ctx: { depths: CodeDepths; dateTarget: boolean; coded: { statement: boolean; action: boolean } }): number {
  const { depths } = ctx;
  switch (field) {
    case null:
      return 0;
    case 'code':
      return c.code && c.code.rest === '' ? 3 : -2;
    case 'chapter':
      return levelFit(c, depths.chapter, 'chapter', depths, false);
    case 'statement':
      return levelFit(c, depths.statement, 'statement', depths, ctx.coded.statement);
    case 'action':
      return levelFit(c, depths.action, 'action', depths, ctx.coded.action);
    case 'indicator':
      if (c.code) return -3;
      if (c.isDate || c.status || c.fund) return -2;
      if (c.indicatorLike) return 1;
      return c.value ? -1 : 0.5;
    case 'baseline':
    case 'target':
      if (c.code) return -3;
      if (c.status || (c.fund && !c.notAvailable)) return -2;
      if (c.value || c.notAvailable) return 1;
      if (c.isDate) return field === 'target' ? (ctx.dateTarget ? 1 : 0) : -0.5;
      return c.long ? -1 : 0;
    case 'start':
    case 'end':
      if (c.isDate) return field === 'start' && c.date.kind === 'open' ? -1 : 3;
      return c.notAvailable ? 0 : -3;
    case 'revisedEnd':
      return c.date.kind === 'month' || c.date.kind === 'year' || c.date.kind === 'span' ? 1 : Number.NEGATIVE_INFINITY;
    case 'timeline':
      if (c.isDate || c.range) return 3;
      return c.notAvailable ? 0 : -1;
    case 'lead':
    case 'collaborators':
      if (c.agency) return 2;
      if (c.code) return -3;
      if (c.isDate) return -3;
      if (c.status || c.fund || c.value) return -2;
      return c.long ? -1 : 0;
    case 'fund':
      if (c.fund) return 3;
      if (c.isDate || c.code) return -3;
      if (c.status) return -2;
      if (c.notAvailable) return 0;
      return c.value ? -1 : 0;
    case 'status':
      if (c.status) return 3;
      if (c.isDate || c.code) return -3;
      if (c.fund || c.value) return -2;
      if (c.agency) return -1;
      return 0;
    case 'remarks':
      if (c.long) return 1;
      if (c.status) return -1;
      if (c.isDate) return -1;
      if (c.code) return -1;
      return 0.5;
  }
}

function monthRank(date: TimelineDate, end: boolean): string | null {
  if (date.kind === 'month') return date.month;
  if (date.kind === 'year') return `${date.year}-${end ? '12' : '01'}`;
  if (date.kind === 'span') return end ? date.last : date.first;
  return null;
}

interface Slot {
  readonly field: PlacedField;
  readonly column: number;
  readonly virtual: boolean;
}

// Functions of their own, not closures of alignRow: it runs for every row of an import.
function isData(field: PlacedField): boolean {
  return DATA_FIELDS.has(field);
}

function isUpperLevel(field: PlacedField): boolean {
  return field === 'chapter' || field === 'statement';
}

/** Every filled cell where it stands. */
function straight(filled: readonly { column: number; text: string }[], columns: AlignContext['columns']): Alignment {
  return { placements: filled.map(({ column, text }) => ({ column, text, field: columns[column] ?? null, toColumn: column })), moved: false };
}

/** Places a row's cells on the header's columns. */
export function alignRow(cells: readonly string[], ctx: AlignContext): Alignment {
  const filled: { column: number; text: string }[] = [];
  cells.forEach((text, column) => {
    if (text.trim() !== '') filled.push({ column, text });
  });
  if (filled.length === 0) return straight(filled, ctx.columns);

  const cache = ctx.clueCache?.clues;
  const clues: Clues[] = filled.map(({ text }) => {
    if (!cache || text.length > CACHED_CELL_LENGTH) return new CellClues(text, ctx.depths, ctx.looksLikeAgencies);
    let clue = cache.get(text);
    if (!clue) {
      clue = new CellClues(text, ctx.depths, ctx.looksLikeAgencies);
      cache.set(text, clue);
    }
    return clue;
  });
  let dateTarget: boolean | null = null;
  const fitCtx = {
    depths: ctx.depths,
    // Worked out once per row, and only when a fit asks: looking at every cell for every fit made wide rows quadratic.
    get dateTarget() {
      dateTarget ??= clues.some((c) => c.dateHint && !c.isDate);
      return dateTarget;
    },
    coded: ctx.coded ?? { statement: false, action: false },
  };
  const hasAction = ctx.columns.includes('action');

  // The quick answer: every cell fits where it stands, and no statement row carries data without an action.
  let contradicted = false;
  let lastField: PlacedField = null;
  filled.forEach(({ column }, i) => {
    const field = ctx.columns[column] ?? null;
    if (fit(clues[i]!, field, fitCtx) < 0) contradicted = true;
    if (hasAction && field !== null && isData(field) && isUpperLevel(lastField)) contradicted = true;
    if (field !== null) lastField = field;
  });
  if (!contradicted) return straight(filled, ctx.columns);

  // Columns past the last filled cell (and past the header) can only take cells shifted right, by MAX_SHIFT at most.
  const width = Math.max(ctx.columns.length, filled[filled.length - 1]!.column + 1) + 2;
  const slots: Slot[] = [];
  for (let column = 0; column < width; column++) {
    const field = ctx.columns[column] ?? null;
    slots.push({ field, column, virtual: false });
    if (field === 'end') slots.push({ field: 'revisedEnd', column, virtual: true });
  }
  // A revised end is only a reading when the row holds three dates.
  const dates = clues.filter((c) => c.date.kind === 'month' || c.date.kind === 'year' || c.date.kind === 'span').length;
  if (dates < 3) {
    const at = slots.findIndex((s) => s.virtual);
    if (at >= 0) slots.splice(at, 1);
  }
  const virtualIndex = slots.findIndex((s) => s.virtual);
  /** Where a slot expects its cell: after a revised end, every later column sits one further right. */
  const expected = (s: number, usedVirtual: boolean) => {
    const slot = slots[s]!;
    if (slot.virtual) return slot.column + 1;
    return usedVirtual && s > virtualIndex ? slot.column + 1 : slot.column;
  };
  /** The first slot of each column (slots are in column order; a column has one, or two with a revised end). */
  const firstSlotOf: number[] = [];
  slots.forEach((slot, s) => {
    firstSlotOf[slot.column] ??= s;
  });
  /** The slots a cell may take: those within MAX_SHIFT columns (one more for a revised end's shift). */
  const candidatesOf = (column: number): number[] => {
    const from = firstSlotOf[Math.max(0, column - MAX_SHIFT - 1)]!;
    const last = Math.min(width - 1, column + MAX_SHIFT + 1);
    const to = last + 1 < width ? firstSlotOf[last + 1]! : slots.length;
    return Array.from({ length: to - from }, (_, k) => from + k);
  };

  type State = { score: number; prevSlot: number; prevVirtual: boolean };
  const n = filled.length;
  const candidates = filled.map((cell) => candidatesOf(cell.column));
  // best[i] maps a slot s to [the best score with cell i in s without a revised end so far, … with one].
  const best: Map<number, [State | null, State | null]>[] = Array.from({ length: n }, () => new Map());
  // Keeps the better of two ways to reach slot s with cell i (a plain function, not a closure per candidate:
  // a wide row asks this some hundred times a cell).
  const keep = (i: number, s: number, vi: 0 | 1, score: number, prevSlot: number, prevVirtual: boolean) => {
    let states = best[i]!.get(s);
    if (!states) best[i]!.set(s, (states = [null, null]));
    const held = states[vi];
    if (!held || held.score < score) states[vi] = { score, prevSlot, prevVirtual };
  };
  for (let i = 0; i < n; i++) {
    const cell = filled[i]!;
    const clue = clues[i]!;
    for (const s of candidates[i]!) {
      const slot = slots[s]!;
      const cellFit = fit(clue, slot.field, fitCtx);
      if (cellFit === Number.NEGATIVE_INFINITY) continue;
      for (const v of [false, true]) {
        if (slot.virtual && !v) continue;
        const offset = cell.column - expected(s, v);
        if (Math.abs(offset) > MAX_SHIFT) continue;
        const own = cellFit - DISTANCE_COST * Math.abs(offset);
        const vi = v ? 1 : 0;
        if (i === 0) {
          if (v && !slot.virtual) continue;
          keep(i, s, vi, own - (offset !== 0 ? CHANGE_COST : 0), -1, false);
          continue;
        }
        for (const [p, prevStates] of best[i - 1]!) {
          if (p >= s) continue;
          for (const pv of [false, true]) {
            const prev = prevStates[pv ? 1 : 0];
            if (!prev) continue;
            if (pv !== v && !(slot.virtual && !pv)) continue;
            if (slot.virtual && pv) continue;
            const prevCell = filled[i - 1]!;
            const prevOffset = prevCell.column - expected(p, pv);
            let score = prev.score + own - (offset !== prevOffset ? CHANGE_COST : 0);
            const prevField = slots[p]!.field;
            if (hasAction && isData(slot.field) && isUpperLevel(prevField)) score -= DATA_WITHOUT_ACTION_COST;
            if ((prevField === 'start' && slot.field === 'end') || (prevField === 'end' && slot.field === 'revisedEnd')) {
              const a = monthRank(clues[i - 1]!.date, false);
              const b = monthRank(clue.date, true);
              if (a && b && b < a) score -= 3;
            }
            keep(i, s, vi, score, p, pv);
          }
        }
      }
    }
  }
  let end: { s: number; v: boolean; score: number } | null = null;
  for (const [s, states] of best[n - 1]!) {
    for (const v of [false, true]) {
      const state = states[v ? 1 : 0];
      if (state && (!end || state.score > end.score)) end = { s, v, score: state.score };
    }
  }
  if (!end) return straight(filled, ctx.columns);
  const chosen: number[] = new Array<number>(n);
  let s = end.s;
  let v = end.v;
  for (let i = n - 1; i >= 0; i--) {
    chosen[i] = s;
    const state = best[i]!.get(s)![v ? 1 : 0]!;
    s = state.prevSlot;
    v = state.prevVirtual;
  }
  const placements = filled.map(({ column, text }, i) => {
    const slot = slots[chosen[i]!]!;
    return { column, text, field: slot.field, toColumn: slot.column };
  });
  return { placements, moved: placements.some((p) => p.column !== p.toColumn) };
}
