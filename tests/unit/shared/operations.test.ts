// A long operation's count says what it counts, in the person's words ("2,400 of 10,000 actions"), with the plural
// of its total; a phase not counted says no count; and an event from outside the page is checked before it shows.
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../shared/language/english';
import { countWords, isOperationProgress, PROGRESS_UNITS, type OperationProgress } from '../../../shared/operations';

const running: OperationProgress = { operationId: 'op-1', method: 'import:commit', phase: 'Preparing the actions', done: 2400, total: 10_000, unit: 'actions', state: 'running' };

describe('the count of a long operation’s phase', () => {
  it('says what each unit counts, in the plural of its total', () => {
    expect(PROGRESS_UNITS.map((unit) => countWords({ done: 2400, total: 10_000, unit }, ENGLISH))).toEqual([
      '2,400 of 10,000 actions',
      '2,400 of 10,000 rows',
      '2,400 of 10,000 changes',
      '2,400 of 10,000 workbooks',
      '2,400 of 10,000 parts of the pack',
      '2,400 of 10,000 pages',
    ]);
    expect(PROGRESS_UNITS.map((unit) => countWords({ done: 0, total: 1, unit }, ENGLISH))).toEqual([
      '0 of 1 action',
      '0 of 1 row',
      '0 of 1 change',
      '0 of 1 workbook',
      '0 of 1 part of the pack',
      '0 of 1 page',
    ]);
  });

  it('says nothing of a phase not counted', () => {
    expect(countWords({ done: 3, total: null, unit: null }, ENGLISH)).toBe('');
    expect(countWords({ done: 0, total: 0, unit: 'workbooks' }, ENGLISH)).toBe('');
  });

  it('takes an event only with a known unit, given exactly when the phase is counted', () => {
    expect(isOperationProgress(running)).toBe(true);
    expect(isOperationProgress({ ...running, total: null, unit: null })).toBe(true);
    expect(isOperationProgress({ ...running, unit: 'tables' })).toBe(false);
    expect(isOperationProgress({ ...running, unit: null })).toBe(false);
    expect(isOperationProgress({ ...running, total: null })).toBe(false);
    const { unit: _unit, ...withoutUnit } = running;
    expect(isOperationProgress(withoutUnit)).toBe(false);
  });
});
