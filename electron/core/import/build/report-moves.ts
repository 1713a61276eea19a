// The report's words for cells that realignment moved: a whole row shifted, runs of cells shifted, or a lone
// cell that stood in another column.
import { FIELD_LABELS, type ImportField } from '../headers';
import type { Placement } from '../realign';
import { clip, columnLetter, type ReportLog } from '../report';
import { note } from './messages';

function shiftWords(offset: number): string {
  const n = Math.abs(offset);
  return `${n === 1 ? 'one column' : n === 2 ? 'two columns' : `${n} columns`} ${offset > 0 ? 'right' : 'left'}`;
}

export function reportMoves(log: ReportLog, sheet: string | null, row: number, placements: readonly Placement[], fields: readonly (ImportField | null)[]): void {
  const label = (column: number) => {
    const f = fields[column];
    return f ? FIELD_LABELS[f] : `column ${columnLetter(column)}`;
  };
  const moved = placements.filter((p) => p.field !== 'revisedEnd' && p.column !== p.toColumn);
  if (moved.length === 0) return;
  const filled = placements.filter((p) => p.field !== 'revisedEnd');
  const offsets = new Set(moved.map((p) => p.column - p.toColumn));
  if (moved.length === filled.length && offsets.size === 1) {
    const offset = [...offsets][0]!;
    note(log, { sheet, row: row + 1, severity: 'repair', topic: 'alignment', message: `cells shifted ${shiftWords(offset)}, realigned`, read: clip(placements.map((p) => p.text).join(' | '), 120) });
    return;
  }
  // Runs of neighbouring cells moved by the same offset are one shift; a lone cell is a misplaced cell.
  let i = 0;
  while (i < moved.length) {
    const offset = moved[i]!.column - moved[i]!.toColumn;
    let j = i + 1;
    while (j < moved.length && moved[j]!.column - moved[j]!.toColumn === offset) j++;
    const run = moved.slice(i, j);
    if (run.length >= 2) {
      note(log, {
        sheet,
        row: row + 1,
        column: columnLetter(run[0]!.column),
        severity: 'repair',
        topic: 'alignment',
        message: `cells from column ${columnLetter(run[0]!.column)} to ${columnLetter(run[run.length - 1]!.column)} shifted ${shiftWords(offset)}, realigned`,
        read: clip(run.map((p) => p.text).join(' | '), 120),
      });
    } else {
      const p = run[0]!;
      note(log, { sheet, row: row + 1, column: columnLetter(p.column), severity: 'repair', topic: 'alignment', message: `"${clip(p.text, 50)}" stood in the ${label(p.column)} column; read as the ${label(p.toColumn)}`, read: p.text, stored: label(p.toColumn) });
    }
    i = j;
  }
}
