// What ministries reported, in the steering committee pack: MoIC's returned workbook (a progress narrative and a
// request for support on one action) merged, then `npm run cli -- report --period` read back with pdftotext. The
// narrative shows on that action in the chapter detail and MoIC's scorecard, the request in "Support requested by
// agencies", and an action MoIC did not report on says "No report for FY 2020-21".
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { mergeReturns, receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { importSpreadsheet } from '../../../electron/core/import';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { columnByHeader, fillIn, loadWorkbook } from '../../unit/exchange/support';
import { readPdf } from '../support/pdf-structure';
import { tempDir } from '../support/sample-workspace';

const root = resolve(import.meta.dirname, '../../..');
const folder = tempDir('ministry-reports');
const db = join(folder, 'workspace.sqlite');
const NARRATIVE = 'Fibre laid to 14 dzongkhags; the last two wait for the monsoon to end.';
const SUPPORT = 'Budget release for the Gasa and Lunana links (Nu 12 million).';
let reportedCode = '';
let silentCode = '';
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'electron/cli/index.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

/** The PDF's text, one squashed string per page. */
function pagesOf(pdf: string): string[] {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return pages.map((page) => page.replace(/\s+/g, ' '));
}

beforeAll(async () => {
  const connection = await openDatabase(db);
  try {
    const at = (day: string) => ({ user: 'Sonam Choden', source: 'edit' as const, at: `${day}T09:00:00.000Z`, sourceFile: null, batchId: randomUUID() });
    const { planId } = await importSpreadsheet(connection.db, { ...at('2020-06-30'), source: 'import' }, resolve(root, 'resources/sample-plan.tsv'));
    const period = (await ensurePeriods(connection.db, planId, '2020-11')).find((p) => p.label === 'FY 2020-21')!;
    const moic = (await connection.db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
    const sent = await sendForUpdate(connection.db, at('2020-12-01'), { planId, periodId: period.id, agencyIds: [moic], dueDate: null, contact: '', folder: join(folder, 'sent') });
    const workbook = await loadWorkbook(sent.files[0]!);
    const sheet = workbook.getWorksheet('Update')!;
    const codes = [...new Set(Array.from({ length: sheet.rowCount - 2 }, (_, i) => String(sheet.getRow(i + 3).getCell(columnByHeader(sheet, 'Code')).value ?? '')))].filter(Boolean);
    [reportedCode, silentCode] = [codes[0]!, codes[1]!];
    fillIn(workbook, [{ code: reportedCode, cells: { 'Progress in the period': NARRATIVE, 'Support needed': SUPPORT } }]);
    const returned = join(folder, 'MoIC returned.xlsx');
    await workbook.xlsx.writeFile(returned);
    const file = (await receiveReturns(connection.db, planId, [returned])).files[0]!;
    await mergeReturns(connection.db, { ...at('2021-01-15'), user: 'Tshering' }, { planId, paths: [returned], decisions: [{ target: { kind: 'file', fileId: file.fileId! }, accept: true }] });
  } finally {
    await connection.close();
  }
});

describe('steering committee pack: what ministries reported', () => {
  const pdf = join(folder, 'pack.pdf');
  let pages: string[] = [];

  beforeAll(async () => {
    const result = await runCli(['report', '--db', db, '--preset', 'steering-committee', '--out', pdf, '--period', 'FY 2020-21', '--chromium', process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium']);
    expect(result.code, result.stderr).toBe(0);
    pages = pagesOf(pdf);
  }, 180_000);

  const chapterPages = () => pages.filter((p) => p.includes('Chapter detail'));
  const sectionPages = (title: string) => {
    const first = pages.findIndex((p) => p.includes(title) && !p.includes('Contents'));
    return first < 0 ? [] : pages.slice(first);
  };

  it('shows the narrative and the support needed on the reported action in the chapter detail, with who and when', () => {
    const text = chapterPages().join(' ');
    const row = text.slice(text.indexOf(`${reportedCode} `));
    expect(row).toContain('FY 2020-21 · Reported by MoIC, merged 15 Jan 2021 by Tshering');
    expect(text).toContain(`Progress: ${NARRATIVE.slice(0, 40)}`);
    expect(text).toContain('Support needed: Budget release');
  });

  it('says "No report for FY 2020-21" on an action MoIC did not report on', () => {
    const text = chapterPages().join(' ');
    const row = text.slice(text.indexOf(` ${silentCode} `), text.indexOf(` ${silentCode} `) + 2000);
    expect(row).toContain('No report for FY 2020-21');
  });

  it('lists the request in "Support requested by agencies", under the action and the agency', () => {
    const section = sectionPages('Support requested by agencies')[0]!;
    expect(section).toContain(reportedCode);
    expect(section).toContain('MoIC');
    expect(section).toContain('Budget release for the Gasa and Lunana');
    expect(section).toContain('(Nu 12 million)');
    expect(pages[1]).toContain('Support requested by agencies');
    // Its bookmark, among the sections', through the pack's own outline.
    expect(readPdf(pdf).outline.map((b) => b.title)).toContain('Support requested by agencies');
  });

  it("shows the report in MoIC's scorecard", () => {
    const scorecards = sectionPages('Agency scorecards').join(' ');
    expect(scorecards).toContain('Reported for FY 2020-21');
    expect(scorecards).toContain(`Progress: ${NARRATIVE.slice(0, 40)}`);
  });

  it('refuses a period the plan does not have, naming the ones it has, and writes no pack', async () => {
    const other = join(folder, 'other.pdf');
    const result = await runCli(['report', '--db', db, '--out', other, '--period', 'FY 1999-00']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/"FY 1999-00" is not a reporting period of this plan \(.*FY 2020-21/);
    expect(execFileSync('ls', [folder], { encoding: 'utf8' })).not.toContain('other.pdf');
  });
});
