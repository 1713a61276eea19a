// The sheets of a returned workbook, read as a stream with the importer's workbook reader (import/xlsx): only the
// sheets the review needs, only the cells that hold something, up to the last row with a value and never past
// RETURNED_ROW_LIMIT. Loading the whole workbook model instead made a workbook padded with a million styled empty
// rows take minutes and gigabytes.
import { AppError } from '../../../shared/result';
import { readSharedStrings } from '../import/xlsx/shared-strings';
import { readNumberStyles } from '../import/xlsx/styles';
import { readWorkbookStructure } from '../import/xlsx/workbook';
import { streamWorksheet, type StoredCell } from '../import/xlsx/worksheet';
import { openStreamedZip, WORKBOOK_RULES } from '../zip/safe-zip';
import { contentOf, type CellContent } from './xlsx-cells';

/** Far above any update workbook (one row per action and indicator of one agency's share of a plan). */
export const RETURNED_ROW_LIMIT = 100_000;

export interface ReturnedSheet {
  readonly name: string;
  /** The last row (1-based) with a value; 0 for a sheet without any. */
  readonly lastRow: number;
  /** The last column (1-based) with a value, in any row. */
  readonly lastColumn: number;
  /** Where reading stopped, at the row limit (1-based), or null when the sheet ends before it. */
  readonly stoppedAtRow: number | null;
  /** A cell by its 1-based row and column, as the sheet numbers them. */
  cell(row: number, column: number): CellContent;
  /** The formula (without its "=") of a cell whose value the spreadsheet computed; null for a typed value. */
  formula(row: number, column: number): string | null;
}

/** Reads the sheets `names` of a workbook (absent ones are left out of the answer); throws AppError('bad_file'). */
export function readReturnedSheets(bytes: Uint8Array, fileName: string, names: readonly string[]): Map<string, ReturnedSheet> {
  const zip = openStreamedZip(bytes, fileName, WORKBOOK_RULES);
  if (!zip.names.has('xl/workbook.xml')) throw new AppError('bad_file', `${fileName}: this is not an .xlsx workbook`);
  const structure = readWorkbookStructure(zip, fileName);
  const context = {
    styles: readNumberStyles(zip, structure.stylesPart, fileName),
    strings: readSharedStrings(zip, structure.sharedStringsPart, fileName),
    dateSystem: structure.dateSystem,
  };
  const sheets = new Map<string, ReturnedSheet>();
  for (const name of names) {
    const sheet = structure.sheets.find((s) => s.name === name);
    if (!sheet?.part || !zip.names.has(sheet.part)) continue;
    const rows = new Map<number, readonly (StoredCell | undefined)[]>();
    let lastRow = 0;
    let lastColumn = 0;
    const { stoppedAt } = streamWorksheet(zip, sheet.part, fileName, context, {
      rowLimit: RETURNED_ROW_LIMIT,
      row(rowIndex, cells) {
        // Cells that hold only spaces are empty to the review: they neither lengthen the sheet nor widen it.
        let width = cells.length;
        while (width > 0 && contentOf(cells[width - 1], context.dateSystem).kind === 'empty') width--;
        if (width === 0) return;
        rows.set(rowIndex + 1, cells.slice(0, width));
        lastRow = Math.max(lastRow, rowIndex + 1);
        lastColumn = Math.max(lastColumn, width);
      },
    }, name);
    sheets.set(name, {
      name,
      lastRow,
      lastColumn,
      stoppedAtRow: stoppedAt === null ? null : stoppedAt + 1,
      cell: (row, column) => contentOf(rows.get(row)?.[column - 1], context.dateSystem),
      formula: (row, column) => rows.get(row)?.[column - 1]?.formula ?? null,
    });
  }
  zip.checkTheRest();
  return sheets;
}
