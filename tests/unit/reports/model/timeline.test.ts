// The span a pack's timeline draws (reports/model/timeline.ts): the bulk of the actions, stray dates left off.
import { describe, expect, it } from 'vitest';
import type { ActionGridRow } from '../../../../shared/domain';
import { timelineSection } from '../../../../electron/core/reports/model/timeline';

const row = (start: string | null, end: string | null, more: Partial<ActionGridRow> = {}) => ({ start, end, revisedEnd: null, endOpen: false, ...more }) as ActionGridRow;

describe('timelineSection', () => {
  it('leaves a stray early start and a stray late end off the span', () => {
    const rows = [row('2013-01', '2020-01'), ...Array.from({ length: 40 }, (_, i) => row(`20${20 + (i % 5)}-0${1 + (i % 9)}`, `20${25 + (i % 4)}-1${i % 3}`)), row('2021-01', '2099-12')];
    expect(timelineSection(rows, '2026-11')).toEqual({ first: '2020-01', last: '2028-12' });
  });

  it('draws open-ended actions to the pack\'s month, and a revised end where there is one', () => {
    expect(timelineSection([row('2024-01', null, { endOpen: true })], '2026-11')).toEqual({ first: '2024-01', last: '2026-11' });
    expect(timelineSection([row('2024-01', '2025-01', { revisedEnd: '2027-06' })], '2026-11')).toEqual({ first: '2024-01', last: '2027-06' });
  });

  it('falls back on the ends, or the starts, when the other is missing, and has no span without dates', () => {
    expect(timelineSection([row(null, '2027-03')], '2026-11')).toEqual({ first: '2027-03', last: '2027-03' });
    expect(timelineSection([row('2025-02', null)], '2026-11')).toEqual({ first: '2025-02', last: '2025-02' });
    expect(timelineSection([row(null, null)], '2026-11')).toEqual({ first: null, last: null });
  });
});
