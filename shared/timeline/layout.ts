// The timeline's rows: actions grouped by chapter and statement (the plan's order) or by lead agency, each with
// its bar (year-only and missing ends marked, open ends drawn to the edge), actions without dates listed apart,
// collapsed groups left out, and the slice of rows a scrolled view has to draw. Pure: no DOM.
import type { ActionGridRow, Id, Precision } from '../domain';
import type { Month } from '../months';
import { snapToYearEnd, snapToYearStart, xOfMonthEnd, xOfMonthStart, type MonthScale } from './scale';

/** What the timeline needs of an action: a grid row (actions:list) has all of it. */
export type TimelineAction = Pick<
  ActionGridRow,
  | 'id'
  | 'code'
  | 'title'
  | 'chapterId'
  | 'chapterCode'
  | 'chapterTitle'
  | 'statementId'
  | 'statementCode'
  | 'statementText'
  | 'order'
  | 'start'
  | 'startPrecision'
  | 'end'
  | 'endPrecision'
  | 'endOpen'
  | 'revisedEnd'
  | 'status'
  | 'statusText'
  | 'overdue'
  | 'leadText'
  | 'leadAgencyIds'
>;

export interface ActionDates {
  readonly start: Month | null;
  readonly startPrecision: Precision;
  readonly end: Month | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: Month | null;
  /** The plan is approved: the planned start is its baseline, only the end may be dragged (a revised end). */
  readonly startLocked?: boolean;
}

/**
 * How a bar's end is known: to the month; only to the year (drawn across the year, with a lighter edge);
 * missing (only the other end was given: a one-month stub that fades out); open ("Continue": to the view's edge).
 */
export type BarEdge = 'month' | 'year' | 'missing' | 'open';

export interface Bar {
  /** First month covered. */
  readonly start: Month;
  /** Last month covered; null when open-ended. */
  readonly end: Month | null;
  readonly startEdge: Exclude<BarEdge, 'open'>;
  readonly endEdge: BarEdge;
  /** A recorded revised end that differs from the planned one, drawn as an extension (or a cut-back mark). */
  readonly revisedEnd: Month | null;
}

/** The bar of an action's dates; null when it has no start, and no end either (or only "Continue"). */
export function barOf(dates: ActionDates): Bar | null {
  const { start, end } = dates;
  if (start !== null) {
    const startEdge = dates.startPrecision === 'year' ? 'year' : 'month';
    if (dates.endOpen) return { start, end: null, startEdge, endEdge: 'open', revisedEnd: null };
    if (end === null) {
      return { start, end: startEdge === 'year' ? snapToYearEnd(start) : start, startEdge, endEdge: 'missing', revisedEnd: null };
    }
    const endEdge = dates.endPrecision === 'year' ? 'year' : 'month';
    const revisedEnd = dates.revisedEnd !== null && dates.revisedEnd !== end ? dates.revisedEnd : null;
    // An end before the start (a typing slip in an imported file) still draws, over the months between them.
    if (end < start) return { start: end, end: start, startEdge: endEdge, endEdge: startEdge, revisedEnd };
    return { start, end, startEdge, endEdge, revisedEnd };
  }
  if (end !== null && !dates.endOpen) {
    const endEdge = dates.endPrecision === 'year' ? 'year' : 'month';
    return { start: endEdge === 'year' ? snapToYearStart(end) : end, end, startEdge: 'missing', endEdge, revisedEnd: null };
  }
  return null;
}

/** A bar's pixels on a scale: open ends run to `openEndX` (the edge of the view). */
export function barExtent(bar: Bar, scale: MonthScale, openEndX: number): { readonly x0: number; readonly x1: number; readonly revisedX: number | null } {
  const x0 = xOfMonthStart(scale, bar.start);
  const x1 = bar.end === null ? Math.max(openEndX, x0 + scale.pxPerMonth) : xOfMonthEnd(scale, bar.end);
  return { x0, x1, revisedX: bar.revisedEnd === null ? null : xOfMonthEnd(scale, bar.revisedEnd) };
}

export type Grouping = 'plan' | 'agency';

