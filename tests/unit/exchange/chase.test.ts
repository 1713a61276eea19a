// Chasing an agency that has not returned its workbook: the reminder (due date, period, the actions missing, the
// sender), as .eml with the very workbook sent attached and written beside it, the chase in the history and in the
// tracking table; refusals for what cannot be chased, with nothing written.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { reminderEml } from '../../../electron/core/exchange/reminder-eml';
import { runCli } from '../support/run-cli';
import { FIXTURES, sha256Of, tempFolder } from '../support/workspace';
import { fillIn, loadWorkbook } from './support';

const folder = tempFolder();
const db = join(folder, 'pmu.sqlite');

interface MimePart {
  readonly headers: string;
  readonly body: Buffer;
}

/** The parts of a multipart .eml, each body decoded from base64. */
function partsOf(eml: string): { headers: string; parts: MimePart[] } {
  const [headers, ...rest] = eml.split('\r\n\r\n');
  const boundary = /boundary="([^"]+)"/.exec(headers!)![1]!;
  const body = rest.join('\r\n\r\n');
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [partHeaders, ...content] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
      return { headers: partHeaders!, body: Buffer.from(content.join('').replace(/\r\n/g, ''), 'base64') };
    });
  return { headers: headers!, parts };
}

/** The workbook's package id and row fingerprints, from its very hidden sheet. */
async function identityOf(path: string): Promise<{ packageId: unknown; fingerprints: unknown[] }> {
  const sheet = (await loadWorkbook(path)).getWorksheet('PlanDesk')!;
  const fingerprints: unknown[] = [];
  sheet.eachRow((row) => {
    const value = row.getCell(4).value;
    if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) fingerprints.push(value);
  });
  return { packageId: sheet.getCell('B2').value, fingerprints };
}

