// The workbook reader parses each part as XML with its namespaces: what the .NET Open XML SDK writes
// (every element prefixed, `<x:worksheet xmlns:x=…>`), ISO strict workbooks, hidden sheets, shared formulas,
// both date systems and dimensions that lie read as a person sees them in Excel; XML that is not well-formed,
// or that declares entities, is refused with the part named.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../electron/core/import';
import { readCellsFromBytes } from '../../../electron/core/import/read-cells';
import { serialDate } from '../../../electron/core/import/xlsx/cell-values';
import { isDateFormat } from '../../../electron/core/import/xlsx/styles';
import { tempFolder } from '../support/workspace';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const folder = tempFolder();

interface Parts {
  workbook: string;
  sheets: Record<string, string>;
  sharedStrings?: string;
  styles?: string;
  workbookRels?: string;
  /** Parts given as bytes, as they are. */
  raw?: Record<string, Uint8Array>;
}

/** A workbook as the Open XML SDK lays it out: _rels/.rels → workbook → its relationships → parts. */
function pack(parts: Parts): Uint8Array {
  const sheetRels = Object.keys(parts.sheets)
    .map((name, i) => `<Relationship Id="rId${i + 1}" Type="${TYPE}/worksheet" Target="worksheets/${name}"/>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="R1" Type="${TYPE}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(parts.workbook),
    'xl/_rels/workbook.xml.rels': strToU8(
      parts.workbookRels ??
        `<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELS}">${sheetRels}<Relationship Id="rS" Type="${TYPE}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rY" Type="${TYPE}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts.sheets)) files[`xl/worksheets/${name}`] = strToU8(xml);
  if (parts.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(parts.sharedStrings);
  if (parts.styles) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync({ ...files, ...parts.raw });
}

const HEADER = ['Chapter', 'Policy statement', 'Action', 'Indicator', 'Start date', 'End date', 'Lead Agency', 'Status'];