export const GROUPING_LABELS: Readonly<Record<Grouping, string>> = { plan: 'Chapter and statement', agency: 'Lead agency' };

/** A chapter, a statement, a lead agency, or the list of actions without dates. */
export interface GroupRow {
  readonly kind: 'group';
  readonly key: string;
  /** 1: chapter, agency, or the undated list; 2: statement. */
  readonly level: 1 | 2;
  readonly code: string;
  readonly title: string;
  /** Actions under it (all of them, also when collapsed). */
  readonly count: number;
  readonly overdue: number;
  readonly collapsed: boolean;
  /** From the earliest start to the latest end of its actions; end null when one of them is open-ended. */
  readonly span: { readonly start: Month; readonly end: Month | null } | null;
}

export interface ActionRow {
  readonly kind: 'action';
  /** Unique among rows: an action led by two agencies shows under both. */
  readonly key: string;
  /** 3 under a statement, 2 under an agency or in the undated list. */
  readonly level: 2 | 3;
  readonly action: TimelineAction;
  readonly bar: Bar | null;
}

export type TimelineRow = GroupRow | ActionRow;

export interface AgencyLabel {
  /** The acronym, or '' where the agency has none. */
  readonly code: string;
  readonly title: string;
}

export interface RowOptions {
  readonly grouping: Grouping;
  /** Keys of collapsed groups. */
  readonly collapsed: ReadonlySet<string>;
  /** Lead agency names by id, for grouping by agency. */
  readonly agencies?: ReadonlyMap<Id, AgencyLabel>;
}

export const UNDATED_KEY = 'undated';
export const NO_AGENCY_KEY = 'agency:none';

