// Spreadsheet files: each quirk in a small synthetic file, other layouts (headers, column orders, delimiters,
// encodings, .xlsx with merged cells, several sheets and formulas), and malformed input that must be refused
// with a clear message, leaving the workspace byte-for-byte unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet, readSpreadsheet } from '../../../electron/core/import';
import { MAX_LINE_CHARS } from '../../../electron/core/import/read-cells';
import { AppError } from '../../../shared/result';
import { openTempWorkspace, sha256Of, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
let n = 0;
function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, `${++n}-${name}`);
  writeFileSync(path, content);
  return path;
}
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const HEADER = ['Chapter', 'Policy statement', 'Action', 'Indicator', 'Baseline', 'Target', 'Start date', 'End date', 'Lead Agency', 'Collaborating Agencies', 'Fund', 'Status', 'Remarks'];
const ROW = ['1 Digital', '1.1 Go digital.', '1.1.1 Ensure connectivity', '% of uptime', '95%', '98%', 'Jan 2018', 'Dec 2020', 'MoIC', 'BPC', 'Committed', 'Ongoing', 'On track'];

async function actionsOf(path: string) {
  const { file: plan, report } = await readSpreadsheet(path);
  const actions = plan.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
  return { plan, report, actions };
}

/** A one-sheet workbook written by hand, with whatever comes before the worksheet's root element. */
function workbookOf(sheetData: string, prolog = ''): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?>${prolog}<worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

