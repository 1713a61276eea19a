// Change-history entries in the user's words: "End: Dec 2020 → Jun 2021" rather than "end_month".
// The history stores column names and raw values; this is the one place that reads them for people.
import type { ChangeEntry, ChangeSource, IndicatorKind } from '../../../shared/domain';
import { INDICATOR_KIND_LABELS } from '../../../shared/indicators';
import { formatMonth, isMonth } from '../../../shared/months';
import { FREQUENCY_LABELS } from '../../../shared/periods';
import { RATING_LABELS } from '../../../shared/vocab/ratings';
import { FUND_LABELS, STATUS_LABELS, type FundStatus, type ImplementationStatus } from '../../../shared/vocab/status';

export const SOURCE_LABELS: Readonly<Record<ChangeSource, string>> = {
  edit: 'Edit',
  import: 'Import',
  exchange: 'Agency update',
  package: 'Plan package',
  undo: 'Undo / redo',
  system: 'PlanDesk',
};

export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  plan: 'Plan',
  chapter: 'Chapter',
  statement: 'Statement',
  action: 'Action',
  indicator: 'Indicator',
  progress: 'Actual',
  agency: 'Agency',
  snapshot: 'Snapshot',
  exchange_package: 'Update workbook',
  reporting_period: 'Reporting period',
  plan_package: 'Plan package',
  rating_override: 'Rating override',
  rating_settings: 'Rating rules',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  created: 'Added',
  deleted_at: 'Deleted',
  code: 'Code',
  title: 'Title',
  text: 'Text',
  description: 'Description',
  start_month: 'Start',
  end_month: 'End',
  start_precision: 'Start known to the',
  end_precision: 'End known to the',
  end_open: 'Open-ended',
  revised_end_month: 'Revised end',
  timeline_text: 'Timeline as written',
  lead_text: 'Lead agency',
  collaborators_text: 'Collaborating agencies',
  lead_agencies: 'Lead agencies in the registry',
  collaborator_agencies: 'Collaborating agencies in the registry',
  fund_status: 'Fund',
  fund_note: 'Fund note',
  status: 'Status',
  status_text: 'Status as written',
  remarks: 'Remarks',
  statement_id: 'Moved to another statement',
  chapter_id: 'Moved to another chapter',
  position: 'Moved',
  name: 'Name',
  kind: 'Kind',
  unit: 'Unit',
  baseline_text: 'Baseline',
  target_text: 'Target',
  actual_text: 'Actual',
  narrative: 'Progress narrative',
  support_needed: 'Support needed',
  reporting_frequency: 'Reporting periods',
  fiscal_year_start_month: 'Fiscal year starts',
  acronym: 'Acronym',
  aliases: 'Aliases',
  parent_id: 'Part of',
  confirmed: 'Confirmed',
  merged: 'Merged',
  due_date: 'Due date',
  chased: 'Chased',
  removed: 'Removed (its months were not months)',
  months_unreadable: 'Kept, though its months are not months (progress refers to it)',
  rating: 'Rating',
  reason: 'Reason',
  set_by: 'Set by',
  soon_months: 'Soon (months)',
  slip_amber_months: 'Slip for amber (months)',
  slip_red_months: 'Slip for red (months)',
  behind_amber_points: 'Behind for amber (points)',
  behind_red_points: 'Behind for red (points)',
  rollup_share_percent: 'Roll-up share (%)',
};

/** Numbers kept beside texts ("95%" → 95) and bookkeeping: they repeat another entry of the same change. */
const SHADOW_FIELDS = new Set(['baseline_value', 'target_value', 'actual_value', 'updated_at']);

export function isShownChange(entry: ChangeEntry): boolean {
  return !SHADOW_FIELDS.has(entry.field);
}

