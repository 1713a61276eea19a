import { describe, expect, it } from 'vitest';
import { guessIndicatorKind, progressTowardTarget, readIndicatorText, readIndicatorValue } from '../../../shared/indicators';

describe('indicator values as written', () => {
  it.each([
    ['95%', { kind: 'percent', value: 95 }],
    ['0%', { kind: 'percent', value: 0 }],
    ['500', { kind: 'number', value: 500 }],
    ['6,000', { kind: 'number', value: 6000 }],
    ['NO', { kind: 'yes_no', value: 0 }],
    ['YES', { kind: 'yes_no', value: 1 }],
    ['57/125', { kind: 'ratio', value: 57 / 125 }],
    ['December 2018', { kind: 'date', value: 2018 * 12 + 11 }],
    ['All services', { kind: 'text', value: null }],
    ['above 90%', { kind: 'text', value: null }],
    ['40 VMS', { kind: 'text', value: null }],
    ['NA', { kind: null, value: null }],
    ['N/A', { kind: null, value: null }],
    ['', { kind: null, value: null }],
  ])('%j → %j', (text, expected) => {
    expect(readIndicatorText(text)).toEqual(expected);
  });

  it.each([
    ['45%', 'percent', { value: 45 }],
    ['45', 'percent', { value: 45 }],
    ['YES', 'yes_no', { value: 1 }],
    ['1', 'yes_no', { value: 1 }],
    ['maybe', 'yes_no', { error: '"maybe" is not yes or no (write YES, NO, 1 or 0)' }],
    ['many', 'number', { error: '"many" is not a number' }],
    ['3/4', 'ratio', { value: 0.75 }],
    ['N/A', 'number', { value: null }],
    ['All services', 'text', { value: null }],
  ] as const)('%j as %s → %j', (text, kind, expected) => {
    expect(readIndicatorValue(text, kind)).toEqual(expected);
  });
});

describe('guessing an indicator kind from the sample plan', () => {
  it.each([
    ['% of uptime', '95%', '98%', 'percent'],
    ['No. of agencies covered', '500', '765', 'number'],
    ['Executive order issued', '0', '1', 'yes_no'],
    ['Procedure in place', 'NO', 'YES', 'yes_no'],
    ['% of SDGs developed for all public services', '57/125', '100%', 'ratio'],
    ['No. of services automated', '125', 'All services', 'text'],
    ['Timeline by when the framework is developed', '0', 'December 2018', 'date'],
    ['% of advocacy programs carried out', 'NA', '100%', 'percent'],
  ])('%s (%s → %s) is %s', (name, baseline, target, kind) => {
    expect(guessIndicatorKind(name, baseline, target)).toBe(kind);
  });
});

describe('progress toward target', () => {
  it('is the share of the way from baseline to target', () => {
    expect(progressTowardTarget('number', 500, 765, 600)).toBeCloseTo(100 / 265);
    expect(progressTowardTarget('percent', 95, 98, 98)).toBe(1);
    expect(progressTowardTarget('yes_no', 0, 1, 1)).toBe(1);
    expect(progressTowardTarget('number', null, 500, 250)).toBe(0.5);
  });
  it('is null where it cannot be computed', () => {
    expect(progressTowardTarget('text', null, null, null)).toBeNull();
    expect(progressTowardTarget('number', 10, 20, null)).toBeNull();
    expect(progressTowardTarget('date', 1, 2, 2)).toBeNull();
    expect(progressTowardTarget('number', 5, 5, 4)).toBeNull();
  });
});
