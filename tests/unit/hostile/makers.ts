// Makers of hostile files, generated in the test (nothing large is kept in the repository).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { columnLetter } from '../../../electron/core/import/report';

/** A plan header as the importer recognises it, and one action row under it. */
export const PLAN_HEADER = ['Chapter', 'Policy statement', 'Action', 'Indicator', 'Timeline', 'Lead agency', 'Status'];
export const PLAN_ROW = ['1. Connectivity', '1.1 Reliable networks', '1.1.1 Ensure reliable connectivity', '% of uptime', 'Jan 2018 - Dec 2020', 'MoIC', 'Ongoing'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A worksheet row of inline strings, `cells[i]` in column i (empty strings left out). */
export function rowXml(row: number, cells: readonly string[]): string {
  const parts: string[] = [];
  cells.forEach((text, column) => {
    if (text !== '') parts.push(`<c r="${columnLetter(column)}${row}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`);
  });
  return `<row r="${row}">${parts.join('')}</row>`;
}

/** The smallest .xlsx Excel opens: one workbook, its sheets (each given its <sheetData> content), no styles. */
export function writeWorkbook(path: string, sheets: readonly { name: string; sheetData: string }[]): string {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${s.sheetData}</sheetData></worksheet>`);
  });
  writeFileSync(path, zipSync(files, { level: 6 }));
  return path;
}

/** Writes `name` in `folder` and returns its path. */
export function writeText(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}
