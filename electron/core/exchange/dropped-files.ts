// What a file dropped on the window is, judged by its content (never its name), so that the window can send it
// where it belongs: a returned update workbook to Receive updates, anything else to Import; a whole-plan package is
// only recognised (the window points to the Exchange view's Open package…, which opens it). The check is cheap:
// the archive's directory is read and checked by the safe zip reader (a hostile or damaged archive is refused here,
// before anything is inflated), then only the workbook's list of sheets (xl/workbook.xml) is unpacked, to look for
// the very hidden identity sheet an update workbook carries.
import type { DroppedFileKind } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { listZipEntries, PACKAGE_RULES, unpackZipEntries, WORKBOOK_RULES } from '../zip/safe-zip';
import { SHEETS } from './workbook-layout';

const WORKBOOK_PART = 'xl/workbook.xml';
const PACKAGE_MANIFEST = 'manifest.json';

/** The zip signature every .xlsx and .pmupack starts with. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2] ?? '') : null;
}

/** The sheets a workbook lists, with their visibility ("visible" when not said). */
function sheetsOf(workbookXml: string): { readonly name: string; readonly state: string }[] {
  const sheets: { name: string; state: string }[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(match[0], 'name');
    if (name !== null) sheets.push({ name, state: attribute(match[0], 'state') ?? 'visible' });
  }
  return sheets;
}

/**
 * An update workbook carries the very hidden identity sheet. One whose identity sheet was deleted still has the
 * update workbook's own sheets: it goes to Receive updates too, which explains why it cannot be matched.
 */
function isUpdateWorkbook(workbookXml: string): boolean {
  const sheets = sheetsOf(workbookXml);
  if (sheets.some((s) => s.name === SHEETS.identity && s.state === 'veryHidden')) return true;
  const names = new Set(sheets.map((s) => s.name));
  return names.has(SHEETS.instructions) && names.has(SHEETS.update) && !names.has(SHEETS.identity);
}

/** Judges one dropped file by its content; reads only. */
export function droppedFileKind(bytes: Uint8Array, fileName: string): DroppedFileKind {
  // Text files (.csv, .tsv, .json) and anything else that is no archive: the importer reads it or says why not.
  if (!isZip(bytes)) return { fileName, kind: 'spreadsheet', refused: null };
  try {
    // What the file is comes from its content; its name only chooses the words (and limits) of a refusal.
    const rules = fileName.toLowerCase().endsWith('.pmupack') ? PACKAGE_RULES : WORKBOOK_RULES;
    const entries = listZipEntries(bytes, fileName, rules);
    const workbookPart = entries.find((e) => e.name === WORKBOOK_PART);
    if (workbookPart) {
      const xml = unpackZipEntries(bytes, [workbookPart], fileName, rules, () => true).get(WORKBOOK_PART)!;
      return { fileName, kind: isUpdateWorkbook(new TextDecoder().decode(xml)) ? 'update-workbook' : 'spreadsheet', refused: null };
    }
    if (entries.some((e) => e.name === PACKAGE_MANIFEST)) return { fileName, kind: 'package', refused: null };
    return {
      fileName,
      kind: 'refused',
      refused: `${fileName}: this zip archive is neither an .xlsx workbook nor a PlanDesk package (.pmupack), so PlanDesk has nothing to do with it`,
    };
  } catch (error) {
    if (error instanceof AppError) return { fileName, kind: 'refused', refused: error.message };
    throw error;
  }
}
