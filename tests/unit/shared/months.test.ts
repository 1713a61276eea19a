import { describe, expect, it } from 'vitest';
import { addMonths, firstMonthOf, fiscalYearOf, formatMonth, lastMonthOf, monthsBetween, parseTimelineDate } from '../../../shared/months';

describe('reading timeline cells', () => {
  it.each([
    ['January 2018', { kind: 'month', month: '2018-01' }],
    ['December 2020', { kind: 'month', month: '2020-12' }],
    ['Jun 2019', { kind: 'month', month: '2019-06' }],
    ['Jul 2018', { kind: 'month', month: '2018-07' }],
    ['Sept. 2019', { kind: 'month', month: '2019-09' }],
    ['jan-18', { kind: 'month', month: '2018-01' }],
    ['2018-01', { kind: 'month', month: '2018-01' }],
    ['2018/1', { kind: 'month', month: '2018-01' }],
    ['2018-01-15', { kind: 'month', month: '2018-01' }],
    ['01/2018', { kind: 'month', month: '2018-01' }],
    ['2018 March', { kind: 'month', month: '2018-03' }],
    ['  July   2022 ', { kind: 'month', month: '2022-07' }],
    ['2022', { kind: 'year', year: 2022 }],
    ['Continue', { kind: 'open' }],
    ['continuous', { kind: 'open' }],
    ['', { kind: 'empty' }],
    ['NA', { kind: 'empty' }],
    ['N/A', { kind: 'empty' }],
  ])('%j → %j', (text, expected) => {
    expect(parseTimelineDate(text)).toEqual(expected);
  });

  it.each([
    ['Smarch 2018', /"Smarch" is not a month name/],
    ['2018-13', /month in "2018-13" is not 1 to 12/],
    ['1066', /year 1066 is out of range/],
    ['next year', /is not a month/],
    ['13/2018', /not 1 to 12/],
  ])('%j is refused with the reason', (text, reason) => {
    const result = parseTimelineDate(text);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.reason).toMatch(reason);
  });
});

describe('month arithmetic', () => {
  it('counts, adds and formats months across years', () => {
    expect(monthsBetween('2019-11', '2020-02')).toBe(3);
    expect(monthsBetween('2020-02', '2019-11')).toBe(-3);
    expect(addMonths('2019-11', 3)).toBe('2020-02');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(formatMonth('2018-01')).toBe('Jan 2018');
  });

  it.each([
    ['2019-07', 'FY 2019-20'],
    ['2020-06', 'FY 2019-20'],
    ['2020-07', 'FY 2020-21'],
    ['2099-12', 'FY 2099-00'],
  ])('%s falls in %s (July–June)', (month, label) => {
    expect(fiscalYearOf(month).label).toBe(label);
  });

  it('names calendar fiscal years by their year', () => {
    expect(fiscalYearOf('2020-03', 1).label).toBe('FY 2020');
  });
});

