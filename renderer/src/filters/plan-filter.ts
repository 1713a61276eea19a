// The filters shared by the actions grid and the timeline: quick search over all text, chapter, lead agency,
// status, delivery rating, fund, overdue, and "active in a period". Pure functions over grid rows, so both views agree.
import type { ActionGridRow, DeliveryRating } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import type { FundStatus, ImplementationStatus } from '../../../shared/vocab/status';

export type StatusChoice = ImplementationStatus | 'unknown';
export type FundChoice = FundStatus | 'unknown';

export interface PlanFilter {
  /** Words that must all appear somewhere in the action's text (code, title, indicators, agencies, remarks...). */
  readonly text: string;
  readonly chapterIds: readonly string[];
  /** Lead agencies (registry ids). */
  readonly leadAgencyIds: readonly string[];
  readonly statuses: readonly StatusChoice[];
  /** Delivery ratings as shown (an override where there is one). */
  readonly ratings: readonly DeliveryRating[];
  readonly funds: readonly FundChoice[];
  readonly overdueOnly: boolean;
  /** Actions whose timeline overlaps these months (inclusive). */
  readonly activeIn: { readonly from: Month; readonly to: Month } | null;
}

export const NO_FILTER: PlanFilter = {
  text: '',
  chapterIds: [],
  leadAgencyIds: [],
  statuses: [],
  ratings: [],
  funds: [],
  overdueOnly: false,
  activeIn: null,
};

/** The chapters of the actions (in the order they come: plan order), for the Chapter filter. */
export function chapterChoicesOf(actions: readonly Pick<ActionGridRow, 'chapterId' | 'chapterCode' | 'chapterTitle'>[]): { id: string; code: string; title: string }[] {
  const seen = new Map<string, { id: string; code: string; title: string }>();
  for (const a of actions) if (!seen.has(a.chapterId)) seen.set(a.chapterId, { id: a.chapterId, code: a.chapterCode, title: a.chapterTitle });
  return [...seen.values()];
}

export function isFiltering(filter: PlanFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.chapterIds.length > 0 ||
    filter.leadAgencyIds.length > 0 ||
    filter.statuses.length > 0 ||
    filter.ratings.length > 0 ||
    filter.funds.length > 0 ||
    filter.overdueOnly ||
    filter.activeIn !== null
  );
}

// Each row's searchable text is built once per row object; rows are replaced, not mutated, when they change.
const haystacks = new WeakMap<ActionGridRow, string>();

function haystackOf(row: ActionGridRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [
      row.code,
      row.title,
      row.chapterCode,
      row.chapterTitle,
      row.statementCode,
      row.statementText,
      ...row.indicators.flatMap((i) => [i.name, i.baseline, i.target]),
      row.leadText,
      row.collaboratorsText,
      row.fundNote,
      row.statusText,
      row.remarks,
    ]
      .join('\n')
      .toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/**
 * Builds the rows' search texts while the page is idle, a slice at a time, so that the first quick search over a
 * large plan only compares. Returns a function that stops it (the view closed or fetched other rows).
 */
export function prepareSearch(rows: readonly ActionGridRow[]): () => void {
  let next = 0;
  let handle = 0;
  const work = (deadline: IdleDeadline) => {
    while (next < rows.length && deadline.timeRemaining() > 1) {
      const end = Math.min(rows.length, next + 500);
      for (; next < end; next++) haystackOf(rows[next]!);
    }
    if (next < rows.length) handle = requestIdleCallback(work);
  };
  handle = requestIdleCallback(work);
  return () => cancelIdleCallback(handle);
}

/** The search words of a quick-search text, lower-cased; empty when there is nothing to search for. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

export function isActiveIn(row: Pick<ActionGridRow, 'start' | 'end' | 'endOpen' | 'revisedEnd'>, from: Month, to: Month): boolean {
  if (row.start === null && row.end === null && !row.endOpen) return false;
  const start = row.start ?? row.end!;
  const end = row.endOpen ? null : (row.revisedEnd ?? row.end);
  return start <= to && (end === null || end >= from);
}

/** An action's delivery rating by its id; undefined while the ratings are not in yet. */
export type RatingOf = (actionId: string) => DeliveryRating | undefined;

const NOT_RATED_YET: RatingOf = () => undefined;

/**
 * A matcher for many rows: the filter's parts are prepared once. With ratings chosen, an action whose rating is not
 * known yet does not match: the view filters again once the ratings are in.
 */
export function rowMatcher(filter: PlanFilter, ratingOf: RatingOf = NOT_RATED_YET): (row: ActionGridRow) => boolean {
  const words = searchWords(filter.text);
  const chapters = new Set(filter.chapterIds);
  const agencies = new Set(filter.leadAgencyIds);
  const statuses = new Set(filter.statuses);
  const ratings = new Set<DeliveryRating | undefined>(filter.ratings);
  const funds = new Set(filter.funds);
  return (row) =>
    (chapters.size === 0 || chapters.has(row.chapterId)) &&
    (agencies.size === 0 || row.leadAgencyIds.some((id) => agencies.has(id))) &&
    (statuses.size === 0 || statuses.has(row.status ?? 'unknown')) &&
    (ratings.size === 0 || ratings.has(ratingOf(row.id))) &&
    (funds.size === 0 || funds.has(row.fundStatus ?? 'unknown')) &&
    (!filter.overdueOnly || row.overdue) &&
    (filter.activeIn === null || isActiveIn(row, filter.activeIn.from, filter.activeIn.to)) &&
    (words.length === 0 || words.every((w) => haystackOf(row).includes(w)));
}
