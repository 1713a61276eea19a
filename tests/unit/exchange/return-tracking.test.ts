// Who has answered for a period: one agency returns its workbook and it is merged, two do not answer by their due
// date (overdue, with days late); the newest workbook of an agency is the one tracked. The CLI prints the table.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackReturns } from '../../../electron/core/exchange/return-tracking';
import { runCli } from '../support/run-cli';
import { FIXTURES, sha256Of, tempFolder } from '../support/workspace';
import { fillIn, loadWorkbook } from './support';

const folder = tempFolder();
const db = join(folder, 'pmu.sqlite');

describe('return tracking per period', () => {
  it('says sent, returned, merged or overdue with days late, in the CLI as in the core', async () => {
    expect((await runCli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db)).code).toBe(0);
    const sent = await runCli('exchange', 'send', '--db', db, '--period', 'FY 2025-26', '--out', join(folder, 'out'), '--due', '2027-01-31', '--json');
    const files: string[] = JSON.parse(sent.stdout).files;
    const back = async (agency: string, name: string) => {
      const workbook = await loadWorkbook(files.find((f) => f.includes(agency))!);
      fillIn(workbook, [{ code: '5.1.1.3', cells: { 'Status now': 'Ongoing' } }]);
      const path = join(folder, name);
      await workbook.xlsx.writeFile(path);
      return path;
    };
    // DITT's return is merged; BICMA and MoIC do not answer by the due date.
    expect((await runCli('exchange', 'merge', await back('DITT', 'DITT back.xlsx'), '--db', db, '--accept', 'all')).code).toBe(0);
    const before = sha256Of(db);
    const status = await runCli('exchange', 'status', '--db', db, '--period', 'FY 2025-26', '--today', '2027-02-10', '--json');
    expect(status.code).toBe(0);
    const table = JSON.parse(status.stdout);
    expect(table.agencies.map((r: { agency: string; standing: string; daysLate: number; dueDate: string }) => [r.agency, r.standing, r.daysLate, r.dueDate])).toEqual([
      ['BICMA', 'overdue', 10, '2027-01-31'],
      ['MoIC', 'overdue', 10, '2027-01-31'],
      ['DITT', 'merged', 0, '2027-01-31'],
    ]);
    const text = await runCli('exchange', 'status', '--db', db, '--period', 'FY 2025-26', '--today', '2027-01-31');
    expect(text.stdout.split('\n')[0]).toMatch(/^BICMA: sent \d{4}-\d{2}-\d{2}, due 2027-01-31 \[BICMA - FY 2025-26 - update\.xlsx\]$/);
    expect(text.stdout).toMatch(/\nDITT: merged \d{4}-\d{2}-\d{2} \[DITT - FY 2025-26 - update\.xlsx\]\n/);
    // Reading the table writes nothing.
    expect(sha256Of(db)).toBe(before);
    const unknown = await runCli('exchange', 'status', '--db', db, '--period', 'FY 1999-00');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^plandesk exchange: "FY 1999-00" is not a reporting period of this plan/);
  }, 180_000);

  it('tracks the newest workbook of an agency for the period, and refuses a day that is no date', () => {
    const pack = (id: string, issuedAt: string, status: 'sent' | 'returned' | 'merged', dueDate: string | null) => ({
      id, planId: 'p', sendId: id, agency: { id: 'moic', label: 'MoIC' }, period: { id: 'q2', label: 'FY 2026-27 Q2' }, issuedAt, issuedBy: 'PMU', dueDate, contact: '',
      fileName: `${id}.xlsx`, actions: 3, status, returnedAt: status === 'sent' ? null : '2027-01-05T09:00:00Z', returnedFile: null, mergedAt: null, mergedBy: null, accepted: null, rejected: null,
    });
    const rows = trackReturns([pack('first', '2026-12-01T09:00:00Z', 'sent', '2026-12-31'), pack('again', '2027-01-02T09:00:00Z', 'returned', '2027-01-31')], 'q2', '2027-02-03');
    expect(rows).toEqual([
      { agency: 'MoIC', agencyId: 'moic', packageId: 'again', fileName: 'again.xlsx', actions: 3, sentOn: '2027-01-02', dueDate: '2027-01-31', standing: 'returned', daysLate: 0, returnedOn: '2027-01-05', mergedOn: null, chasedAt: null, chasedBy: null, chases: 0 },
    ]);
    expect(trackReturns([pack('x', '2026-12-01T09:00:00Z', 'sent', null)], 'q2', '2030-01-01')[0]!.standing).toBe('sent');
    expect(() => trackReturns([], 'q2', '3 Feb')).toThrow('"3 Feb" is not a date written YYYY-MM-DD');
  });
});