describe('dates as analysts write them', () => {
  it.each([
    ['FY 2026-27', { kind: 'span', first: '2026-07', last: '2027-06', label: 'FY 2026-27' }],
    ['FY2026-27', { kind: 'span', first: '2026-07', last: '2027-06', label: 'FY 2026-27' }],
    ['fy 2026/27', { kind: 'span', first: '2026-07', last: '2027-06', label: 'FY 2026-27' }],
    ['FY 26-27', { kind: 'span', first: '2026-07', last: '2027-06', label: 'FY 2026-27' }],
    ['FY 2099-2100', { kind: 'span', first: '2099-07', last: '2100-06', label: 'FY 2099-00' }],
    ['2026-27', { kind: 'span', first: '2026-07', last: '2027-06', label: 'FY 2026-27' }],
    ['Q2 FY2026-27', { kind: 'span', first: '2026-10', last: '2026-12', label: 'Q2 FY 2026-27' }],
    ['Q1 FY 2026-27', { kind: 'span', first: '2026-07', last: '2026-09', label: 'Q1 FY 2026-27' }],
    ['FY 2026-27 Q4', { kind: 'span', first: '2027-04', last: '2027-06', label: 'Q4 FY 2026-27' }],
    ['H2 FY 2026-27', { kind: 'span', first: '2027-01', last: '2027-06', label: 'H2 FY 2026-27' }],
    ['31/03/2027', { kind: 'month', month: '2027-03' }],
    ['31.03.2027', { kind: 'month', month: '2027-03' }],
    ['05/05/2027', { kind: 'month', month: '2027-05' }],
    ['12/31/2027', { kind: 'month', month: '2027-12' }],
    ['2027-03-31', { kind: 'month', month: '2027-03' }],
    ['31 March 2027', { kind: 'month', month: '2027-03' }],
    ['March 31, 2027', { kind: 'month', month: '2027-03' }],
    ['March, 2027', { kind: 'month', month: '2027-03' }],
    ['2018-12', { kind: 'month', month: '2018-12' }],
    ['1900', { kind: 'year', year: 1900 }],
    ['2200', { kind: 'year', year: 2200 }],
  ])('%j → %j', (text, expected) => {
    expect(parseTimelineDate(text)).toEqual(expected);
  });

  it('reads fiscal years from the plan\'s own first month, and calendar fiscal years by their year', () => {
    expect(parseTimelineDate('FY 2026-27', { fiscalYearStartMonth: 4 })).toEqual({ kind: 'span', first: '2026-04', last: '2027-03', label: 'FY 2026-27' });
    expect(parseTimelineDate('Q1 FY 2026-27', { fiscalYearStartMonth: 4 })).toMatchObject({ first: '2026-04', last: '2026-06' });
    expect(parseTimelineDate('FY 2026', { fiscalYearStartMonth: 1 })).toEqual({ kind: 'span', first: '2026-01', last: '2026-12', label: 'FY 2026' });
    expect(parseTimelineDate('Q2 2026', { fiscalYearStartMonth: 1 })).toEqual({ kind: 'span', first: '2026-04', last: '2026-06', label: 'Q2 FY 2026' });
  });

  it('takes a span\'s first month for a start and its last for an end', () => {
    const fy = parseTimelineDate('FY 2026-27');
    expect([firstMonthOf(fy), lastMonthOf(fy)]).toEqual([{ month: '2026-07', precision: 'month' }, { month: '2027-06', precision: 'month' }]);
    expect([firstMonthOf(parseTimelineDate('2022')), lastMonthOf(parseTimelineDate('2022'))]).toEqual([{ month: '2022-01', precision: 'year' }, { month: '2022-12', precision: 'year' }]);
    expect(lastMonthOf(parseTimelineDate('Continue'))).toBeNull();
  });

  it.each([
    ['03/04/2027', '"03/04/2027" could be 3 April 2027 (day first) or March 4, 2027 (month first); write the month in words, as in "3 Apr 2027"'],
    ['FY 2026', '"FY 2026" could be FY 2025-26 (July 2025–June 2026) or FY 2026-27 (July 2026–June 2027); write which, as in "FY 2026-27"'],
    ['Q2 2026', '"Q2 2026" could be Q2 of 2026 (April–June 2026), Q2 FY 2025-26 (October–December 2025) or Q2 FY 2026-27 (October–December 2026); write which, as in "Q2 FY 2026-27"'],
    ['FY 2026-28', '"FY 2026-28" is not one fiscal year (a fiscal year runs over two years that follow each other, as in FY 2026-27)'],
    ['31/02/2027', '"31/02/2027" is not a date (day, month, year)'],
    ['2027-02-30', '"2027-02-30" is not a real day'],
    ['1899', 'year 1899 is out of range (1900 to 2200)'],
    ['2201', 'year 2201 is out of range (1900 to 2200)'],
    ['Jan 2201', 'the year in "Jan 2201" is out of range (1900 to 2200)'],
    ['1/6/20250', '"1/6/20250" is not a month (write it as "Jan 2018", "2018-01", "2018", "FY 2026-27" or "Continue")'],
  ])('%j is refused with the readings it could have', (text, reason) => {
    expect(parseTimelineDate(text)).toEqual({ kind: 'invalid', reason });
  });
});
