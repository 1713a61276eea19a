// The report's words for realigned cells (build/report-moves.ts).
import { describe, expect, it } from 'vitest';
import { reportMoves } from '../../../../electron/core/import/build/report-moves';
import type { ImportField } from '../../../../electron/core/import/headers';
import type { Placement } from '../../../../electron/core/import/realign';
import { ReportLog } from '../../../../electron/core/import/report';

const FIELDS: ImportField[] = ['chapter', 'statement', 'action', 'indicator', 'baseline', 'target', 'start', 'end', 'lead'];

function words(placements: Placement[]) {
  const log = new ReportLog();
  reportMoves(log, 'Plan', 4, placements, FIELDS);
  return log.entries.map((e) => [e.row, e.column ?? null, e.message]);
}

const at = (column: number, toColumn: number, text = `cell ${column}`): Placement => ({ column, toColumn, text, field: FIELDS[toColumn] ?? null });

describe('reportMoves', () => {
  it('says nothing when no cell moved', () => {
    expect(words([at(2, 2), at(3, 3)])).toEqual([]);
  });

  it('names one shift when every cell moved by the same offset', () => {
    expect(words([at(4, 2), at(5, 3), at(6, 4)])).toEqual([[5, null, 'cells shifted two columns right, realigned']]);
    expect(words([at(1, 2), at(2, 3)])).toEqual([[5, null, 'cells shifted one column left, realigned']]);
  });

  it('names runs of neighbouring cells and lone misplaced cells apart', () => {
    expect(words([at(2, 2), at(4, 3), at(5, 4), at(8, 6, 'MoIC')])).toEqual([
      [5, 'E', 'cells from column E to F shifted one column right, realigned'],
      [5, 'I', '"MoIC" stood in the Lead agency column; read as the Start'],
    ]);
  });

  it('does not count a third date placed as the revised end', () => {
    expect(words([at(6, 6), at(7, 7), { column: 8, toColumn: 7, text: 'Dec 2022', field: 'revisedEnd' }])).toEqual([]);
  });
});
