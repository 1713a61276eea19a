// The timeline's rows: bars for every kind of timeline, grouping by plan or by lead agency, collapsing,
// undated actions listed apart, and the slice a scrolled view draws.
import { describe, expect, it } from 'vitest';
import { barExtent, barOf, groupKeys, rowWindow, timelineRows, xWindow, type ActionDates, type TimelineRow } from '../../../../shared/timeline/layout';
import { action } from './fixtures';

const dates = (d: Partial<ActionDates>): ActionDates => ({
  start: null,
  startPrecision: 'month',
  end: null,
  endPrecision: 'month',
  endOpen: false,
  revisedEnd: null,
  ...d,
});

describe('bars', () => {
  it.each([
    ['start and end to the month', { start: '2019-03', end: '2020-06' }, { start: '2019-03', end: '2020-06', startEdge: 'month', endEdge: 'month', revisedEnd: null }],
    [
      'year-only dates across their years',
      { start: '2020-01', startPrecision: 'year', end: '2021-12', endPrecision: 'year' },
      { start: '2020-01', end: '2021-12', startEdge: 'year', endEdge: 'year', revisedEnd: null },
    ],
    ['open-ended ("Continue")', { start: '2020-01', endOpen: true }, { start: '2020-01', end: null, startEdge: 'month', endEdge: 'open', revisedEnd: null }],
    ['start only: a one-month stub whose end fades', { start: '2020-05' }, { start: '2020-05', end: '2020-05', startEdge: 'month', endEdge: 'missing', revisedEnd: null }],
    ['year-only start only: its year', { start: '2020-01', startPrecision: 'year' }, { start: '2020-01', end: '2020-12', startEdge: 'year', endEdge: 'missing', revisedEnd: null }],
    ['end only: a stub whose start fades', { end: '2021-06' }, { start: '2021-06', end: '2021-06', startEdge: 'missing', endEdge: 'month', revisedEnd: null }],
    ['a revised end', { start: '2019-01', end: '2020-06', revisedEnd: '2021-06' }, { start: '2019-01', end: '2020-06', startEdge: 'month', endEdge: 'month', revisedEnd: '2021-06' }],
    ['a revised end equal to the end is no revision', { start: '2019-01', end: '2020-06', revisedEnd: '2020-06' }, { start: '2019-01', end: '2020-06', startEdge: 'month', endEdge: 'month', revisedEnd: null }],
    ['an end before the start still draws', { start: '2021-01', end: '2020-06' }, { start: '2020-06', end: '2021-01', startEdge: 'month', endEdge: 'month', revisedEnd: null }],
  ] as const)('%s', (_what, given, bar) => expect(barOf(dates(given))).toEqual(bar));

  it.each([
    ['no dates', {}],
    ['only "Continue"', { endOpen: true }],
  ] as const)('none for %s', (_what, given) => expect(barOf(dates(given))).toBeNull());

  it('runs an open end to the edge of the view', () => {
    const scale = { first: '2018-01', last: '2022-12', pxPerMonth: 10 };
    expect(barExtent(barOf(dates({ start: '2020-01', endOpen: true }))!, scale, 600)).toEqual({ x0: 240, x1: 600, revisedX: null });
    expect(barExtent(barOf(dates({ start: '2019-01', end: '2019-06', revisedEnd: '2019-12' }))!, scale, 600)).toEqual({ x0: 120, x1: 180, revisedX: 240 });
  });
});

const plan = [
  action({ code: '5.2.1.1', leadAgencyIds: ['ditt'] }),
  action({ code: '5.1.1.2', start: '2018-01', startPrecision: 'year', end: '2018-12', endPrecision: 'year', overdue: true }),
  action({ code: '5.1.1.1', endOpen: true, end: null }),
  action({ code: '5.1.2.1', start: null, end: null, leadAgencyIds: [] }),
  action({ code: '5.2.1.2', leadAgencyIds: ['moic', 'ditt'], end: '2023-06' }),
  action({ code: '5.2.2.1', start: null, end: null, endOpen: true }),
];
const agencies = new Map([
  ['moic', { code: 'MoIC', title: 'Ministry of Information and Communications' }],
  ['ditt', { code: 'DITT', title: 'Department of Information Technology and Telecom' }],
]);
const outline = (rows: readonly TimelineRow[]) =>
  rows.map((r) => (r.kind === 'group' ? `${'#'.repeat(r.level)} ${r.code || r.title} (${r.count})${r.collapsed ? ' +' : ''}` : `${' '.repeat(r.level)}${r.action.code}${r.bar ? '' : ' (no dates)'}`));

