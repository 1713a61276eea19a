// The one test of a calendar day (shared/dates.ts), and the ways in that use it: the window's contract (due date,
// the review pack's "as of", the History's days) and the exchange service the CLI calls.
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../shared/dates';
import { contract } from '../../../shared/contract';

describe('a calendar day', () => {
  it.each([
    ['2027-01-31', true],
    ['2028-02-29', true],
    ['1900-01-01', true],
    ['2200-12-31', true],
    ['2027-02-29', false],
    ['2027-02-30', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['1899-12-31', false],
    ['2201-01-01', false],
    ['20270-01-31', false],
    ['31/01/2027', false],
    ['2027-1-31', false],
    ['2027-01-31T10:00:00Z', false],
    [' 2027-01-31', false],
  ])('%s is a day: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['exchange:send', { planId: 'p', periodId: 'q', agencyIds: null, dueDate: '2027-02-30' }, 'dueDate'],
    ['reports:model', { planId: 'p', preset: 'steering_committee', asOf: '2026-02-30' }, 'asOf'],
    ['history:list', { planId: 'p', from: '2026-13-01' }, 'from'],
    ['history:list', { planId: 'p', to: '2026-01-01T10:00:00Z' }, 'to'],
  ] as const)('%s refuses a day that is not one (%s)', (channel, input, field) => {
    const parsed = contract[channel].input.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, 'must be a date written YYYY-MM-DD: a real day, in the years 1900 to 2200']);
  });
});
