// The month scale: positions of months, the plan's span in whole years, the header's cells at each zoom.
import { describe, expect, it } from 'vitest';
import {
  chartWidth,
  detailUnitOf,
  fitPxPerMonth,
  gridLines,
  monthAtX,
  planSpan,
  timeHeader,
  xOfDay,
  xOfMonthEnd,
  xOfMonthStart,
  type MonthScale,
} from '../../../../shared/timeline/scale';

const scale: MonthScale = { first: '2018-01', last: '2021-12', pxPerMonth: 10 };

describe('month positions', () => {
  it.each([
    ['2018-01', 0, 10],
    ['2018-12', 110, 120],
    ['2019-01', 120, 130],
    ['2021-12', 470, 480],
    // Outside the scale: outside the chart, not clamped, so that a bar starting earlier runs off the edge.
    ['2017-12', -10, 0],
  ])('%s starts at %i and ends at %i', (month, start, end) => {
    expect(xOfMonthStart(scale, month)).toBe(start);
    expect(xOfMonthEnd(scale, month)).toBe(end);
  });

  it('is 48 months wide', () => expect(chartWidth(scale)).toBe(480));

  it.each([
    [0, '2018-01'],
    [9.99, '2018-01'],
    [10, '2018-02'],
    [125, '2019-01'],
    [-40, '2018-01'],
    [10_000, '2021-12'],
  ])('x %d is in %s', (x, month) => expect(monthAtX(scale, x)).toBe(month));

  it('puts today inside its month by the day', () => {
    expect(xOfDay(scale, { month: '2018-03', day: 1, daysInMonth: 31 })).toBe(20);
    expect(xOfDay(scale, { month: '2018-03', day: 16, daysInMonth: 30 })).toBe(25);
  });
});

describe('the plan in whole years', () => {
  const today = '2026-11';
  it.each([
    ['nothing dated: this year', [], { first: '2026-01', last: '2026-12' }],
    ['from the earliest start to the latest end, today included', [{ start: '2018-03', end: '2020-08', endOpen: false, revisedEnd: null }], { first: '2018-01', last: '2026-12' }],
    ['a revised end counts', [{ start: '2024-03', end: '2026-08', endOpen: false, revisedEnd: '2029-02' }], { first: '2024-01', last: '2029-12' }],
    ['an open end shows a year past today', [{ start: '2020-01', end: null, endOpen: true, revisedEnd: null }], { first: '2020-01', last: '2027-12' }],
    ['an end far ahead', [{ start: null, end: '2099-12', endOpen: false, revisedEnd: null }], { first: '2026-01', last: '2099-12' }],
  ])('%s', (_what, things, span) => expect(planSpan(things, today)).toEqual(span));
});

describe('the time header', () => {
  it.each([
    [2, null],
    [7, null],
    [8, 'quarters'],
    [24, 'quarters'],
    [34, 'months'],
    [64, 'months'],
  ])('at %d px a month it labels %s', (px, unit) => expect(detailUnitOf(px)).toBe(unit));

  it('labels years and quarters at the years zoom, cut to the window', () => {
    const header = timeHeader({ ...scale, pxPerMonth: 8 }, { fiscalYears: false, window: { first: '2019-04', last: '2020-12' } });
    expect(header.years.map((c) => [c.label, c.x, c.width])).toEqual([
      ['2019', 120 * 0.8 + 24, 72],
      ['2020', 192, 96],
    ]);
    expect(header.detail.map((c) => c.label)).toEqual(['Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(header.detail[0]).toMatchObject({ title: 'Q2 2019', start: '2019-04', end: '2019-06', x: 120, width: 24 });
    expect(header.fiscalYears).toEqual([]);
  });

  it('labels months at the months zoom', () => {
    const header = timeHeader({ ...scale, pxPerMonth: 64 }, { fiscalYears: false, window: { first: '2018-11', last: '2019-02' } });
    expect(header.detail.map((c) => c.title)).toEqual(['Nov 2018', 'Dec 2018', 'Jan 2019', 'Feb 2019']);
    expect(header.detailUnit).toBe('months');
  });

  it('shortens the year where a year is narrow', () => {
    expect(timeHeader({ ...scale, pxPerMonth: 2 }, { fiscalYears: false }).years.map((c) => c.label)).toEqual(['’18', '’19', '’20', '’21']);
  });

  it('adds fiscal years July to June when the bands are on', () => {
    const header = timeHeader(scale, { fiscalYears: true });
    expect(header.fiscalYears.map((c) => [c.label, c.start, c.end])).toEqual([
      ['17-18', '2017-07', '2018-06'],
      ['FY 2018-19', '2018-07', '2019-06'],
      ['FY 2019-20', '2019-07', '2020-06'],
      ['FY 2020-21', '2020-07', '2021-06'],
      ['21-22', '2021-07', '2022-06'],
    ]);
    // The first and last are cut to the chart, six months each, and labelled short to fit.
    expect(header.fiscalYears[0]?.title).toBe('FY 2017-18 (2017-07 to 2018-06)');
    expect(header.fiscalYears[0]).toMatchObject({ x: 0, width: 60 });
    expect(header.fiscalYears[4]).toMatchObject({ x: 420, width: 60 });
  });

  it('draws a strong line at each year and a faint one at each quarter', () => {
    const lines = gridLines({ ...scale, pxPerMonth: 10 }, { first: '2019-01', last: '2019-12' });
    expect(lines.years).toEqual([120, 240]);
    expect(lines.minor).toEqual([150, 180, 210]);
  });
});

describe('fit the plan', () => {
  it.each([
    [120, 960, 8],
    [12, 960, 80],
    [12, 10_000, 120],
    [600, 960, 2],
  ])('%d months in %d px: %d px a month', (months, width, px) => expect(fitPxPerMonth(months, width)).toBe(px));
});

describe('the header on screen', () => {
  it('keeps cells whole when asked, so that labels do not move while scrolling', () => {
    const header = timeHeader({ first: '2018-01', last: '2021-12', pxPerMonth: 10 }, { fiscalYears: true, window: { first: '2019-04', last: '2019-05' }, cutToWindow: false });
    expect(header.years.map((c) => [c.label, c.x, c.width])).toEqual([['2019', 120, 120]]);
    expect(header.fiscalYears.map((c) => [c.label, c.x, c.width])).toEqual([['FY 2018-19', 60, 120]]);
  });
});
