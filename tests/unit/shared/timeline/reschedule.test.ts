// Rescheduling by drag: new dates for a drag of the bar or either end, and the edits that save them.
import { describe, expect, it } from 'vitest';
import type { ActionDates } from '../../../../shared/timeline/layout';
import { describeDrag, handlesOf, monthsDragged, reschedule, type DragHandle } from '../../../../shared/timeline/reschedule';

const dates = (d: Partial<ActionDates>): ActionDates => ({ start: '2019-01', startPrecision: 'month', end: '2020-12', endPrecision: 'month', endOpen: false, revisedEnd: null, ...d });

describe('a drag in pixels', () => {
  it.each([
    [0, 24, 0],
    [11, 24, 0],
    [13, 24, 1],
    [-37, 24, -2],
    [100, 8, 13],
  ])('%d px at %d px a month is %d months', (dx, px, months) => expect(monthsDragged(dx, px)).toBe(months === 0 ? 0 : months));
});

describe('new dates', () => {
  it.each<[string, Partial<ActionDates>, DragHandle, number, Partial<ActionDates>, { field: string; value: string }[]]>([
    ['move: both ends', {}, 'move', 3, { start: '2019-04', end: '2021-03' }, [{ field: 'start', value: '2019-04' }, { field: 'end', value: '2021-03' }]],
    ['move back', {}, 'move', -14, { start: '2017-11', end: '2019-10' }, [{ field: 'start', value: '2017-11' }, { field: 'end', value: '2019-10' }]],
    ['the end later', {}, 'end', 6, { start: '2019-01', end: '2021-06' }, [{ field: 'end', value: '2021-06' }]],
    ['the start later', {}, 'start', 5, { start: '2019-06', end: '2020-12' }, [{ field: 'start', value: '2019-06' }]],
    ['the end before the start stops at the start', {}, 'end', -40, { end: '2019-01' }, [{ field: 'end', value: '2019-01' }]],
    ['the start past the end stops at the end', {}, 'start', 40, { start: '2020-12' }, [{ field: 'start', value: '2020-12' }]],
    ['open-ended: a move moves the start only', { end: null, endOpen: true }, 'move', 2, { start: '2019-03', end: null, endOpen: true }, [{ field: 'start', value: '2019-03' }]],
    ['open-ended: no end to drag', { end: null, endOpen: true }, 'end', 2, { end: null, endOpen: true }, []],
    [
      'year-only: by whole years, kept year-only',
      { start: '2020-01', startPrecision: 'year', end: '2021-12', endPrecision: 'year' },
      'move',
      14,
      { start: '2021-01', end: '2022-12' },
      [{ field: 'start', value: '2021' }, { field: 'end', value: '2022' }],
    ],
    ['year-only end: less than half a year is no change', { end: '2021-12', endPrecision: 'year' }, 'end', 5, { end: '2021-12' }, []],
    ['year-only end back before the start year stops at it', { start: '2019-05', end: '2021-12', endPrecision: 'year' }, 'end', -48, { end: '2019-12' }, [{ field: 'end', value: '2019' }]],
    ['a start-only stub gets an end', { end: null }, 'end', 4, { start: '2019-01', end: '2019-05' }, [{ field: 'end', value: '2019-05' }]],
    ['an end-only stub gets a start', { start: null }, 'start', -6, { start: '2020-06', end: '2020-12' }, [{ field: 'start', value: '2020-06' }]],
    ['nothing moved', {}, 'move', 0, {}, []],
  ])('%s', (_what, given, handle, months, expected, edits) => {
    const result = reschedule(dates(given), handle, months);
    expect(result.dates).toMatchObject(expected);
    expect(result.edits).toEqual(edits);
  });

  it.each([
    [{}, ['move', 'start', 'end']],
    [{ end: null, endOpen: true }, ['move', 'start']],
    [{ start: null, end: null }, []],
    [{ start: null, end: null, endOpen: true }, []],
  ])('handles of %o', (given, handles) => expect(handlesOf(dates(given))).toEqual(handles));
});

describe('what a drag does, in words', () => {
  it.each<[DragHandle, number, string]>([
    ['move', 3, 'moved 3 months later'],
    ['end', -1, 'end 1 month earlier'],
    ['start', 12, 'start 1 year later'],
    ['move', -24, 'moved 2 years earlier'],
    ['end', 0, 'unchanged'],
  ])('%s by %d: %s', (handle, months, words) => {
    const before = dates({});
    expect(describeDrag(before, reschedule(before, handle, months).dates, handle)).toBe(words);
  });
});
