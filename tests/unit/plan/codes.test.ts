// Action codes within a statement: the code a new action gets, and renumbering after a move (electron/core/plan/codes.ts).
import { describe, expect, it } from 'vitest';
import { nextActionCode, renumberedCodes } from '../../../electron/core/plan/codes';

describe('the code of a new action', () => {
  it.each([
    ['the next after the highest', '5.1.1', ['5.1.1.1', '5.1.1.2'], '5.1.1.3'],
    ['numbers, not text: 10 is after 9', '5.1.1', ['5.1.1.9', '5.1.1.10', '5.1.1.3'], '5.1.1.11'],
    ['after a gap, still the next after the highest', '5.1.1', ['5.1.1.1', '5.1.1.4'], '5.1.1.5'],
    ['the first of an empty statement', '5.2.3', [], '5.2.3.1'],
    ['codes of another statement (a moved action) do not count', '5.1.1', ['5.1.2.7', '5.1.1.2'], '5.1.1.3'],
    ['nor codes that are not numbers', '5.1.1', ['5.1.1.a', '5.1.1.2 bis', ''], '5.1.1.1'],
    ['nor a longer code that only starts the same', '5.1.1', ['5.1.10.4', '5.1.1.1.2'], '5.1.1.1'],
    ['spaces around codes are not part of them', ' 5.1.1 ', [' 5.1.1.2 '], '5.1.1.3'],
    ['none when the statement has no code', '', ['1', '2'], ''],
  ])('%s', (_case, statementCode, siblings, expected) => {
    expect(nextActionCode(statementCode, siblings)).toBe(expected);
  });
});

describe('renumbering a statement', () => {
  const actions = (...codes: string[]) => codes.map((code, index) => ({ id: `a${index + 1}`, code }));

  it('numbers the actions 1, 2, 3 in plan order and names only the codes that change', () => {
    expect(renumberedCodes('5.1.1', actions('5.1.1.1', '5.2.1.4', '5.1.1.3', '5.1.1.10'))).toEqual([
      { id: 'a2', from: '5.2.1.4', to: '5.1.1.2' },
      { id: 'a4', from: '5.1.1.10', to: '5.1.1.4' },
    ]);
  });

  it('changes nothing in a statement already in order', () => {
    expect(renumberedCodes('5.1.1', actions('5.1.1.1', '5.1.1.2'))).toEqual([]);
  });

  it('closes the gap an action left', () => {
    expect(renumberedCodes('5.1.1', actions('5.1.1.1', '5.1.1.3'))).toEqual([{ id: 'a2', from: '5.1.1.3', to: '5.1.1.2' }]);
  });

  it('gives codes to actions that had none', () => {
    expect(renumberedCodes('5.3.2', actions('', ''))).toEqual([
      { id: 'a1', from: '', to: '5.3.2.1' },
      { id: 'a2', from: '', to: '5.3.2.2' },
    ]);
  });

  it('leaves a statement without a code alone', () => {
    expect(renumberedCodes('', actions('1', '3'))).toEqual([]);
  });
});
