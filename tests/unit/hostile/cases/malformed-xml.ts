// Files whose insides are broken or booby-trapped (issue 18, Done when): a workbook whose XML is not well-formed, one
// declaring an entity expansion ("billion laughs") or an external entity, a CSV whose encoding cannot be decided.
// Refused with a message naming the file and the part, through the import and through a returned update workbook.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { HostileCase } from '../bench';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeWorkbook } from '../makers';
import { updateSheetPart } from './returned-workbooks';

/** Ten entities each ten times the one before: 10⁹ "lol"s once expanded, a few hundred bytes declared. */
const LAUGHS = `<!DOCTYPE worksheet [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
const EXTERNAL = '<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>';

/** Rewrites one part of a workbook on disk. */
function editPart(path: string, part: (parts: Record<string, Uint8Array>) => string, edit: (xml: string) => string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const name = part(parts);
  parts[name] = strToU8(edit(strFromU8(parts[name]!)));
  writeFileSync(path, zipSync(parts, { level: 6 }));
  return path;
}

/** The plan workbook of the import cases, its sheet edited. */
function planWorkbook(folder: string, name: string, edit: (xml: string) => string): string {
  const path = writeWorkbook(join(folder, name), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, PLAN_ROW) }]);
  return editPart(path, () => 'xl/worksheets/sheet1.xml', edit);
}

const afterDeclaration = (insert: string) => (xml: string) => xml.replace(/^(<\?xml[^>]*\?>)/, `$1${insert}`);

export const MALFORMED_XML_CASES: readonly HostileCase[] = [
  {
    name: 'an .xlsx whose worksheet XML is not well-formed is refused, naming the part, line and column',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => planWorkbook(folder, 'unclosed.xlsx', (xml) => xml.replace('</row>', '')),
    expect: { refused: /^unclosed\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml is not well-formed XML \(line 1, column \d+: .+\); refused$/ },
  },
  {
    name: 'an .xlsx declaring an entity expansion ("billion laughs") is refused before anything is expanded',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => planWorkbook(folder, 'laughs.xlsx', (xml) => afterDeclaration(LAUGHS)(xml).replace('1.1.1 Ensure reliable connectivity', '&lol9;')),
    expect: { refused: /^laughs\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml declares a document type \(<!DOCTYPE …>\), which a workbook never does; refused, since it is how entity expansion \("billion laughs"\) and external entities get in$/ },
  },
  {
    name: 'an .xlsx declaring an external entity (file:///etc/passwd) is refused, nothing read from the disk',
    start: 'plan',
    entry: 'import',
    make: ({ folder }) => planWorkbook(folder, 'external.xlsx', (xml) => afterDeclaration(EXTERNAL)(xml).replace('MoIC', '&secret;')),
    expect: { refused: /^external\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml declares a document type/ },
  },
  {
    name: 'a CSV whose encoding cannot be decided (Cyrillic saved as Windows-1251) is refused, saying how to save it',
    start: 'plan',
    entry: 'import',
    make: ({ folder }) => {
      const path = join(folder, 'cp1251.csv');
      // "Проект" (project) in Windows-1251: no UTF-8, and as Windows-1252 letters no word runs together.
      writeFileSync(path, Uint8Array.from([...strToU8(`${PLAN_HEADER.join(',')}\n${PLAN_ROW.slice(0, 3).join(',')},`), 0xcf, 0xf0, 0xee, 0xe5, 0xea, 0xf2, 0x0a]));
      return path;
    },
    expect: { refused: /^cp1251\.csv: the text's encoding cannot be decided: .*save the file again as "CSV UTF-8"/ },
  },
  {
    name: 'a returned workbook whose Update sheet declares an entity expansion is refused at receipt',
    start: 'sent',
    entry: 'receive',
    make: ({ folder, sentWorkbook }) => {
      const path = join(folder, 'MoIC - laughs.xlsx');
      writeFileSync(path, readFileSync(sentWorkbook!));
      return editPart(path, updateSheetPart, afterDeclaration(LAUGHS));
    },
    expect: { refused: /declares a document type \(<!DOCTYPE …>\), which a workbook never does; refused, since it is how entity expansion \("billion laughs"\) and external entities get in/ },
  },
  {
    name: 'a returned workbook whose Update sheet XML is not well-formed is refused at receipt',
    start: 'sent',
    entry: 'receive',
    make: ({ folder, sentWorkbook }) => {
      const path = join(folder, 'MoIC - broken.xlsx');
      writeFileSync(path, readFileSync(sentWorkbook!));
      return editPart(path, updateSheetPart, (xml) => xml.replace('</sheetData>', '</sheetDate>'));
    },
    expect: { refused: /is not well-formed XML \(line \d+, column \d+: .+\); refused/ },
  },
];
