import { describe, expect, it } from 'vitest';
import { addMonths, fiscalYearOf, formatMonth, monthsBetween, parseTimelineDate } from '../../../shared/months';

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