describe('chasing an agency that has not returned its workbook', () => {
  it('writes the reminder as .eml with the same workbook, records the chase, and shows it in the table', async () => {
    expect((await runCli('import', join(FIXTURES, 'plans', 'two-chapters.plan.json'), '--db', db)).code).toBe(0);
    const out = join(folder, 'sent');
    const sent = await runCli('exchange', 'send', '--db', db, '--period', 'FY 2025-26', '--out', out, '--agency', 'MoIC', '--agency', 'DITT', '--due', '2027-01-31', '--contact', 'Karma Wangdi, PMU, karma@egov.gov.bt', '--user', 'Karma Wangdi', '--json');
    expect(sent.code).toBe(0);
    const files: string[] = JSON.parse(sent.stdout).files;
    const moicSent = files.find((f) => f.includes('MoIC'))!;
    // DITT answers and is merged; MoIC does not.
    const ditt = await loadWorkbook(files.find((f) => f.includes('DITT'))!);
    fillIn(ditt, [{ code: '5.1.1.3', cells: { 'Status now': 'Ongoing' } }]);
    await ditt.xlsx.writeFile(join(folder, 'DITT back.xlsx'));
    expect((await runCli('exchange', 'merge', join(folder, 'DITT back.xlsx'), '--db', db, '--accept', 'all')).code).toBe(0);

    const chases = join(folder, 'chases');
    const chase = await runCli('exchange', 'chase', '--db', db, '--period', 'fy 2025-26', '--agency', 'moic', '--out', chases, '--today', '2027-02-10', '--user', 'Pema Choden');
    expect(chase.stderr).toBe('');
    expect(chase.code).toBe(0);
    expect(readdirSync(chases).sort()).toEqual(['MoIC - FY 2025-26 - reminder.eml', 'MoIC - FY 2025-26 - update.xlsx']);
    expect(chase.stdout).toContain('Subject: Reminder: MoIC progress update for FY 2025-26, due 31 January 2027');

    // The same workbook: the very bytes sent, hence the same package and fingerprints.
    const again = join(chases, 'MoIC - FY 2025-26 - update.xlsx');
    expect(sha256Of(again)).toBe(sha256Of(moicSent));
    const identity = await identityOf(again);
    expect(identity).toEqual(await identityOf(moicSent));
    expect(identity.fingerprints.length).toBeGreaterThan(0);

    // The .eml: 7-bit lines ending CRLF, none over 998 characters; Date and From; no To (agencies carry no address).
    const eml = readFileSync(join(chases, 'MoIC - FY 2025-26 - reminder.eml'), 'latin1');
    expect(eml).toMatch(/^[\t\r\n\x20-\x7e]*$/);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    const { headers, parts } = partsOf(eml);
    expect(headers).toMatch(/^Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/m);
    expect(headers).toMatch(/^From: "Pema Choden" <karma@egov\.gov\.bt>$/m);
    expect(headers).not.toMatch(/^To:/m);
    expect(headers).toMatch(/^Subject: Reminder: MoIC progress update for FY 2025-26, due 31 January 2027$/m);
    expect(headers).toMatch(/^MIME-Version: 1\.0$/m);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.headers).toContain('Content-Type: text/plain; charset=UTF-8');
    const text = parts[0]!.body.toString('utf8');
    expect(text).not.toMatch(/[^\r]\n/);
    const lines = text.replace(/\r\n/g, '\n');
    expect(lines).toContain('Dear colleagues of Ministry of Information and Communications (MoIC),');
    expect(lines).toContain('FY 2025-26 (Jul 2025 to Jun 2026)');
    expect(lines).toContain('It was due on 31 January 2027, 10 days ago.');
    // Every action MoIC leads is missing, by code and title.
    for (const line of ['5.1.1.1 Ensure reliable connectivity at all times', '5.1.1.3 Issue executive order for going digital by default', '5.1.2.3', '5.3.2.1 Implement data sharing platform']) {
      expect(lines).toContain(`\n  - ${line}`);
    }
    expect(lines).toContain('Still missing: the update of the 5 actions your agency leads:');
    expect(lines).toMatch(/\nPema Choden\ne-Government Project Management Unit$/);
    expect(parts[1]!.headers).toContain('Content-Disposition: attachment; filename="MoIC - FY 2025-26 - update.xlsx"');
    expect(parts[1]!.body.equals(readFileSync(moicSent))).toBe(true);

    // Recorded: who chased whom, when; and the tracking table says so.
    const sqlite = new Database(db, { readonly: true });
    const entries = sqlite.prepare("select user_name, entity_id, new_value, source from change_history where field = 'chased'").all() as { user_name: string; entity_id: string; new_value: string; source: string }[];
    sqlite.close();
    const status = await runCli('exchange', 'status', '--db', db, '--period', 'FY 2025-26', '--today', '2027-02-10', '--json');
    const rows = JSON.parse(status.stdout).agencies as { agency: string; packageId: string; standing: string; chases: number; chasedBy: string | null; chasedAt: string | null }[];
    const moic = rows.find((r) => r.agency === 'MoIC')!;
    expect(entries).toEqual([{ user_name: 'Pema Choden', entity_id: moic.packageId, new_value: 'reminder saved as an e-mail, workbook saved again to attach (5 actions missing, 10 days late)', source: 'exchange' }]);
    expect([moic.standing, moic.chases, moic.chasedBy]).toEqual(['overdue', 1, 'Pema Choden']);
    expect(rows.find((r) => r.agency === 'DITT')!.chasedAt).toBeNull();
    const table = await runCli('exchange', 'status', '--db', db, '--period', 'FY 2025-26', '--today', '2027-02-10');
    expect(table.stdout).toMatch(/^MoIC: OVERDUE, 10 days late \(due 2027-01-31\), chased \d{4}-\d{2}-\d{2} by Pema Choden \[MoIC - FY 2025-26 - update\.xlsx\]$/m);
  }, 240_000);

  it('refuses what cannot be chased, saying why, and writes nothing', async () => {
    const before = sha256Of(db);
    const out = join(folder, 'refused');
    const cases: [string[], number, RegExp][] = [
      [['--agency', 'DITT'], 1, /^plandesk exchange: DITT answered for FY 2025-26: its workbook was merged on \d+ \w+ \d{4}; there is nothing to chase$/],
      [['--agency', 'BPC'], 1, /^plandesk exchange: Nothing was sent to BPC for FY 2025-26, so there is nothing to chase \(workbooks went to MoIC, DITT\)$/],
      [['--agency', 'NOPE'], 1, /^plandesk exchange: No agency "NOPE" in the registry$/],
      [['--agency', 'MoIC', '--period', 'FY 1999-00'], 1, /^plandesk exchange: "FY 1999-00" is not a reporting period of this plan/],
    ];
    for (const [args, code, message] of cases) {
      const run = await runCli('exchange', 'chase', '--db', db, '--period', 'FY 2025-26', '--out', out, '--today', '2027-02-10', '--user', 'Pema Choden', ...args);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr.trim()).toMatch(message);
    }
    const missing = await runCli('exchange', 'chase', '--db', db, '--period', 'FY 2025-26', '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--agency is required/);
    // A folder that cannot be written to (here: under a file; the tests run as root, whom permissions do not stop).
    mkdirSync(join(folder, 'blocked'));
    writeFileSync(join(folder, 'blocked', 'a file'), 'x');
    const blocked = await runCli('exchange', 'chase', '--db', db, '--period', 'FY 2025-26', '--agency', 'MoIC', '--out', join(folder, 'blocked', 'a file', 'chases'), '--user', 'Pema Choden');
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^plandesk exchange: Cannot write to the folder .*a file[\\/]chases: /);
    expect(readdirSync(join(folder, 'blocked'))).toEqual(['a file']);
    expect(readdirSync(folder)).not.toContain('refused');
    expect(sha256Of(db)).toBe(before);

    // A workbook sent before PlanDesk kept copies: the reminder alone, naming the file to attach.
    const sqlite = new Database(db);
    sqlite.prepare('delete from exchange_sent_workbooks').run();
    sqlite.close();
    const older = join(folder, 'older');
    const chased = await runCli('exchange', 'chase', '--db', db, '--period', 'FY 2025-26', '--agency', 'MoIC', '--out', older, '--today', '2027-02-10', '--user', 'Pema Choden');
    expect(chased.code).toBe(0);
    expect(chased.stdout).toContain('No copy of the workbook was kept (sent before PlanDesk kept one): attach "MoIC - FY 2025-26 - update.xlsx" from the folder it was sent to.');
    expect(readdirSync(older)).toEqual(['MoIC - FY 2025-26 - reminder.eml']);
    const eml = readFileSync(join(older, 'MoIC - FY 2025-26 - reminder.eml'), 'latin1');
    expect(eml).not.toContain('multipart');
    expect(eml).toMatch(/^Content-Type: text\/plain; charset=UTF-8$/m);
  }, 180_000);

  it('writes names and words that are not ASCII as encoded-words, RFC 2231 names and UTF-8 text', () => {
    const eml = reminderEml({
      from: { name: 'ཀརྨ་ Wangdi', address: null },
      to: null,
      subject: 'Reminder: རྫོང་ཁ progress update for FY 2025-26, due 31 January 2027 and a long tail of words',
      text: 'བཀྲ་ཤིས་བདེ་ལེགས།\nLine two',
      at: new Date('2027-02-10T08:30:00Z'),
      attachment: { fileName: 'རྫོང - update.xlsx', contentType: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) },
    });
    expect(eml).toMatch(/^[\t\r\n\x20-\x7e]*$/);
    expect(eml).toContain('Date: Wed, 10 Feb 2027 08:30:00 +0000\r\n');
    const decode = (words: string) => [...words.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('');
    const subject = /^Subject: ((?:.*\r\n .*)*.*)$/m.exec(eml)![1]!;
    expect(decode(subject)).toBe('Reminder: རྫོང་ཁ progress update for FY 2025-26, due 31 January 2027 and a long tail of words');
    for (const line of subject.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(decode(/^From: (.*) <pmu@sender\.invalid>$/m.exec(eml)![1]!)).toBe('ཀརྨ་ Wangdi');
    expect(eml).toContain(`filename*=UTF-8''${encodeURIComponent('རྫོང - update.xlsx').replace(/%20/g, '%20')}`);
    const { parts } = partsOf(eml);
    expect(parts[0]!.body.toString('utf8')).toBe('བཀྲ་ཤིས་བདེ་ལེགས།\r\nLine two');
    expect([...parts[1]!.body]).toEqual([1, 2, 3]);
  });
});