async function xlsx(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(folder, `${++n}-${name}`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('quirks, one synthetic file each', () => {
  it('realigns a row whose cells slid two columns right', async () => {
    const { actions, report } = await actionsOf(file('slid.tsv', tsv([HEADER, ROW, ['', '', '', '', '1.1.2 Expand coverage', 'No. of agencies', '500', '765', 'Jul 2017', 'Jul 2022', 'DITT', 'All agencies', '', 'Not started']])));
    expect(actions[1]).toMatchObject({ code: '1.1.2', title: 'Expand coverage', start: '2017-07', end: '2022-07', status: 'not_started', lead: { text: 'DITT' } });
    expect(report.entries.find((e) => e.row === 3)?.message).toBe('cells shifted two columns right, realigned');
  });

  it('skips the header where it is repeated (in other case and spacing), and only there', async () => {
    const again = HEADER.map((h, i) => (i === 1 ? ` ${h.toUpperCase()}  ` : h));
    const almost = [...HEADER.slice(0, -1), 'Remarks|'];
    const second = ['', '', '1.1.2 Expand coverage', 'No. of agencies', '500', '765', 'Jul 2017', 'Jul 2022', 'DITT', '', '', 'Ongoing', ''];
    const { actions, report } = await actionsOf(file('repeated.tsv', tsv([HEADER, ROW, again, second, almost])));
    expect(report.entries.filter((e) => e.message === 'the header is repeated here; row skipped').map((e) => e.row)).toEqual([3]);
    expect(actions.map((a) => a.code)).toEqual(['1.1.1', '1.1.2', '']);
    expect(actions[2]).toMatchObject({ remarks: 'Remarks|' });
  });

  it('reads a status in varied wording and case, and keeps a sentence as text', async () => {
    const rows = [HEADER, ROW, ...['NOT STARTED', 'completed', 'On going', 'Work has not begun yet.'].map((status, i) => ['', '', `1.1.${i + 2} Action ${i}`, '', '', '', '', '', 'MoIC', '', '', status, ''])];
    const { actions } = await actionsOf(file('status.tsv', tsv(rows)));
    expect(actions.slice(1).map((a) => [a.status, a.statusText])).toEqual([
      ['not_started', 'NOT STARTED'],
      ['completed', 'completed'],
      ['ongoing', 'On going'],
      [null, 'Work has not begun yet.'],
    ]);
  });

  it('links agencies case-insensitively and keeps groups and shared acronyms apart', async () => {
    const rows = [HEADER, ['', '', '1.1.1 A', '', '', '', '', '', 'moic and MOF', 'All Government Agencies', '', '', ''], ['', '', '1.1.2 B', '', '', '', '', '', 'DOI', '', '', '', ''], [], ['Stakeholder list'], ['', 'MoIC', 'Ministry of Information and Communication'], ['', 'MoF', 'Ministry of Finance'], ['', 'DOI', 'Department of Industries'], ['', 'DOI', 'Department of Immigration']];
    const { plan, actions, report } = await actionsOf(file('agencies.tsv', tsv([['', '', '1 Chapter'], ['', '', ''], ...rows])));
    const name = (id: string) => plan.agencies.find((a) => a.id === id)?.name;
    expect(actions[0]!.lead.agencies.map(name)).toEqual(['Ministry of Information and Communication', 'Ministry of Finance']);
    expect(plan.agencies.find((a) => a.id === actions[0]!.collaborators.agencies[0])).toMatchObject({ kind: 'group', confirmed: false });
    expect(actions[1]!.lead).toEqual({ text: 'DOI', agencies: [] });
    expect(report.entries.some((e) => e.message.startsWith('"DOI" names 2 agencies'))).toBe(true);
  });

  it('reads a single timeline column holding a range, and a stakeholder sheet of its own', async () => {
    const path = await xlsx('timeline.xlsx', (wb) => {
      const plan = wb.addWorksheet('M&E plan');
      plan.addRow(['Outcome', 'Output', 'Activity', 'KPI', 'Timeframe', 'Responsible', 'Progress']);
      plan.addRow(['1 Connected Bhutan', '1.1 Networks reach all', '1.1.1 Lay fibre', 'km laid', 'Jul 2019 - Jun 2021', 'BT', 'Ongoing']);
      const list = wb.addWorksheet('Acronyms');
      list.addRow(['BT', 'Bhutan Telecom Ltd.']);
    });
    const { plan, actions, report } = await actionsOf(path);
    expect(actions[0]).toMatchObject({ code: '1.1.1', start: '2019-07', end: '2021-06', status: 'ongoing' });
    expect(plan.agencies.find((a) => a.id === actions[0]!.lead.agencies[0])).toMatchObject({ acronym: 'BT', name: 'Bhutan Telecom Ltd.', confirmed: true });
    expect(report.sheets.map((s) => s.role)).toEqual(['plan', 'stakeholders']);
  });
});

describe('other layouts', () => {
  it('maps headers in other words and another column order, keeping an unknown column', async () => {
    const rows = [
      ['Pillar', 'Objective', 'Activity', 'Responsible', 'Partners', 'Means of verification', 'KPI', 'Baseline', 'Target', 'Start', 'End', 'Budget', 'Progress', 'Comments'],
      ['1 Digital', '1.1 Go digital.', '1.1.1 Ensure connectivity', 'MoIC', 'BPC', 'Annual report', '% of uptime', '95%', '98%', '2018', '2020', 'Not committed', 'Completed', 'Done'],
    ];
    const { actions, report } = await actionsOf(file('layout.csv', rows.map((r) => r.join(',')).join('\r\n')));
    expect(actions[0]).toMatchObject({ code: '1.1.1', start: '2018-01', startPrecision: 'year', end: '2020-12', status: 'completed', fund: { status: 'not_committed' }, remarks: 'Done', unmapped: { 'Means of verification': 'Annual report' } });
    expect(report.unmappedColumns).toEqual([{ sheet: null, column: 'F', header: 'Means of verification', keptAs: 'Means of verification' }]);
    expect(report.delimiter).toBe(',');
  });

  it('reads codes from a column of their own, and levels by code depth when there is one text column', async () => {
    const rows = [['No.', 'Description', 'Lead', 'Status'], ['5.1', 'Digital by Default', '', ''], ['5.1.1', 'RGoB shall go digital.', '', ''], ['5.1.1.1', 'Ensure connectivity', 'MoIC', 'Ongoing'], ['5.1.1.2', 'Expand coverage', 'DITT', 'Not started']];
    const path = file('codes.csv', rows.map((r) => r.join(';')).join('\n'));
    const { plan, report } = await actionsOf(path);
    expect(report.delimiter).toBe(';');
    const chapter = plan.plans[0]!.chapters[0]!;
    expect(chapter).toMatchObject({ code: '5.1', title: 'Digital by Default' });
    expect(chapter.statements[0]).toMatchObject({ code: '5.1.1', text: 'RGoB shall go digital.' });
    expect(chapter.statements[0]!.actions.map((a) => [a.code, a.title, a.status])).toEqual([['5.1.1.1', 'Ensure connectivity', 'ongoing'], ['5.1.1.2', 'Expand coverage', 'not_started']]);
  });

  it('decodes Windows-1252 and UTF-8 with a BOM', async () => {
    const latin = Buffer.from(tsv([HEADER, ['1 Digital', '1.1 Go digital.', '1.1.1 Ensure “reliable” connectivity', '', '', '', '', '', 'MoIC', '', '', '', 'Café']]), 'latin1');
    latin[latin.indexOf(Buffer.from('Ensure ')) + 7] = 0x93;
    latin[latin.indexOf(Buffer.from(' connectivity')) - 1] = 0x94;
    const cp = await actionsOf(file('cp1252.tsv', latin));
    expect(cp.report.encoding).toBe('windows-1252');
    expect(cp.actions[0]).toMatchObject({ title: 'Ensure “reliable” connectivity', remarks: 'Café' });
    const bom = await actionsOf(file('bom.csv', `\uFEFF${[HEADER, ROW].map((r) => r.join(',')).join('\n')}`));
    expect(bom.report.encoding).toBe('utf-8 (with BOM)');
    expect(bom.plan.plans[0]!.chapters[0]!.code).toBe('1');
  });

  it('reads .xlsx merged cells, a title and two header rows, formulas as values, and ignores other sheets', async () => {
    const path = await xlsx('merged.xlsx', (wb) => {
      wb.addWorksheet('Read me').addRow(['This workbook holds the plan.']);
      const ws = wb.addWorksheet('Plan');
      ws.addRow(['National plan']);
      ws.addRow(['Chapter', 'Policy statement', 'Action', 'Target', 'Timeline', '', 'Lead Agency', 'Status']);
      ws.addRow(['', '', '', '', 'Start', 'End', '', '']);
      ws.mergeCells('E2:F2');
      ws.addRow(['1 Digital', '1.1 Go digital.', '1.1.1 Ensure connectivity', 0.98, new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2020, 11, 1)), 'MoIC', 'Ongoing']);
      ws.addRow(['', '', '1.1.2 Expand coverage', { formula: '500+265', result: 765 }, 'July 2017', 'July 2022', 'DITT', '']);
      ws.getCell('D4').numFmt = '0%';
      ws.mergeCells('A4:A5');
      ws.mergeCells('H4:H5');
    });
    const { plan, actions, report } = await actionsOf(path);
    expect(plan.plans[0]!.title).toBe('National plan');
    expect(plan.plans[0]!.chapters).toHaveLength(1);
    expect(actions.map((a) => [a.code, a.start, a.end, a.status, a.indicators[0]?.target.text])).toEqual([
      ['1.1.1', '2018-01', '2020-12', 'ongoing', '98%'],
      ['1.1.2', '2017-07', '2022-07', 'ongoing', '765'],
    ]);
    expect(report.sheets.map((s) => [s.name, s.role])).toEqual([['Read me', 'ignored'], ['Plan', 'plan']]);
  });
});

