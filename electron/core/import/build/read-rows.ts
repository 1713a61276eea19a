// The rows of a plan sheet as records: cells cleaned of markup (values of vertical merges repeated on the rows
// they cover), blank rows and repeated headers skipped, each row realigned by its content, codes bound to their
// level. Records come one at a time, so that the report lists each row's entries in row order.
import type { ImportField } from '../headers';
import { alignRow, ClueCache } from '../realign';
import type { Sheet } from '../sheet';
import { clip, columnLetter, type ReportLog } from '../report';
import { bindCodes } from './bind-codes';
import { cleanCell, oneLine } from './clean-cell';
import type { CodeLevels } from './code-depths';
import type { SheetColumns } from './map-columns';
import { note } from './messages';
import { reportMoves } from './report-moves';
import type { RowRecord } from './row-record';
import type { PlanSheet } from './sheets';

export function* readRecords(
  { sheet, header, endRow }: PlanSheet,
  columns: SheetColumns,
  levels: CodeLevels,
  looksLikeAgencies: (text: string) => boolean,
  log: ReportLog,
): Generator<RowRecord> {
  const { fields } = columns;
  const clueCache = new ClueCache();
  const mergedValue = mergedDataCells(sheet, fields);
  const headerKey = header.columns.map((c) => oneLine(c.header).toLowerCase()).join('|');
  // What each unmapped column is kept as, by its letter: looked up once per cell, so a row's work stays linear.
  const keptAs = new Map(columns.unmapped.map((u) => [u.column, u.keptAs]));
  for (let r = header.rows[header.rows.length - 1]! + 1; r < endRow; r++) {
    const raw = sheet.rows[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < Math.max(raw.length, fields.length); c++) {
      const original = (mergedValue.size > 0 ? mergedValue.get(`${r},${c}`) : undefined) ?? raw[c] ?? '';
      const { text, hadMarkup } = cleanCell(original);
      if (hadMarkup) note(log, { sheet: sheet.name, row: r + 1, column: columnLetter(c), severity: 'repair', topic: 'text', message: 'HTML markup removed', read: clip(original, 100), stored: clip(text, 100) });
      cells.push(text);
    }
    if (cells.every((c) => c === '')) continue;
    if (repeatsHeader(cells, headerKey)) {
      note(log, { sheet: sheet.name, row: r + 1, severity: 'info', topic: 'layout', message: 'the header is repeated here; row skipped' });
      continue;
    }
    const alignment = alignRow(cells, { columns: fields, depths: levels.depths, looksLikeAgencies, clueCache, coded: { statement: levels.coded.statement, action: levels.coded.action } });
    if (alignment.moved) reportMoves(log, sheet.name, r, alignment.placements, fields);
    const record: RowRecord = { sheet: sheet.name, row: r, fields: {}, codes: [], unmapped: [] };
    for (const p of alignment.placements) {
      if (p.field === 'code') record.codes.push({ text: p.text, column: p.column });
      else if (p.field === null) {
        const letter = columnLetter(p.toColumn);
        record.unmapped.push({ header: keptAs.get(letter) ?? `Column ${letter}`, text: p.text, column: p.column });
      }
      else record.fields[p.field] = { text: p.text, column: p.column };
    }
    bindCodes(record, fields, levels.depths, columns.headerFields);
    yield record;
  }
}

/**
 * Does the row read as the header again: its cells, on one line and in lower case, joined by "|", are `headerKey`?
 * Compared cell by cell, stopping at the first that differs (a data row's first or second), rather than by joining
 * every row's cells into one text.
 */
function repeatsHeader(cells: readonly string[], headerKey: string): boolean {
  let at = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = oneLine(cells[c]!).toLowerCase();
    if (!headerKey.startsWith(cell, at)) return false;
    at += cell.length;
    if (c < cells.length - 1 && headerKey.charCodeAt(at++) !== 124 /* | */) return false;
  }
  return at === headerKey.length;
}

/** Vertical merges in data columns (a status merged over three actions) apply to every row they cover. */
function mergedDataCells(sheet: Sheet, fields: readonly (ImportField | null)[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top) continue;
    const field = fields[m.left];
    if (!field || field === 'chapter' || field === 'statement' || field === 'action' || field === 'code') continue;
    const text = sheet.rows[m.top]?.[m.left] ?? '';
    for (let r = m.top + 1; r <= m.bottom; r++) values.set(`${r},${m.left}`, text);
  }
  return values;
}
