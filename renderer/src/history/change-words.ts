// Change-history entries in the user's words: "End: Dec 2020 → Jun 2021" rather than "end_month".
// The history stores column names and raw values; this is the one place that reads them for people. Beside them,
// the History view's other counted words: what a restore brings back, and how far an end date moved since a snapshot.
import type { ChangeEntry, ChangeSource, DeletedItem, ExchangePackageStatus, ReportingFrequency, SnapshotComparison } from '../../../shared/domain';
import { INDICATOR_KINDS } from '../../../shared/indicators';
import { formatMonth, isMonth } from '../../../shared/months';
import { DELIVERY_RATINGS } from '../../../shared/vocab/ratings';
import { FUND_STATUSES, IMPLEMENTATION_STATUSES } from '../../../shared/vocab/status';
import type { MessageKey } from '../../../shared/language/english';
import { formatNumber, text } from '../language/language';

/** Where changes come from, in the order the change log's Source filter lists them. */
export const CHANGE_SOURCES: readonly ChangeSource[] = ['edit', 'import', 'exchange', 'package', 'undo', 'system'];

export function sourceLabel(source: ChangeSource): string {
  return text()[`history.source.${source}`] ?? source;
}

type EntityKey = Extract<MessageKey, `history.entity.${string}`>;
type FieldKey = Extract<MessageKey, `history.field.${string}`>;

/** What kind of thing a change is about ("Action", "Rating override"); a kind the catalogue does not know, as stored. */
export function entityLabel(entity: string): string {
  const words = text();
  const key = `history.entity.${entity}`;
  return key in words ? words[key as EntityKey] : entity;
}

/** Numbers kept beside texts ("95%" → 95) and bookkeeping: they repeat another entry of the same change. */
const SHADOW_FIELDS = new Set(['baseline_value', 'target_value', 'actual_value', 'updated_at']);

export function isShownChange(entry: ChangeEntry): boolean {
  return !SHADOW_FIELDS.has(entry.field);
}

export function fieldLabel(entry: ChangeEntry): string {
  const words = text();
  // A package merged here: its merge, what it brought, and the undo and redo of the merge.
  if (entry.entity === 'plan_package') {
    if (entry.field === 'created') return words['history.field.merged'];
    if (entry.field === 'brought') return entry.newValue === null ? words['history.takenBack'] : words['history.brought'];
    if (entry.field === 'deleted_at') return entry.newValue === null ? words['history.mergedAgain'] : words['history.mergeUndone'];
  }
  if (entry.field === 'deleted_at') return entry.newValue === null ? words['history.restored'] : words['history.field.deleted_at'];
  if (entry.field === 'merged' && entry.newValue === null) return words['history.mergeUndone'];
  if (entry.entity === 'snapshot' && entry.field === 'created') return words['history.snapshotTaken'];
  // A field the catalogue does not name (one added later) reads as its column: "due_date" → "Due date".
  const key = `history.field.${entry.field}`;
  return key in words ? words[key as FieldKey] : entry.field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const PACKAGE_STATUSES: readonly ExchangePackageStatus[] = ['sent', 'returned', 'merged'];
const AGENCY_KINDS = ['agency', 'group'] as const;
const REPORTING_FREQUENCIES: readonly ReportingFrequency[] = ['fiscal_year', 'half', 'quarter'];

/** Whether a stored value is one of a vocabulary's, so that its name can be looked up. */
function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

const MONTH_FIELDS = new Set(['start_month', 'end_month', 'revised_end_month']);
const ID_FIELDS = new Set(['statement_id', 'chapter_id', 'parent_id']);

/** One side of a change as people read it, or null when there is nothing to show. */
export function valueWords(entry: ChangeEntry, value: string | null): string | null {
  if (value === null || value === '') return null;
  const field = entry.field;
  if (field === 'deleted_at' || field === 'position' || ID_FIELDS.has(field)) return null;
  // "Added" names what was added in the What column already; a snapshot is named by its value.
  if (field === 'created') return entry.entity === 'snapshot' ? value : null;
  const words = text();
  if (entry.entity === 'exchange_package' && field === 'status') return isOneOf(PACKAGE_STATUSES, value) ? words[`history.packageStatus.${value}`] : value.replace(/^./, (c) => c.toUpperCase());
  if (field === 'status' && isOneOf(IMPLEMENTATION_STATUSES, value)) return words[`status.${value}`];
  if (field === 'fund_status' && isOneOf(FUND_STATUSES, value)) return words[`fund.${value}`];
  if (entry.entity === 'rating_override' && field === 'rating' && isOneOf(DELIVERY_RATINGS, value)) return words[`rating.${value}`];
  if (field === 'kind' && entry.entity === 'indicator' && isOneOf(INDICATOR_KINDS, value)) return words[`indicators.kind.${value}`];
  if (field === 'kind' && entry.entity === 'agency' && isOneOf(AGENCY_KINDS, value)) return words[`agencies.kind.${value}`];
  if (field === 'reporting_frequency' && isOneOf(REPORTING_FREQUENCIES, value)) return words[`indicators.frequency.${value}`];
  if (field === 'end_open' || field === 'confirmed') return value === '1' || value === 'true' ? words['history.yes'] : words['history.no'];
  if (MONTH_FIELDS.has(field) && isMonth(value)) return formatMonth(value);
  if (field === 'aliases' || field === 'merged' || field === 'lead_agencies' || field === 'collaborator_agencies') return readableJson(value);
  return value;
}

function readableJson(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.length > 0 ? parsed.join(', ') : text()['history.none'];
    if (parsed && typeof parsed === 'object' && 'name' in parsed) return String((parsed as { name: unknown }).name);
  } catch {
    // Not JSON: shown as stored.
  }
  return value;
}

