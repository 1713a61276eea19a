// The .xlsx reader works on the workbook's XML directly: what Excel (and exceljs) write must read as a person
// sees it in the cells: rich text, inline strings, booleans, percentages, dates, escapes, shared formulas.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCells, readCellsFromBytes } from '../../../electron/core/import/read-cells';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();

function workbook(sheetXml: string, extra: { sharedStrings?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${extra.workbookPr ?? ''}<sheets><sheet name="Plan &amp; targets" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`),
    ...(extra.sharedStrings ? { 'xl/sharedStrings.xml': strToU8(extra.sharedStrings) } : {}),
    ...(extra.styles ? { 'xl/styles.xml': strToU8(extra.styles) } : {}),
  });
}

describe('reading .xlsx cells from the XML', () => {
  it('reads what exceljs writes: rich text, booleans, percentages, dates, line breaks, merged cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow([{ richText: [{ text: 'Ensure ', font: { bold: true } }, { text: 'connectivity' }] }, true, 0.125, new Date(Date.UTC(2019, 6, 1)), 'line one\nline two', 'R&D <pilot>']);
    ws.getCell('C1').numFmt = '0.0%';
    ws.addRow(['', '', '', '', '', '', 'far right']);
    ws.mergeCells('A2:B3');
    const path = join(folder, 'exceljs.xlsx');
    await wb.xlsx.writeFile(path);
    const { sheets } = await readCells(path);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.name).toBe('Plan');
    expect(sheets[0]!.rows[0]).toEqual(['Ensure connectivity', 'TRUE', '12.5%', '2019-07-01', 'line one\nline two', 'R&D <pilot>']);
    expect(sheets[0]!.rows[1]).toEqual(['', '', '', '', '', '', 'far right']);
    expect(sheets[0]!.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 1 }]);
  });

  it('reads inline strings, formula strings, escapes, phonetic guides, rows and cells without positions, and 1904 dates', () => {
    const bytes = workbook(
      '<row><c t="inlineStr"><is><t>Inline</t></is></c><c t="s"><v>0</v></c><c t="str"><f>A1&amp;"!"</f><v>Inline!</v></c><c s="1"><v>43466</v></c><c s="2"><v>0.5</v></c></row>' +
        '<row r="3"><c r="B3" t="s"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row>',
      {
        sharedStrings:
          '<sst><si><t xml:space="preserve">Line_x000D_\nbreak &amp; more</t></si><si><r><t>Tokyo</t></r><rPh sb="0" eb="1"><t>トウキョウ</t></rPh></si></sst>',
        styles: '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\ yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>',
        workbookPr: '<workbookPr date1904="1"/>',
      },
    );
    const { sheets } = readCellsFromBytes('escapes.xlsx', bytes);
    const sheet = sheets[0]!;
    expect(sheet.name).toBe('Plan & targets');
    expect(sheet.rows[0]).toEqual(['Inline', 'Line\r\nbreak & more', 'Inline!', '2023-01-02', '50%']);
    expect(sheet.rows[1]).toEqual([]);
    expect(sheet.rows[2]).toEqual(['', 'Tokyo', '', '']);
    expect(sheet.problems).toEqual([{ row: 2, column: 3, problem: 'holds the error value #N/A' }]);
  });

  it('names the formula of a shared formula cell that has no saved value', () => {
    const bytes = workbook('<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row>');
    const { sheets } = readCellsFromBytes('formulas.xlsx', bytes);
    expect(sheets[0]!.problems.map((p) => p.problem)).toEqual([
      'holds a formula (=B1*2) without a saved value; open the file in Excel and save it again',
      'holds a formula (=B1*2) without a saved value; open the file in Excel and save it again',
    ]);
  });

  it('refuses a workbook whose sheet is missing from the archive', () => {
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" r:id="rId1"/></sheets></workbook>'), 'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet9.xml"/></Relationships>') });
    expect(() => readCellsFromBytes('missing.xlsx', bytes)).toThrow(/sheet "Plan" \(xl\/worksheets\/sheet9\.xml\) is missing/);
  });

  it('decodes XML entities and Excel escapes', () => {
    const bytes = workbook('<row><c t="inlineStr"><is><t>a &lt;b&gt; &amp;amp; &#233;&#x20AC; _x0009_tab</t></is></c></row>');
    expect(readCellsFromBytes('escapes.xlsx', bytes).sheets[0]!.rows[0]).toEqual(['a <b> &amp; é€ \ttab']);
  });
});
