// The compared fields of a package (packages/compare/field-rules.ts): the columns each writes and the words the
// review shows for them.
import { describe, expect, it } from 'vitest';
import { ACTION_RULES, INDICATOR_RULES, PROGRESS_RULES, type FieldRule, type ProgressRow } from '../../../../electron/core/packages/compare/field-rules';
import { blankAction } from '../../../../electron/core/import/build/plan-tree';
import type { PlanFileAction } from '../../../../electron/core/planfile/format';

const rule = <T,>(rules: readonly FieldRule<T>[], field: string) => rules.find((r) => r.field === field)!;
const action = (changes: Partial<PlanFileAction>): PlanFileAction => ({ ...blankAction('5.1.1.1', 'Connect'), ...changes });

describe('action fields', () => {
  it.each([
    ['start', { start: '2018-01', startPrecision: 'year' }, '2018', { start_month: '2018-01', start_precision: 'year' }],
    ['start', { start: '2018-03', startPrecision: 'month' }, 'Mar 2018', { start_month: '2018-03', start_precision: 'month' }],
    ['end', { end: '2020-12', endPrecision: 'month', endOpen: false }, 'Dec 2020', { end_month: '2020-12', end_precision: 'month', end_open: 0 }],
    ['end', { end: null, endOpen: true }, 'Continue', { end_month: null, end_precision: 'month', end_open: 1 }],
    ['revisedEnd', { revisedEnd: '2021-06' }, 'Jun 2021', { revised_end_month: '2021-06', revised_end_reason: '' }],
    // A revised end travels with its reason, one change in the review.
    ['revisedEnd', { revisedEnd: '2021-06', revisedEndReason: 'Vendor delay' }, 'Jun 2021 — Vendor delay', { revised_end_month: '2021-06', revised_end_reason: 'Vendor delay' }],
    ['fundStatus', { fund: { status: 'partially_committed', note: '' } }, 'Partially committed', { fund_status: 'partially_committed' }],
    ['status', { status: 'ongoing', statusText: 'O&M ongoing' }, 'O&M ongoing', { status: 'ongoing', status_text: 'O&M ongoing' }],
    ['status', { status: 'completed', statusText: '' }, 'Completed', { status: 'completed', status_text: '' }],
    ['status', { status: null, statusText: '' }, '', { status: null, status_text: '' }],
  ] as const)('%s of %j reads "%s"', (field, changes, words, columns) => {
    const a = action(changes as Partial<PlanFileAction>);
    expect(rule(ACTION_RULES, field).words(a)).toBe(words);
    expect(rule(ACTION_RULES, field).columns(a)).toEqual(columns);
  });

  it('compares the agency links of the lead and the collaborators with their text', () => {
    const a = action({ lead: { text: 'MoIC', agencies: ['ag-1'] }, collaborators: { text: 'DITT and BICMA', agencies: ['ag-2', 'ag-3'] } });
    expect(rule(ACTION_RULES, 'lead').links).toMatchObject({ role: 'lead', historyField: 'lead_agencies' });
    expect(rule(ACTION_RULES, 'lead').links!.refs(a)).toEqual(['ag-1']);
    expect(rule(ACTION_RULES, 'collaborators').links!.refs(a)).toEqual(['ag-2', 'ag-3']);
    expect(ACTION_RULES.filter((r) => r.links).map((r) => r.field)).toEqual(['lead', 'collaborators']);
  });
});

describe('indicator fields', () => {
  it('writes a baseline and a target with their values', () => {
    const indicator = { name: '% uptime', kind: 'percent' as const, unit: '%', baseline: { text: '95%', value: 95 }, target: { text: '98%', value: 98 } };
    expect(rule(INDICATOR_RULES, 'baseline').columns(indicator)).toEqual({ baseline_text: '95%', baseline_value: 95 });
    expect(rule(INDICATOR_RULES, 'target').words(indicator)).toBe('98%');
  });
});

describe('progress fields', () => {
  const row: ProgressRow = { id: 'p1', actionId: 'a1', indicatorId: 'i1', periodId: 'fy', status: 'on_hold', actualText: '40%', actualValue: 40, narrative: 'Towers built', supportNeeded: '', source: 'edit', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };
  it.each([
    ['actual', 'Actual for FY 2025-26 (% uptime)', '40%', { actual_text: '40%', actual_value: 40 }],
    ['narrative', 'Progress in FY 2025-26', 'Towers built', { narrative: 'Towers built' }],
    ['supportNeeded', 'Support needed in FY 2025-26', '', { support_needed: '' }],
    ['reportedStatus', 'Status reported for FY 2025-26', 'On hold', { status: 'on_hold' }],
  ])('%s', (field, label, words, columns) => {
    const progress = PROGRESS_RULES.find((r) => r.field === field)!;
    expect(progress.label('FY 2025-26', '% uptime')).toBe(label);
    expect(progress.words(row)).toBe(words);
    expect(progress.columns(row)).toEqual(columns);
  });

  it('reads a row the workspace does not hold as empty', () => {
    expect(PROGRESS_RULES.map((r) => [r.columns(null), r.words(null)])).toEqual([
      [{ actual_text: '', actual_value: null }, ''],
      [{ narrative: '' }, ''],
      [{ support_needed: '' }, ''],
      [{ status: null }, ''],
    ]);
  });

  it('shows a status it does not know as written', () => {
    expect(PROGRESS_RULES.find((r) => r.field === 'reportedStatus')!.words({ ...row, status: 'paused' })).toBe('paused');
  });
});