describe('rows grouped by chapter and statement', () => {
  it('follows the plan order and lists the actions without dates apart', () => {
    expect(outline(timelineRows(plan, { grouping: 'plan', collapsed: new Set() }))).toEqual([
      '# 5.1 (2)',
      '## 5.1.1 (2)',
      '   5.1.1.1',
      '   5.1.1.2',
      '# 5.2 (2)',
      '## 5.2.1 (2)',
      '   5.2.1.1',
      '   5.2.1.2',
      '# Actions without dates (2)',
      '  5.1.2.1 (no dates)',
      '  5.2.2.1 (no dates)',
    ]);
  });

  it('sums each group: its span (open when an action is) and its overdue actions', () => {
    const rows = timelineRows(plan, { grouping: 'plan', collapsed: new Set() });
    const group = (code: string) => rows.find((r) => r.kind === 'group' && r.code === code);
    expect(group('5.1')).toMatchObject({ span: { start: '2018-01', end: null }, overdue: 1 });
    expect(group('5.2')).toMatchObject({ span: { start: '2019-01', end: '2023-06' }, overdue: 0 });
  });

  it('leaves out what a collapsed group holds, and keeps its count', () => {
    const rows = timelineRows(plan, { grouping: 'plan', collapsed: new Set(['chapter:c1', 'statement:s2.1']) });
    expect(outline(rows)).toEqual(['# 5.1 (2) +', '# 5.2 (2)', '## 5.2.1 (2) +', '# Actions without dates (2)', '  5.1.2.1 (no dates)', '  5.2.2.1 (no dates)']);
  });

  it('lists every group key for "collapse all"', () => {
    expect(groupKeys(plan, { grouping: 'plan' })).toEqual(['chapter:c1', 'statement:s1.1', 'chapter:c2', 'statement:s2.1', 'undated']);
  });
});

describe('rows grouped by lead agency', () => {
  it('shows an action under each of its lead agencies, agencies by name, unlinked ones last', () => {
    const rows = timelineRows(plan, { grouping: 'agency', collapsed: new Set(), agencies });
    expect(outline(rows)).toEqual([
      '# DITT (2)',
      '  5.2.1.1',
      '  5.2.1.2',
      '# MoIC (3)',
      '  5.1.1.1',
      '  5.1.1.2',
      '  5.2.1.2',
      '# Actions without dates (2)',
      '  5.1.2.1 (no dates)',
      '  5.2.2.1 (no dates)',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('puts actions with no registry lead under their own heading', () => {
    const rows = timelineRows([action({ code: '5.1.1.1', leadAgencyIds: [], leadText: 'Respective Agencies' }), action({ code: '5.1.1.2' })], {
      grouping: 'agency',
      collapsed: new Set(),
      agencies,
    });
    expect(outline(rows)).toEqual(['# MoIC (1)', '  5.1.1.2', '# No lead agency from the registry (1)', '  5.1.1.1']);
  });
});

describe('the slice of rows and columns a scrolled view draws', () => {
  it.each([
    [{ scrollTop: 0, viewportHeight: 560 }, { first: 0, end: 40 }],
    // Within one step of 20 rows nothing changes.
    [{ scrollTop: 280, viewportHeight: 560 }, { first: 0, end: 60 }],
    [{ scrollTop: 290, viewportHeight: 560 }, { first: 0, end: 60 }],
    [{ scrollTop: 28 * 5000, viewportHeight: 560 }, { first: 4980, end: 5040 }],
    [{ scrollTop: 28 * 9990, viewportHeight: 560 }, { first: 9960, end: 10_000 }],
  ])('%o draws rows %o', (view, slice) => expect(rowWindow({ rowCount: 10_000, rowHeight: 28, chunk: 20, ...view })).toEqual(slice));

  it('draws no rows of an empty plan', () => expect(rowWindow({ rowCount: 0, rowHeight: 28, chunk: 20, scrollTop: 0, viewportHeight: 500 })).toEqual({ first: 0, end: 0 }));

  it.each([
    [0, { x0: 0, x1: 1536 }],
    [600, { x0: 0, x1: 2048 }],
    [5000, { x0: 4096, x1: 6000 }],
  ])('scrolled %d px across: x %o', (scrollLeft, slice) => expect(xWindow({ width: 6000, scrollLeft, viewportWidth: 900, chunk: 512 })).toEqual(slice));
});
