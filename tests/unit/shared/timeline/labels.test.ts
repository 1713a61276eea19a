// How the timeline words dates and slips.
import { describe, expect, it } from 'vitest';
import type { ActionDates } from '../../../../shared/timeline/layout';
import { endLabel, shortTimelineText, slipLabel, slipWords, timelineText } from '../../../../shared/timeline/labels';

const dates = (d: Partial<ActionDates>): ActionDates => ({ start: null, startPrecision: 'month', end: null, endPrecision: 'month', endOpen: false, revisedEnd: null, ...d });

describe('dates in words', () => {
  it.each([
    [{ start: '2018-01', end: '2020-12' }, 'Jan 2018 – Dec 2020', 'Dec 2020'],
    [{ start: '2020-01', startPrecision: 'year', end: '2021-12', endPrecision: 'year' }, '2020 – 2021', '2021'],
    [{ start: '2020-01', endOpen: true }, 'Jan 2020 – Continue', 'Continue'],
    [{ start: '2020-05' }, 'from May 2020 (no end)', 'no end'],
    [{ end: '2020-05' }, 'until May 2020 (no start)', 'May 2020'],
    [{ endOpen: true }, 'Continue (no start)', 'Continue'],
    [{}, 'No dates', 'no end'],
    [{ start: '2019-01', end: '2020-06', revisedEnd: '2021-06' }, 'Jan 2019 – Jun 2020', 'Jun 2021 (revised)'],
  ] as const)('%o: "%s", label "%s"', (given, text, label) => {
    expect(timelineText(dates(given))).toBe(text);
    expect(endLabel(dates(given))).toBe(label);
  });

  it.each([
    [{ start: '2018-01', end: '2020-12' }, 'Jan 2018–Dec 2020'],
    [{ start: '2020-01', startPrecision: 'year', end: '2021-12', endPrecision: 'year' }, '2020–2021'],
    [{ start: '2020-01', endOpen: true }, 'Jan 2020–Continue'],
    [{ start: '2020-05' }, 'from May 2020'],
    [{ start: '2019-01', end: '2020-06', revisedEnd: '2023-01' }, 'Jan 2019–Jun 2020 (rev. Jan 2023)'],
    [{}, ''],
  ] as const)('printed short: %o is "%s"', (given, text) => expect(shortTimelineText(dates(given))).toBe(text));

  it.each([
    [18, '+18 mo', '18 months later'],
    [-1, '−1 mo', '1 month earlier'],
    [0, '', 'unchanged'],
    [null, '', 'not comparable (no end then or now)'],
  ])('a slip of %s months', (months, label, words) => {
    expect(slipLabel(months)).toBe(label);
    expect(slipWords(months)).toBe(words);
  });
});
