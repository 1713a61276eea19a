// Reads an .xlsx workbook's cells: the workbook (sheet names, order and visibility, date system), the shared
// strings, the number formats (percent and dates) and each worksheet's cells and merged areas, each part
// streamed from the zip (within its safety limits) through a namespace-aware XML parser (xlsx/xml-part.ts).
// A plan sheet needs nothing more, and reading only this is several times faster and lighter than loading
// the whole workbook model with a spreadsheet library.
import { AppError } from '../../../shared/result';
import type { Sheet } from './sheet';
import { openStreamedZip, WORKBOOK_RULES } from '../zip/safe-zip';
import { readSharedStrings } from './xlsx/shared-strings';
import { readNumberStyles } from './xlsx/styles';
import { readWorkbookStructure } from './xlsx/workbook';
import { readWorksheet } from './xlsx/worksheet';
import type { PartEncoding } from './xlsx/xml-part';

export interface XlsxContent {
  readonly sheets: readonly Sheet[];
  /** How the workbook's XML was encoded. */
  readonly encoding: PartEncoding;
}

/** The sheets of a workbook, in the workbook's order. */
export function readXlsx(bytes: Uint8Array, fileName: string): XlsxContent {
  const zip = openStreamedZip(bytes, fileName, WORKBOOK_RULES);
  const structure = readWorkbookStructure(zip, fileName);
  const context = {
    styles: readNumberStyles(zip, structure.stylesPart, fileName),
    strings: readSharedStrings(zip, structure.sharedStringsPart, fileName),
    dateSystem: structure.dateSystem,
  };
  const sheets: Sheet[] = [];
  for (const sheet of structure.sheets) {
    // Chart sheets and dialog sheets have no worksheet part: they hold no cells.
    if (!sheet.part) continue;
    if (!zip.names.has(sheet.part)) throw new AppError('bad_file', `${fileName}: the workbook is damaged: sheet "${sheet.name}" (${sheet.part}) is missing from the archive`);
    sheets.push(readWorksheet(zip, sheet.part, sheet, fileName, context));
  }
  zip.checkTheRest();
  return { sheets, encoding: structure.encoding };
}