function comparePlanOrder(a: TimelineAction, b: TimelineAction): number {
  for (let i = 0; i < 3; i += 1) {
    const d = a.order[i]! - b.order[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

interface GroupDraft {
  readonly key: string;
  readonly level: 1 | 2;
  readonly code: string;
  readonly title: string;
  readonly actions: TimelineAction[];
  readonly children: GroupDraft[];
}

/** Count, overdue count and span of a group's actions, in one pass (a plan can hold 10,000 actions). */
function summarise(groups: readonly GroupDraft[], bars: ReadonlyMap<Id, Bar | null>): Pick<GroupRow, 'count' | 'overdue' | 'span'> {
  let count = 0;
  let overdue = 0;
  let start: Month | null = null;
  let end: Month | null = null;
  let open = false;
  for (const group of groups) {
    for (const action of group.actions) {
      count += 1;
      if (action.overdue) overdue += 1;
      const bar = bars.get(action.id);
      if (!bar) continue;
      if (start === null || bar.start < start) start = bar.start;
      if (bar.end === null) open = true;
      else {
        const last = bar.revisedEnd !== null && bar.revisedEnd > bar.end ? bar.revisedEnd : bar.end;
        if (end === null || last > end) end = last;
      }
    }
  }
  return { count, overdue, span: start === null ? null : { start, end: open ? null : (end ?? start) } };
}

/** The rows to draw, top to bottom. */
export function timelineRows(actions: readonly TimelineAction[], options: RowOptions): TimelineRow[] {
  const sorted = [...actions].sort(comparePlanOrder);
  const bars = new Map<Id, Bar | null>();
  const dated: TimelineAction[] = [];
  const undated: TimelineAction[] = [];
  for (const action of sorted) {
    const bar = barOf(action);
    bars.set(action.id, bar);
    (bar === null ? undated : dated).push(action);
  }

  const groups = options.grouping === 'plan' ? planGroups(dated) : agencyGroups(dated, options.agencies ?? new Map());
  if (undated.length > 0) {
    groups.push({ key: UNDATED_KEY, level: 1, code: '', title: 'Actions without dates', actions: undated, children: [] });
  }

  const rows: TimelineRow[] = [];
  const emit = (group: GroupDraft, actionLevel: 2 | 3) => {
    const collapsed = options.collapsed.has(group.key);
    const summary = summarise(group.children.length > 0 ? group.children : [group], bars);
    rows.push({ kind: 'group', key: group.key, level: group.level, code: group.code, title: group.title, collapsed, ...summary });
    if (collapsed) return;
    if (group.children.length > 0) {
      for (const child of group.children) emit(child, 3);
      return;
    }
    for (const action of group.actions) rows.push({ kind: 'action', key: `${group.key}/${action.id}`, level: actionLevel, action, bar: bars.get(action.id) ?? null });
  };
  for (const group of groups) emit(group, 2);
  return rows;
}

function planGroups(actions: readonly TimelineAction[]): GroupDraft[] {
  const chapters = new Map<Id, GroupDraft>();
  const statements = new Map<Id, GroupDraft>();
  for (const action of actions) {
    let chapter = chapters.get(action.chapterId);
    if (!chapter) {
      chapter = { key: `chapter:${action.chapterId}`, level: 1, code: action.chapterCode, title: action.chapterTitle, actions: [], children: [] };
      chapters.set(action.chapterId, chapter);
    }
    let statement = statements.get(action.statementId);
    if (!statement) {
      statement = { key: `statement:${action.statementId}`, level: 2, code: action.statementCode, title: action.statementText, actions: [], children: [] };
      statements.set(action.statementId, statement);
      chapter.children.push(statement);
    }
    statement.actions.push(action);
  }
  return [...chapters.values()];
}

function agencyGroups(actions: readonly TimelineAction[], agencies: ReadonlyMap<Id, AgencyLabel>): GroupDraft[] {
  const byAgency = new Map<string, GroupDraft>();
  const groupOf = (key: string, label: AgencyLabel) => {
    let group = byAgency.get(key);
    if (!group) {
      group = { key, level: 1, code: label.code, title: label.title, actions: [], children: [] };
      byAgency.set(key, group);
    }
    return group;
  };
  for (const action of actions) {
    const leads = [...new Set(action.leadAgencyIds)];
    if (leads.length === 0) groupOf(NO_AGENCY_KEY, { code: '', title: 'No lead agency from the registry' }).actions.push(action);
    for (const id of leads) groupOf(`agency:${id}`, agencies.get(id) ?? { code: '', title: 'Unknown agency' }).actions.push(action);
  }
  const sortLabel = (g: GroupDraft) => (g.code || g.title).toLocaleLowerCase();
  return [...byAgency.values()].sort((a, b) => {
    if (a.key === NO_AGENCY_KEY || b.key === NO_AGENCY_KEY) return a.key === NO_AGENCY_KEY ? 1 : -1;
    return sortLabel(a).localeCompare(sortLabel(b)) || a.title.localeCompare(b.title);
  });
}

/** Every group key the rows can have, for "collapse all". */
export function groupKeys(actions: readonly TimelineAction[], options: Omit<RowOptions, 'collapsed'>): string[] {
  return timelineRows(actions, { ...options, collapsed: new Set() })
    .filter((r) => r.kind === 'group')
    .map((r) => r.key);
}

/**
 * The rows a scrolled view draws: those in view, and some more above and below, in steps of `chunk` rows
 * so that scrolling within a step changes nothing to draw.
 */
export function rowWindow(input: {
  readonly rowCount: number;
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly chunk: number;
}): { readonly first: number; readonly end: number } {
  const { rowCount, rowHeight, scrollTop, viewportHeight, chunk } = input;
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const bottom = Math.ceil((scrollTop + viewportHeight) / rowHeight);
  const first = Math.max(0, (Math.floor(top / chunk) - 1) * chunk);
  const end = Math.min(rowCount, (Math.ceil(bottom / chunk) + 1) * chunk);
  return { first: Math.min(first, end), end };
}

/** The same for columns: the x-range a horizontally scrolled chart draws, in steps of `chunk` pixels. */
export function xWindow(input: { readonly width: number; readonly scrollLeft: number; readonly viewportWidth: number; readonly chunk: number }): {
  readonly x0: number;
  readonly x1: number;
} {
  const { width, scrollLeft, viewportWidth, chunk } = input;
  const x0 = Math.max(0, (Math.floor(scrollLeft / chunk) - 1) * chunk);
  const x1 = Math.min(width, (Math.ceil((scrollLeft + viewportWidth) / chunk) + 1) * chunk);
  return { x0, x1: Math.max(x0, x1) };
}