describe('malformed input', () => {
  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ['an empty file', () => file('empty.csv', ''), /the file is empty/],
    ['binary garbage named .xlsx', () => file('garbage.xlsx', new Uint8Array(4096).map((_, i) => (i * 7919) % 251)), /not an \.xlsx workbook/],
    ['a truncated .xlsx', async () => { const whole = readFileSync(await xlsx('whole.xlsx', (wb) => wb.addWorksheet('Plan').addRow(HEADER))); return file('truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2))); }, /truncated or damaged/],
    ['a zip bomb named .xlsx', () => file('bomb.xlsx', zipSync({ 'xl/workbook.xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(300 * 1024 * 1024) }, { level: 9 })), /zip bomb/],
    ['an .xlsx whose worksheet is not well-formed XML', () => file('malformed.xlsx', workbookOf('<row r="1"><c r="A1"><v>1</v></row>')), /malformed\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml is not well-formed XML \(line 1, column \d+: unexpected close tag\); refused/],
    ['an .xlsx with an entity expansion ("billion laughs")', () => file('laughs.xlsx', workbookOf('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', `<!DOCTYPE worksheet [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`)), /laughs\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml declares a document type \(<!DOCTYPE …>\), which a workbook never does; refused/],
    ['an .xlsx with an external entity', () => file('external.xlsx', workbookOf('<row r="1"><c r="A1" t="inlineStr"><is><t>&passwd;</t></is></c></row>', '<!DOCTYPE worksheet [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>')), /external\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml declares a document type/],
    ['a CSV whose encoding cannot be decided (Cyrillic in Windows-1251)', () => file('cp1251.csv', Uint8Array.from([...new TextEncoder().encode(`${HEADER.join(',')}\n`), 0xcf, 0xf0, 0xee, 0xe5, 0xea, 0xf2, 0x2c, 0x31, 0x0a])), /cp1251\.csv: the text's encoding cannot be decided: it is not UTF-8 or UTF-16, and not Windows-1252 either \(bytes \d+ to \d+ would read as "Ïðîå", letters no Latin-script word runs together\); save the file again as "CSV UTF-8"/],
    ['a CSV with a byte Windows-1252 leaves undefined', () => file('undefined.csv', Uint8Array.from([...new TextEncoder().encode(`${HEADER.join(',')}\n`), 0x41, 0x81, 0x42, 0x0a])), /undefined\.csv: the text's encoding cannot be decided: .*\(byte \d+ \(0x81\) has no meaning in Windows-1252\)/],
    ['a zip with an unsafe path', () => file('unsafe.xlsx', zipSync({ 'xl/workbook.xml': new Uint8Array(10), '../evil.txt': new Uint8Array(10) })), /unsafe path/],
    ['a 50 MB line', () => file('long.csv', `${HEADER.join(',')}\n${'x'.repeat(50 * 1024 * 1024)}\n`), new RegExp(`line 2 is 52,428,800 characters long \\(a plan row is never longer than ${MAX_LINE_CHARS.toLocaleString('en')}\\)`)],
    ['a header-only file', () => file('header.tsv', tsv([['My plan'], HEADER])), /has a header \(header on row 2\) but no actions below it/],
    ['a file without a header', () => file('noheader.csv', 'a,b,c\n1,2,3\n'), /no header row found in the first 30 rows/],
    ['error values in cells', async () => xlsx('errors.xlsx', (wb) => { const ws = wb.addWorksheet('Plan'); ws.addRow(HEADER); ws.addRow(ROW); ws.getCell('F2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue; ws.getCell('E2').value = { error: '#REF!' } as ExcelJS.CellErrorValue; }), /cell Plan!E2 holds the error value #REF!; cell Plan!F2 holds a formula whose value is the error #DIV\/0!/],
    ['formulas without a saved value', async () => xlsx('formula.xlsx', (wb) => { const ws = wb.addWorksheet('Plan'); ws.addRow(HEADER); ws.addRow(ROW); ws.getCell('F2').value = { formula: 'E2*2' } as ExcelJS.CellFormulaValue; }), /Plan!F2 holds a formula \(=E2\*2\) without a saved value/],
    ['an error value in a text file', () => file('errors.csv', [HEADER, [...ROW.slice(0, 5), '#N/A', ...ROW.slice(6)]].map((r) => r.join(',')).join('\n')), /cell F2 holds the error value #N\/A/],
  ];

  it.each(cases)('%s is refused with a clear message and the workspace is unchanged', async (_what, make, message) => {
    const path = await make();
    const connection = await openTempWorkspace(folder, `malformed-${++n}.sqlite`);
    const dbPath = connection.path;
    connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256Of(dbPath);
    const error = await importSpreadsheet(connection.db, testContext({ source: 'import' }), path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_file');
    expect((error as AppError).message).toMatch(message);
    connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(sha256Of(dbPath)).toBe(before);
    expect(readFileSync(`${dbPath}-wal`).length).toBe(0);
    await connection.close();
  });
});
