// The date a pack is read as of, and the quarter after it (reports/model/pack-dates.ts).
import { describe, expect, it } from 'vitest';
import type { ReportingPeriod } from '../../../../shared/domain';
import { packDates } from '../../../../electron/core/reports/model/pack-dates';

const PERIODS: ReportingPeriod[] = [
  { id: 'h1', kind: 'half', label: 'H1 FY 2027-28', start: '2027-07', end: '2027-12' },
  { id: 'h2', kind: 'half', label: 'H2 FY 2027-28', start: '2028-01', end: '2028-06' },
  { id: 'q', kind: 'quarter', label: 'Q3 FY 2026-27', start: '2027-01', end: '2027-02' },
];
const NOW = new Date(2026, 10, 27, 15, 0);

describe('packDates', () => {
  it('reads a pack as of the day asked', () => {
    expect(packDates({ asOf: '2026-09-30' }, PERIODS, 7, NOW)).toMatchObject({ period: null, asOf: '2026-09-30', asOfMonth: '2026-09' });
  });

  it('reads it as of the last day of the chosen period, February of a leap year included', () => {
    expect(packDates({ periodId: 'h1' }, PERIODS, 7, NOW)).toMatchObject({ asOf: '2027-12-31', period: PERIODS[0] });
    expect(packDates({ periodId: 'q' }, PERIODS, 7, NOW).asOf).toBe('2027-02-28');
    expect(packDates({ periodId: 'h2', asOf: '2028-02-29' }, PERIODS, 7, NOW).asOf).toBe('2028-02-29');
  });

  it('reads it as of today otherwise', () => {
    expect(packDates({}, PERIODS, 7, NOW)).toMatchObject({ asOf: '2026-11-27', asOfMonth: '2026-11' });
  });

  it('names the quarter after the pack\'s month in the plan\'s fiscal year', () => {
    expect(packDates({ asOf: '2026-11-27' }, PERIODS, 7, NOW).nextQuarter).toMatchObject({ start: '2027-01', end: '2027-03' });
    expect(packDates({ asOf: '2026-11-27' }, PERIODS, 1, NOW).nextQuarter).toMatchObject({ start: '2027-01', end: '2027-03' });
    expect(packDates({ asOf: '2026-12-31' }, PERIODS, 8, NOW).nextQuarter).toMatchObject({ start: '2027-02', end: '2027-04' });
  });

  it('refuses a period the plan does not have', () => {
    expect(() => packDates({ periodId: 'nope' }, PERIODS, 7, NOW)).toThrow('No reporting period with id nope in this plan');
  });
});