/** The file a change came from, without its folders. */
export function fileNameOf(path: string | null): string | null {
  if (!path) return null;
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Fields written beside another one by the same edit (the status as written beside the status): not news of their own. */
const ACCOMPANYING_FIELDS = new Set(['status_text', 'end_open', 'start_precision', 'end_precision', 'timeline_text', 'lead_agencies', 'collaborator_agencies', 'updated_at']);

/** What a change is about, short: an action, statement or chapter by its code ("5.1.1.3"), else its name. */
function shortSubject(entry: ChangeEntry): string {
  const subject = entry.subject?.trim();
  if (!subject) return entityLabel(entry.entity).toLowerCase();
  const code = /^\d+(?:\.\d+)*(?=\s|$)/.exec(subject);
  if (code && ['action', 'statement', 'chapter'].includes(entry.entity)) return code[0];
  return text()['history.sentence.quoted'](subject.length > 40 ? `${subject.slice(0, 38)}…` : subject);
}

function shortValue(entry: ChangeEntry, value: string | null): string {
  const words = valueWords(entry, value);
  if (words === null) return text()['history.sentence.empty'];
  return words.length > 30 ? `${words.slice(0, 28)}…` : words;
}

/** One change in a sentence: "status of 5.1.1.3 Completed → Ongoing", "5.1.1.3 deleted". */
export function changeSentence(entry: ChangeEntry): string {
  const words = text();
  const subject = shortSubject(entry);
  if (entry.field === 'deleted_at') return entry.newValue === null ? words['history.sentence.restored'](subject) : words['history.sentence.deleted'](subject);
  if (entry.field === 'created') return words['history.sentence.added'](subject);
  if (entry.field === 'position' || ID_FIELDS.has(entry.field)) return words['history.sentence.moved'](subject);
  // Two agencies merged (the undo's entry has no new value): "GTA merged into “GovTech”", "merge of GTA into “GovTech”".
  if (entry.field === 'merged') {
    const merged = valueWords(entry, entry.newValue ?? entry.oldValue) ?? words['history.sentence.anAgency'];
    return entry.newValue === null ? words['history.sentence.mergeUndone'](merged, subject) : words['history.sentence.merged'](merged, subject);
  }
  return words['history.sentence.changed'](fieldLabel(entry), subject, shortValue(entry, entry.oldValue), shortValue(entry, entry.newValue));
}

/** The changes worth naming of a batch: what people see in the history, without the fields that come along with another. */
export function namedChanges(entries: readonly ChangeEntry[]): ChangeEntry[] {
  const shown = entries.filter(isShownChange);
  const main = shown.filter((e) => !ACCOMPANYING_FIELDS.has(e.field));
  return main.length > 0 ? main : shown;
}

/** What comes back with a piece, in words: "2 statements, 5 actions and 5 indicators". */
export function comesWithWords(item: DeletedItem): string {
  const words = text();
  const counted = (kind: 'statements' | 'actions' | 'indicators') => {
    const count = item.comesWith[kind];
    return count === 0 ? null : words[`history.comesWith.${kind}`](formatNumber(count), count);
  };
  const [first, second, third] = [counted('statements'), counted('actions'), counted('indicators')].filter((part): part is string => part !== null);
  if (first === undefined) return '—';
  if (second === undefined) return first;
  return third === undefined ? words['history.comesWith.two'](first, second) : words['history.comesWith.three'](first, second, third);
}

/** "3 months later", "2 months earlier", "now open-ended". */
export function slipWords(item: SnapshotComparison['slipped'][number]): string {
  const words = text();
  if (item.endOpenAfter) return words['history.slip.open'];
  if (item.slipMonths === null) return item.endAfter ? words['history.slip.endSet'] : words['history.slip.endRemoved'];
  if (item.slipMonths === 0) return words['history.slip.same'];
  const n = Math.abs(item.slipMonths);
  return words[item.slipMonths > 0 ? 'history.slip.later' : 'history.slip.earlier'](formatNumber(n), n);
}