/** A worksheet whose every element carries the x: prefix, its strings inline or shared (by index). */
function prefixedSheet(rows: (string | number)[][], extra = ''): string {
  const cell = (value: string | number, r: number, c: number) => {
    const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
    return typeof value === 'number' ? `<x:c r="${ref}" t="s"><x:v>${value}</x:v></x:c>` : `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${value}</x:t></x:is></x:c>`;
  };
  const body = rows.map((row, r) => `<x:row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</x:row>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1"/><x:sheetData>${body}</x:sheetData>${extra}</x:worksheet>`;
}

const prefixedWorkbook = (sheets: string) =>
  `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${RELS}"><x:sheets>${sheets}</x:sheets></x:workbook>`;

describe('a namespace-aware workbook reader', () => {
  it('imports a workbook whose XML is prefixed throughout, as the Open XML SDK writes it', async () => {
    const bytes = pack({
      workbook: prefixedWorkbook('<x:sheet name="Plan" sheetId="1" rel:id="rId1"/>'),
      sheets: {
        'sheet1.xml': prefixedSheet(
          [HEADER, ['1 Digital by Default', '1.1 RGoB shall go digital.', 0, '% of uptime', 'Jan 2018', 'Dec 2020', 'MoIC', 1]],
          '<x:mergeCells count="1"><x:mergeCell ref="A2:A3"/></x:mergeCells>',
        ),
      },
      sharedStrings: `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}"><x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Ensure </x:t></x:r><x:r><x:t>connectivity</x:t></x:r></x:si><x:si><x:t>Ongoing</x:t></x:si></x:sst>`,
    });
    const path = join(folder, 'open-xml-sdk.xlsx');
    writeFileSync(path, bytes);
    const { file, report } = await readSpreadsheet(path);
    const action = file.plans[0]!.chapters[0]!.statements[0]!.actions[0]!;
    expect(action).toMatchObject({ title: 'Ensure connectivity', start: '2018-01', end: '2020-12', status: 'ongoing', lead: { text: 'MoIC' } });
    expect(report.reader).toBe('workbook XML, streamed (saxes, namespace-aware)');
    expect(report.encoding).toBe('UTF-8');
    expect(report.entries[0]).toMatchObject({ severity: 'info', topic: 'file', message: 'read as workbook XML, streamed (saxes, namespace-aware), encoding UTF-8' });
    expect(readCellsFromBytes('open-xml-sdk.xlsx', bytes).sheets[0]!.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
  });

  it('reads ISO strict workbooks, and never mistakes an element of another vocabulary for a cell', () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const bytes = pack({
      workbook: `<workbook xmlns="${strict}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="Strict" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      sheets: {
        'sheet1.xml': `<worksheet xmlns="${strict}" xmlns:o="urn:other"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kept</t></is></c><o:c r="B1" t="inlineStr"><is><t>not a cell</t></is></o:c><c r="C1"><v>7</v></c></row></sheetData></worksheet>`,
      },
    });
    expect(readCellsFromBytes('strict.xlsx', bytes).sheets[0]).toMatchObject({ name: 'Strict', rows: [['kept', '', '7']], state: 'visible' });
  });

  it('reads a relationship id under any prefix bound to the relationships namespace, not a look-alike', () => {
    const bytes = pack({
      workbook: `<x:workbook xmlns:x="${MAIN}" xmlns:r="urn:not-relationships" xmlns:q="${RELS}"><x:sheets><x:sheet name="First" sheetId="1" r:id="rId2" q:id="rId1"/></x:sheets></x:workbook>`,
      sheets: { 'one.xml': prefixedSheet([['one']]), 'two.xml': prefixedSheet([['two']]) },
    });
    expect(readCellsFromBytes('ids.xlsx', bytes).sheets.map((s) => s.rows[0])).toEqual([['one']]);
  });

  it("takes each shared formula's saved value, and names the formula of one without", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData>
      <row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>4</v></c></row>
      <row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>
      <row r="3"><c r="A3"><v>5</v></c><c r="B3"><f t="shared" si="0"/></c></row>
      <row r="4"><c r="A4" t="str"><f>"FY "&amp;A1</f><v>FY 2</v></c></row></sheetData></worksheet>`;
    const read = readCellsFromBytes('shared.xlsx', pack({ workbook: `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="F" r:id="rId1"/></sheets></workbook>`, sheets: { 's.xml': sheet } })).sheets[0]!;
    expect(read.rows).toEqual([['2', '4'], ['3', '6'], ['5', ''], ['FY 2']]);
    expect(read.problems).toEqual([{ row: 2, column: 1, problem: 'holds a formula (=A1*2) without a saved value; open the file in Excel and save it again' }]);
  });

  it('reads dates in the 1900 and the 1904 date systems, percentages and numbers as Excel shows them', () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="d/m/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Day&quot;\\ 0"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>46477</v></c><c r="B1" s="2"><v>0.0525</v></c><c r="C1" s="3"><v>12</v></c><c r="D1"><v>0.30000000000000004</v></c><c r="E1" s="1"><v>46477.75</v></c></row></sheetData></worksheet>`;
    const read = (workbookPr: string) =>
      readCellsFromBytes('dates.xlsx', pack({ workbook: `<workbook xmlns="${MAIN}" xmlns:r="${RELS}">${workbookPr}<sheets><sheet name="D" r:id="rId1"/></sheets></workbook>`, sheets: { 's.xml': sheet }, styles })).sheets[0]!.rows[0];
    expect(read('')).toEqual(['2027-03-31', '5.25%', '12', '0.3', '2027-03-31']);
    expect(read('<workbookPr date1904="1"/>')).toEqual(['2031-04-01', '5.25%', '12', '0.3', '2031-04-01']);
    expect(read('<workbookPr date1904="true"/>')?.[0]).toBe('2031-04-01');
  });

  it.each([
    [1, 1900, '1900-01-01'],
    [59, 1900, '1900-02-28'],
    [60, 1900, null],
    [61, 1900, '1900-03-01'],
    [43466, 1900, '2019-01-01'],
    [0, 1904, '1904-01-01'],
    [42004, 1904, '2019-01-01'],
    [-1, 1900, null],
    [3000000, 1900, null],
  ] as const)('serial %d in the %d date system is %s', (serial, system, date) => {
    expect(serialDate(serial, system)).toBe(date);
  });

  it.each([
    ['mmm yyyy', true],
    ['d/m/yyyy;@', true],
    ['[$-409]mmmm d, yyyy', true],
    ['0.00', false],
    ['"Day" 0', false],
    ['\\d 0', false],
    ['General', false],
    ['#,##0_);[Red](#,##0)', false],
  ])('format %s shows a date: %s', (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });

  it('does not trust the dimension: a sheet that says "A1" holds more, one that says the whole grid holds two rows', () => {
    const rows = (dimension: string) =>
      readCellsFromBytes(
        'dimension.xlsx',
        pack({
          workbook: prefixedWorkbook('<x:sheet name="S" sheetId="1" rel:id="rId1"/>'),
          sheets: { 's.xml': prefixedSheet([['a', 'b', 'c'], ['d', 'e', 'f']]).replace('<x:dimension ref="A1"/>', `<x:dimension ref="${dimension}"/>`) },
        }),
      ).sheets[0]!.rows;
    expect(rows('A1')).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
    expect(rows('A1:XFD1048576')).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
  });

  it('marks hidden sheets; the import reads the visible plan and says what it left out', async () => {
    const plan = [HEADER, ['1 Digital', '1.1 Go digital.', '1.1.1 Ensure connectivity', '', 'Jan 2018', 'Dec 2020', 'MoIC', 'Ongoing']];
    const old = [HEADER, ['1 Digital', '1.1 Go digital.', '1.1.1 Old version', '', 'Jan 2017', 'Dec 2019', 'MoIC', 'Ongoing']];
    const bytes = pack({
      workbook: prefixedWorkbook('<x:sheet name="Old" sheetId="1" state="hidden" rel:id="rId1"/><x:sheet name="Plan" sheetId="2" rel:id="rId2"/><x:sheet name="PlanDesk" sheetId="3" state="veryHidden" rel:id="rId3"/>'),
      sheets: { 'old.xml': prefixedSheet(old), 'plan.xml': prefixedSheet(plan), 'meta.xml': prefixedSheet([['package', 'x']]) },
    });
    expect(readCellsFromBytes('hidden.xlsx', bytes).sheets.map((s) => [s.name, s.state])).toEqual([
      ['Old', 'hidden'],
      ['Plan', 'visible'],
      ['PlanDesk', 'veryHidden'],
    ]);
    const path = join(folder, 'hidden.xlsx');
    writeFileSync(path, bytes);
    const { file, report } = await readSpreadsheet(path);
    expect(file.plans[0]!.chapters[0]!.statements[0]!.actions.map((a) => a.title)).toEqual(['Ensure connectivity']);
    expect(report.sheets.map((s) => [s.name, s.role])).toEqual([
      ['Old', 'ignored'],
      ['Plan', 'plan'],
      ['PlanDesk', 'ignored'],
    ]);
    expect(report.entries.filter((e) => e.sheet === 'Old').map((e) => e.message)).toEqual(['sheet is hidden in the workbook; not imported']);

    // A plan that is only on a hidden sheet is read all the same, with a doubt saying so.
    const onlyHidden = pack({ workbook: prefixedWorkbook('<x:sheet name="Old" sheetId="1" state="hidden" rel:id="rId1"/>'), sheets: { 'old.xml': prefixedSheet(old) } });
    const hiddenPath = join(folder, 'only-hidden.xlsx');
    writeFileSync(hiddenPath, onlyHidden);
    const hidden = await readSpreadsheet(hiddenPath);
    expect(hidden.file.plans[0]!.chapters[0]!.statements[0]!.actions.map((a) => a.title)).toEqual(['Old version']);
    expect(hidden.report.entries.find((e) => e.sheet === 'Old')?.message).toBe('sheet is hidden in the workbook, but no visible sheet holds a plan; read all the same');
  });

  it('reads a part written in UTF-16, and refuses one that says it is in another encoding', () => {
    const sheet = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>རྫོང་ཁ</t></is></c></row></sheetData></worksheet>`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from({ length: sheet.length }, (_, i) => sheet.charCodeAt(i)).buffer)]);
    const files = {
      'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="U" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${TYPE}/worksheet" Target="worksheets/u.xml"/></Relationships>`),
    };
    expect(readCellsFromBytes('utf16.xlsx', zipSync({ ...files, 'xl/worksheets/u.xml': utf16 })).sheets[0]!.rows).toEqual([['རྫོང་ཁ']]);
    const latin1 = zipSync({ ...files, 'xl/worksheets/u.xml': strToU8(`<?xml version="1.0" encoding="ISO-8859-1"?><worksheet xmlns="${MAIN}"/>`) });
    expect(() => readCellsFromBytes('latin1.xlsx', latin1)).toThrow("latin1.xlsx: the workbook's part xl/worksheets/u.xml says it is encoded in ISO-8859-1; a workbook's XML is UTF-8 or UTF-16 only");
  });

  const good: Parts = {
    workbook: `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Plan" r:id="rId1"/></sheets></workbook>`,
    sheets: { 'sheet1.xml': prefixedSheet([HEADER]) },
    sharedStrings: `<sst xmlns="${MAIN}"/>`,
    styles: `<styleSheet xmlns="${MAIN}"/>`,
  };
  const hostile: [string, () => Uint8Array, RegExp][] = [
    [
      'a worksheet that is not well-formed',
      () => pack({ ...good, sheets: { 'sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>` } }),
      /^bad\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml is not well-formed XML \(line 1, column \d+: unexpected close tag\); refused$/,
    ],
    [
      'shared strings with an entity expansion ("billion laughs")',
      () =>
        pack({
          ...good,
          sharedStrings: `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="${MAIN}"><si><t>&c;</t></si></sst>`,
        }),
      /^bad\.xlsx: the workbook's part xl\/sharedStrings\.xml declares a document type \(<!DOCTYPE …>\), which a workbook never does; refused, since it is how entity expansion \("billion laughs"\) and external entities get in$/,
    ],
    [
      'a workbook part with an external entity',
      () => pack({ ...good, workbook: `<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY secret SYSTEM "file:///etc/passwd">]><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="&secret;" r:id="rId1"/></sheets></workbook>` }),
      /^bad\.xlsx: the workbook's part xl\/workbook\.xml declares a document type/,
    ],
    ['an undeclared prefix', () => pack({ ...good, sheets: { 'sheet1.xml': '<x:worksheet><x:sheetData/></x:worksheet>' } }), /xl\/worksheets\/sheet1\.xml is not well-formed XML \(line 1, column \d+: unbound namespace prefix: "x"\)/],
    [
      'a prefix used outside the element that declares it',
      () => pack({ ...good, sheets: { 'sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1" xmlns:y="${MAIN}"/><y:row r="2"/></sheetData></worksheet>` } }),
      /sheet1\.xml is not well-formed XML \(line 1, column \d+: unbound namespace prefix: "y"\)/,
    ],
    [
      'two attributes of one expanded name under two prefixes',
      () => pack({ ...good, sheets: { 'sheet1.xml': `<worksheet xmlns="${MAIN}" xmlns:a="urn:n" xmlns:b="urn:n"><sheetData><row r="1" a:x="1" b:x="2"/></sheetData></worksheet>` } }),
      /sheet1\.xml is not well-formed XML \(line 1, column \d+: duplicate attribute: \{urn:n\}x\)/,
    ],
    [
      'a prefix undeclared with an empty namespace',
      () => pack({ ...good, sheets: { 'sheet1.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData xmlns:x=""/></x:worksheet>` } }),
      /sheet1\.xml is not well-formed XML \(line 1, column \d+: invalid attempt to undefine prefix in XML 1.0\)/,
    ],
    [
      'the xml prefix bound to another namespace',
      () => pack({ ...good, sheets: { 'sheet1.xml': `<worksheet xmlns="${MAIN}" xmlns:xml="urn:mine"><sheetData/></worksheet>` } }),
      /sheet1\.xml is not well-formed XML \(line 1, column \d+: xml prefix must be bound to http:\/\/www\.w3\.org\/XML\/1998\/namespace\)/,
    ],
    ['an empty part', () => pack({ ...good, styles: ' ' }), /xl\/styles\.xml is not well-formed XML \(.*root element.*\); refused/],
    [
      'a part that is not UTF-8',
      // "café" with é as one Latin-1 byte, which UTF-8 cannot hold alone.
      () => pack({ ...good, raw: { 'xl/sharedStrings.xml': Uint8Array.from(`<sst xmlns="${MAIN}"><si><t>caf\u00e9</t></si></sst>`, (ch) => ch.charCodeAt(0)) } }),
      /xl\/sharedStrings\.xml is not valid UTF-8 text; refused/,
    ],
  ];

  it.each(hostile)('refuses %s, naming the part', (_what, bytes, message) => {
    expect(() => readCellsFromBytes('bad.xlsx', bytes())).toThrow(message);
  });
});

/** LibreOffice's converter, where it is installed (apt-get install libreoffice-calc-nogui). */
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((path) => existsSync(path)) ?? null;
if (!SOFFICE) console.warn('workbook-reader.test.ts: soffice not found; the test of a workbook written by LibreOffice is skipped (apt-get install libreoffice-calc-nogui)');

describe('workbooks written by other programs', () => {
  async function exceljsPlan(path: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRow(['e-Governance policy Implementation and Monitoring plan']);
    sheet.addRow([...HEADER, 'Baseline', 'Remarks']);
    sheet.addRow(['1 Digital by Default', '1.1 RGoB shall go digital.', { richText: [{ text: '1.1.1 Ensure ', font: { bold: true } }, { text: 'connectivity' }] }, '% of uptime', new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2020, 11, 1)), 'MoIC', 'Ongoing', 0.95, 'line one\nline two & <more>']);
    sheet.addRow(['', '', '1.1.2 Expand coverage to རྫོང་ཁག', 'No. of agencies', 'Jul 2017', 'Jul 2022', 'DITT', 'Not started', 500, '=not a formula']);
    sheet.getCell('E3').numFmt = 'mmm yyyy';
    sheet.getCell('F3').numFmt = 'mmm yyyy';
    sheet.getCell('I3').numFmt = '0%';
    sheet.mergeCells('A3:A4');
    workbook.addWorksheet('Lists', { state: 'hidden' }).addRow(['Ongoing', 'Completed']);
    await workbook.xlsx.writeFile(path);
  }

  it('reads what exceljs writes, as the plan a person sees', async () => {
    const path = join(folder, 'exceljs-plan.xlsx');
    await exceljsPlan(path);
    const { sheets } = readCellsFromBytes('exceljs-plan.xlsx', readFileSync(path));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Plan', 'visible'],
      ['Lists', 'hidden'],
    ]);
    expect(sheets[0]!.rows.slice(2)).toEqual([
      ['1 Digital by Default', '1.1 RGoB shall go digital.', '1.1.1 Ensure connectivity', '% of uptime', '2018-01-01', '2020-12-01', 'MoIC', 'Ongoing', '95%', 'line one\nline two & <more>'],
      ['', '', '1.1.2 Expand coverage to རྫོང་ཁག', 'No. of agencies', 'Jul 2017', 'Jul 2022', 'DITT', 'Not started', '500', '=not a formula'],
    ]);
  });

  it.skipIf(!SOFFICE)('reads what LibreOffice writes: the same cells and the same plan as the workbook it converted', { timeout: 120_000 }, async () => {
    const source = join(folder, 'for-libreoffice.xlsx');
    await exceljsPlan(source);
    const out = join(folder, 'libreoffice');
    mkdirSync(out, { recursive: true });
    // A profile of its own, so that a LibreOffice already running elsewhere on the machine does not take the job.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(folder, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, source], { stdio: 'pipe', timeout: 110_000 });
    const converted = join(out, 'for-libreoffice.xlsx');
    const bytes = readFileSync(converted);
    // LibreOffice writes its own parts (its name in docProps/app.xml, its styles), not exceljs's.
    expect(new TextDecoder().decode(bytes)).toContain('docProps/app.xml');
    const original = readCellsFromBytes('exceljs.xlsx', readFileSync(source));
    const fromLibreOffice = readCellsFromBytes('libreoffice.xlsx', bytes);
    expect(fromLibreOffice.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Plan', 'visible'],
      ['Lists', 'hidden'],
    ]);
    expect(fromLibreOffice.sheets[0]!.rows).toEqual(original.sheets[0]!.rows);
    expect(fromLibreOffice.sheets[0]!.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
    // The plans alike, agencies named by acronym (each reading gives new agencies new ids).
    const plan = async (path: string) => {
      const { file } = await readSpreadsheet(path);
      const acronyms = new Map(file.agencies.map((a) => [a.id, a.acronym]));
      return JSON.stringify(file.plans[0]!.chapters, (key, value: unknown) => (key === 'agencies' && Array.isArray(value) ? value.map((id: string) => acronyms.get(id)) : value));
    };
    expect(await plan(converted)).toEqual(await plan(source));
  });
});