export function fieldLabel(entry: ChangeEntry): string {
  // A package merged here: its merge, what it brought, and the undo and redo of the merge.
  if (entry.entity === 'plan_package') {
    if (entry.field === 'created') return 'Merged';
    if (entry.field === 'brought') return entry.newValue === null ? 'Taken back by the undo' : 'Brought from the other laptop';
    if (entry.field === 'deleted_at') return entry.newValue === null ? 'Merged again (redo)' : 'Merge undone';
  }
  if (entry.field === 'deleted_at') return entry.newValue === null ? 'Restored' : 'Deleted';
  if (entry.field === 'merged' && entry.newValue === null) return 'Merge undone';
  if (entry.entity === 'snapshot' && entry.field === 'created') return 'Snapshot taken';
  return FIELD_LABELS[entry.field] ?? entry.field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
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
  if (entry.entity === 'exchange_package' && field === 'status') return value.replace(/^./, (c) => c.toUpperCase());
  if (field === 'status' && value in STATUS_LABELS) return STATUS_LABELS[value as ImplementationStatus];
  if (field === 'fund_status' && value in FUND_LABELS) return FUND_LABELS[value as FundStatus];
  if (entry.entity === 'rating_override' && field === 'rating' && value in RATING_LABELS) return RATING_LABELS[value as keyof typeof RATING_LABELS];
  if (field === 'kind' && value in INDICATOR_KIND_LABELS) return INDICATOR_KIND_LABELS[value as IndicatorKind];
  if (field === 'reporting_frequency' && value in FREQUENCY_LABELS) return FREQUENCY_LABELS[value as keyof typeof FREQUENCY_LABELS];
  if (field === 'end_open' || field === 'confirmed') return value === '1' || value === 'true' ? 'Yes' : 'No';
  if (MONTH_FIELDS.has(field) && isMonth(value)) return formatMonth(value);
  if (field === 'aliases' || field === 'merged' || field === 'lead_agencies' || field === 'collaborator_agencies') return readableJson(value);
  return value;
}

function readableJson(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.length > 0 ? parsed.join(', ') : '(none)';
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
  if (!subject) return (ENTITY_LABELS[entry.entity] ?? entry.entity).toLowerCase();
  const code = /^\d+(?:\.\d+)*(?=\s|$)/.exec(subject);
  if (code && ['action', 'statement', 'chapter'].includes(entry.entity)) return code[0];
  return subject.length > 40 ? `“${subject.slice(0, 38)}…”` : `“${subject}”`;
}

function shortValue(entry: ChangeEntry, value: string | null): string {
  const words = valueWords(entry, value);
  if (words === null) return '(empty)';
  return words.length > 30 ? `${words.slice(0, 28)}…` : words;
}

/** One change in a sentence: "status of 5.1.1.3 Completed → Ongoing", "5.1.1.3 deleted". */
export function changeSentence(entry: ChangeEntry): string {
  const subject = shortSubject(entry);
  if (entry.field === 'deleted_at') return `${subject} ${entry.newValue === null ? 'restored' : 'deleted'}`;
  if (entry.field === 'created') return `${subject} added`;
  if (entry.field === 'position' || ID_FIELDS.has(entry.field)) return `${subject} moved`;
  // Two agencies merged (the undo's entry has no new value): "GTA merged into “GovTech”", "merge of GTA into “GovTech”".
  if (entry.field === 'merged') {
    const merged = valueWords(entry, entry.newValue ?? entry.oldValue) ?? 'an agency';
    return entry.newValue === null ? `merge of ${merged} into ${subject}` : `${merged} merged into ${subject}`;
  }
  return `${fieldLabel(entry).toLowerCase()} of ${subject} ${shortValue(entry, entry.oldValue)} → ${shortValue(entry, entry.newValue)}`;
}

/** The changes worth naming of a batch: what people see in the history, without the fields that come along with another. */
export function namedChanges(entries: readonly ChangeEntry[]): ChangeEntry[] {
  const shown = entries.filter(isShownChange);
  const main = shown.filter((e) => !ACCOMPANYING_FIELDS.has(e.field));
  return main.length > 0 ? main : shown;
}
