// The trend a pack prints beside a delivery rating (shared/rating-trend.ts): better ↑, worse ↓, same →, and no
// arrow where either side is "not rated" or there was no meeting to compare with.
import { describe, expect, it } from 'vitest';
import { trendOf } from '../../../shared/rating-trend';

describe('trendOf', () => {
  it.each([
    ['amber', 'green', '↑'],
    ['red', 'amber', '↑'],
    ['green', 'completed', '↑'],
    ['green', 'red', '↓'],
    ['amber', 'amber', '→'],
    ['not_rated', 'red', ''],
    ['green', 'not_rated', ''],
    [null, 'red', ''],
  ] as const)('%s → %s: %s', (before, now, arrow) => {
    expect(trendOf(before, now)).toBe(arrow);
  });
});
