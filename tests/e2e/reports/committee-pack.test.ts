// The steering committee pack of the sample plan as the committee reads it, through `npm run cli -- report` and
// pdftotext: the committee's own pages (key messages, decisions sought with their actions, items for information)
// first after the contents; delivery ratings with their reasons, and the trend ↑ ↓ → against the previous meeting's
// snapshot. Two meetings' snapshots with status changes between and after them: 5.2.1.1 completed before the 11th
// meeting and reopened after it (↓), 5.1.1.3 completed after it (↑).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCommitteePages } from '../../../electron/core/committee/committee-pages';
import { openDatabase } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { takeSnapshot } from '../../../electron/core/snapshots/snapshots';
import { readPdf } from '../support/pdf-structure';
import { tempDir } from '../support/sample-workspace';

const root = resolve(import.meta.dirname, '../../..');
const folder = tempDir('committee-pack');
const db = join(folder, 'workspace.sqlite');
const pdf = join(folder, 'pack.pdf');
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
function pagesOf(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return pages.map((page) => page.replace(/\s+/g, ' '));
}

let pages: string[] = [];

beforeAll(async () => {
  const connection = await openDatabase(db);
  try {
    const at = (day: string, source: 'edit' | 'import' = 'edit') => ({ user: 'Sonam Choden', source, at: `${day}T09:00:00.000Z`, sourceFile: null, batchId: randomUUID() });
    const { planId } = await importSpreadsheet(connection.db, at('2020-01-10', 'import'), resolve(root, 'resources/sample-plan.tsv'));
    const id = async (code: string) => (await connection.db.selectFrom('actions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    await takeSnapshot(connection.db, at('2020-03-15'), { planId, name: '10th Steering Committee' });
    await updateActionField(connection.db, at('2020-05-10'), { actionId: await id('5.2.1.1'), field: 'status', value: 'Completed' });
    const eleventh = await takeSnapshot(connection.db, at('2020-07-15'), { planId, name: '11th Steering Committee' });
    await updateActionField(connection.db, at('2020-10-15'), { actionId: await id('5.1.1.3'), field: 'status', value: 'Completed' });
    await updateActionField(connection.db, at('2020-10-16'), { actionId: await id('5.2.1.1'), field: 'status', value: 'Not started' });
    // What the PMU wrote for the 12th meeting, the one after the 11th's snapshot.
    await saveCommitteePages(connection.db, at('2020-11-20'), {
      planId,
      snapshotId: eleventh.id,
      keyMessages: 'Delivery improved since the 11th meeting.\n\n- Connectivity is six months behind\n- Two ministries asked for budget support',
      information: '- The data centre passed its annual audit',
      decisions: [
        { text: 'Approve the revised end of the connectivity works', actionCodes: ['5.1.1.1', '5.2.1.1'] },
        { text: 'Endorse the budget request of MoIC', actionCodes: [] },
      ],
    });
  } finally {
    await connection.close();
  }
  const result = await runCli(['report', '--db', db, '--preset', 'steering-committee', '--out', pdf, '--as-of', '2020-11-30', '--chromium', process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium']);
  expect(result.code, result.stderr).toBe(0);
  // Nothing cut: no page overflows, no block outgrows a page.
  expect(result.stderr).not.toMatch(/warning/i);
  pages = pagesOf(pdf);
}, 180_000);

/** The first page past the contents whose text holds `heading`, and the pages after it. */
function from(heading: string): string[] {
  const first = pages.findIndex((page, index) => index > 1 && page.includes(heading));
  return first < 0 ? [] : pages.slice(first);
}

describe('the steering committee pack: the committee pages and the ratings', () => {
  it('prints the key messages, decisions and items for information first, right after the contents', () => {
    expect(pages[1]).toContain('Contents For the committee 3 Key messages 3 Decisions sought 3 Items for information 3 Executive summary');
    const committee = pages[2]!;
    expect(committee).toContain('For the committee For the meeting after “11th Steering Committee”');
    // (The bullets are the list's markers: drawn, not text.)
    expect(committee).toContain('Key messages Delivery improved since the 11th meeting. Connectivity is six months behind Two ministries asked for budget support');
    expect(committee).toMatch(/1 Approve the revised end of the connectivity works 5\.1\.1\.1 Ensure reliable connectivity at all times 5\.2\.1\.1 List all services/);
    expect(committee).toContain('2 Endorse the budget request of MoIC None linked');
    expect(committee).toContain('Items for information The data centre passed its annual audit');
    const outline = readPdf(pdf).outline.map((b) => [b.title, b.level]);
    expect(outline.slice(0, 5)).toEqual([
      ['Contents', 1],
      ['For the committee', 1],
      ['Key messages', 2],
      ['Decisions sought', 2],
      ['Items for information', 2],
    ]);
  });

  it('prints the ratings by meeting and the roll-ups, with a key telling ratings by word and shape', () => {
    const ratings = from('Delivery ratings Whole plan · rated as at Nov 2020').join(' ');
    expect(ratings).toContain('trend since “11th Steering Committee”');
    expect(ratings).toContain('■ Red ▲ Amber ● Green ✓ Completed ○ Not rated Trend since “11th Steering Committee”: ↑ better · ↓ worse · → the same');
    // Oldest meeting first, then this pack; 53 actions at each.
    expect(ratings).toMatch(/Ratings by meeting .*10th Steering Committee 15 Mar 2020( \d+){5} 53 11th Steering Committee 15 Jul 2020( \d+){5} 53 This pack \(as of 30 November 2020\)/);
    expect(ratings).toMatch(/Ratings by chapter .*5\.1 Digital by Default (■ Red|▲ Amber|● Green)/);
    expect(ratings).toMatch(/Ratings by lead agency .*MoIC/);
  });

  it('gives the reasons of red and amber actions, and the trend against the previous meeting', () => {
    const why = from('Red and amber actions, and why').join(' ');
    // Reopened after the 11th meeting, where it was completed: worse, with the reason in words.
    expect(why).toMatch(/5\.2\.1\.1 List all services.*?(■ Red|▲ Amber) ↓ (Overdue \d+ months|Due by)/);
    expect(why).toMatch(/Due by Dec 2020 and not started/);
    expect(why).toMatch(/End slipped \d+ months: revised to/);
    // In the chapter detail: a rating column, with ↑ for the action completed since the 11th meeting.
    const detail = from('Chapter detail').join(' ');
    expect(detail).toMatch(/5\.1\.1\.3 Issue executive order.*?Completed ✓ Completed[^■▲●○✓]*?↑/);
    expect(detail).toMatch(/5\.2\.1\.1 List all services.*?(■ Red|▲ Amber) ↓/);
    expect(detail).toMatch(/5\.1\.1\.1 Ensure reliable.*?● Green →/);
  });
});
