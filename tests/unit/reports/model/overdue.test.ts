// The at-risk rules of a review pack (reports/model/overdue.ts): due by the end of next quarter and not moving,
// or slipped since the last meeting.
import { describe, expect, it } from 'vitest';
import type { ReportActionBrief, ReportModel } from '../../../../shared/domain';
import { atRiskSection, overdueSection } from '../../../../electron/core/reports/model/overdue';

const NEXT = { label: 'Q3 FY 2026-27', start: '2027-01', end: '2027-03' };

function brief(changes: Partial<ReportActionBrief>): ReportActionBrief {
  return {
    id: 'a1',
    code: '5.1.1.1',
    title: 'Connect',
    chapterCode: '5.1',
    leadText: 'MoIC',
    status: 'ongoing',
    statusText: '',
    start: '2026-01',
    startPrecision: 'month',
    end: '2027-02',
    endPrecision: 'month',
    endOpen: false,
    revisedEnd: null,
    overdue: false,
    monthsOverdue: 0,
    fundStatus: null,
    fundNote: '',
    ...changes,
  };
}

function slipped(months: number | null): ReportModel['changes'] {
  return { slipped: [{ actionId: 'a1', slipMonths: months }] } as unknown as ReportModel['changes'];
}

describe('atRiskSection', () => {
  it.each([
    ['not started, due next quarter', { status: 'not_started' }, null, 'Due Feb 2027, not started'],
    ['on hold, due next quarter', { status: 'on_hold' }, null, 'Due Feb 2027, on hold'],
    ['no status, due next quarter', { status: null }, null, 'Due Feb 2027, no status recorded'],
    ['due by its revised end', { status: 'not_started', end: '2028-01', revisedEnd: '2027-03' }, null, 'Due Mar 2027, not started'],
    ['due already this quarter, not started', { status: 'not_started', end: '2026-12' }, null, 'Due Dec 2026, not started'],
    ['slipped one month', {}, slipped(1), 'End slipped 1 month since the snapshot'],
    ['not started and slipped', { status: 'not_started' }, slipped(4), 'Due Feb 2027, not started; End slipped 4 months since the snapshot'],
  ] as const)('%s', (_case, changes, since, reason) => {
    expect(atRiskSection([brief(changes as Partial<ReportActionBrief>)], since, NEXT)).toEqual([expect.objectContaining({ id: 'a1', reason })]);
  });

  it.each([
    ['ongoing and due next quarter', {}, null],
    ['due after next quarter', { status: 'not_started', end: '2027-04' }, null],
    ['open-ended', { status: 'not_started', endOpen: true, end: null }, null],
    ['overdue (listed as overdue instead)', { status: 'not_started', overdue: true }, slipped(2)],
    ['completed', { status: 'completed' }, slipped(2)],
    ['dropped', { status: 'dropped' }, slipped(2)],
    ['brought forward', {}, slipped(-2)],
    ['slip unknown', {}, slipped(null)],
  ] as const)('not at risk: %s', (_case, changes, since) => {
    expect(atRiskSection([brief(changes as Partial<ReportActionBrief>)], since, NEXT)).toEqual([]);
  });
});

describe('overdueSection', () => {
  it('lists the overdue actions in plan order', () => {
    const briefs = [brief({ id: 'a', overdue: true }), brief({ id: 'b' }), brief({ id: 'c', overdue: true })];
    expect(overdueSection(briefs).map((b) => b.id)).toEqual(['a', 'c']);
  });
});
