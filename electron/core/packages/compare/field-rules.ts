// The fields compared for each kind of item (plan, chapter, statement, action, indicator) and for the progress
// of a period: the columns each writes, the words the review shows, and an action's agency links.
import { formatMonth } from '../../../../shared/months';
import { FUND_LABELS, STATUS_LABELS } from '../../../../shared/vocab/status';
import type { PlanFileAction, PlanFileChapter, PlanFileIndicator, PlanFilePlan, PlanFileStatement } from '../../planfile/format';
import type { PackProgress } from '../pack-format';

export interface FieldRule<T> {
  readonly field: string;
  readonly label: string;
  columns(item: T): Record<string, unknown>;
  words(item: T): string;
  /** Agency links of an action, compared and written with the text. */
  readonly links?: { readonly role: 'lead' | 'collaborator'; readonly historyField: string; refs(item: T): readonly string[] };
}

function monthWords(month: string | null, precision: 'month' | 'year'): string {
  if (!month) return '';
  return precision === 'year' ? month.slice(0, 4) : formatMonth(month);
}

export const ACTION_RULES: readonly FieldRule<PlanFileAction>[] = [
  { field: 'code', label: 'Code', columns: (a) => ({ code: a.code }), words: (a) => a.code },
  { field: 'title', label: 'Action', columns: (a) => ({ title: a.title }), words: (a) => a.title },
  { field: 'start', label: 'Start', columns: (a) => ({ start_month: a.start, start_precision: a.startPrecision }), words: (a) => monthWords(a.start, a.startPrecision) },
  {
    field: 'end',
    label: 'End',
    columns: (a) => ({ end_month: a.end, end_precision: a.endPrecision, end_open: a.endOpen ? 1 : 0 }),
    words: (a) => (a.endOpen ? 'Continue' : monthWords(a.end, a.endPrecision)),
  },
  {
    // A revised end travels with its reason: one change in the review.
    field: 'revisedEnd',
    label: 'Revised end',
    columns: (a) => ({ revised_end_month: a.revisedEnd, revised_end_reason: a.revisedEndReason }),
    words: (a) => (a.revisedEnd ? [formatMonth(a.revisedEnd), a.revisedEndReason].filter(Boolean).join(' — ') : ''),
  },
  { field: 'timelineText', label: 'Timeline as written', columns: (a) => ({ timeline_text: a.timelineText }), words: (a) => a.timelineText },
  {
    field: 'lead',
    label: 'Lead agency',
    columns: (a) => ({ lead_text: a.lead.text }),
    words: (a) => a.lead.text,
    links: { role: 'lead', historyField: 'lead_agencies', refs: (a) => a.lead.agencies },
  },
  {
    field: 'collaborators',
    label: 'Collaborating agencies',
    columns: (a) => ({ collaborators_text: a.collaborators.text }),
    words: (a) => a.collaborators.text,
    links: { role: 'collaborator', historyField: 'collaborator_agencies', refs: (a) => a.collaborators.agencies },
  },
  { field: 'fundStatus', label: 'Fund', columns: (a) => ({ fund_status: a.fund.status }), words: (a) => (a.fund.status ? FUND_LABELS[a.fund.status] : '') },
  { field: 'fundNote', label: 'Fund note', columns: (a) => ({ fund_note: a.fund.note }), words: (a) => a.fund.note },
  {
    field: 'status',
    label: 'Status',
    columns: (a) => ({ status: a.status, status_text: a.statusText }),
    words: (a) => a.statusText || (a.status ? STATUS_LABELS[a.status] : ''),
  },
  { field: 'remarks', label: 'Remarks', columns: (a) => ({ remarks: a.remarks }), words: (a) => a.remarks },
];

export const INDICATOR_RULES: readonly FieldRule<PlanFileIndicator>[] = [
  { field: 'name', label: 'Indicator', columns: (i) => ({ name: i.name }), words: (i) => i.name },
  { field: 'kind', label: 'Indicator kind', columns: (i) => ({ kind: i.kind }), words: (i) => i.kind },
  { field: 'unit', label: 'Unit', columns: (i) => ({ unit: i.unit }), words: (i) => i.unit },
  { field: 'baseline', label: 'Baseline', columns: (i) => ({ baseline_text: i.baseline.text, baseline_value: i.baseline.value }), words: (i) => i.baseline.text },
  { field: 'target', label: 'Target', columns: (i) => ({ target_text: i.target.text, target_value: i.target.value }), words: (i) => i.target.text },
];

export const CHAPTER_RULES: readonly FieldRule<PlanFileChapter>[] = [
  { field: 'code', label: 'Chapter code', columns: (c) => ({ code: c.code }), words: (c) => c.code },
  { field: 'title', label: 'Chapter title', columns: (c) => ({ title: c.title }), words: (c) => c.title },
];

export const STATEMENT_RULES: readonly FieldRule<PlanFileStatement>[] = [
  { field: 'code', label: 'Statement code', columns: (s) => ({ code: s.code }), words: (s) => s.code },
  { field: 'text', label: 'Policy statement', columns: (s) => ({ text: s.text }), words: (s) => s.text },
];

export const PLAN_RULES: readonly FieldRule<PlanFilePlan>[] = [
  { field: 'title', label: 'Plan title', columns: (p) => ({ title: p.title }), words: (p) => p.title },
  { field: 'description', label: 'Plan description', columns: (p) => ({ description: p.description }), words: (p) => p.description },
];

export type ProgressRow = PackProgress['updates'][number];

export interface ProgressRule {
  readonly field: string;
  label(period: string, indicator: string | null): string;
  columns(row: ProgressRow | null): Record<string, unknown>;
  words(row: ProgressRow | null): string;
}

export const PROGRESS_RULES: readonly ProgressRule[] = [
  {
    field: 'actual',
    label: (period, indicator) => `Actual for ${period}${indicator ? ` (${indicator})` : ''}`,
    columns: (r) => ({ actual_text: r?.actualText ?? '', actual_value: r?.actualValue ?? null }),
    words: (r) => r?.actualText ?? '',
  },
  { field: 'narrative', label: (period) => `Progress in ${period}`, columns: (r) => ({ narrative: r?.narrative ?? '' }), words: (r) => r?.narrative ?? '' },
  { field: 'supportNeeded', label: (period) => `Support needed in ${period}`, columns: (r) => ({ support_needed: r?.supportNeeded ?? '' }), words: (r) => r?.supportNeeded ?? '' },
  {
    field: 'reportedStatus',
    label: (period) => `Status reported for ${period}`,
    columns: (r) => ({ status: r?.status ?? null }),
    words: (r) => (r?.status ? (STATUS_LABELS as Record<string, string>)[r.status] ?? r.status : ''),
  },
];
