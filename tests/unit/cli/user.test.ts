// Who the CLI records as the author: --user, else the name the app set on the workspace, else PLANDESK_USER, else a
// refusal saying how to name oneself. Never the operating system's account.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { setWorkspaceUserName } from '../../../electron/core/db/workspace-user';
import { runCliWith } from '../support/run-cli';
import { FIXTURES, sha256Of, tempFolder } from '../support/workspace';

const folder = tempFolder();
const PLAN = join(FIXTURES, 'plans', 'two-chapters.plan.json');
const noUser = { PLANDESK_USER: undefined };

async function authors(db: string): Promise<string[]> {
  const connection = await openDatabase(db, { mustExist: true });
  try {
    const rows = await connection.db.selectFrom('change_history').select('user_name').distinct().orderBy('user_name').execute();
    return rows.map((r) => r.user_name);
  } finally {
    await connection.close();
  }
}

describe('the CLI names who changes the workspace', { timeout: 180_000 }, () => {
  it('refuses a writing command when nobody is named, and leaves no workspace behind', async () => {
    const db = join(folder, 'nobody.sqlite');
    const result = await runCliWith(noUser, 'import', PLAN, '--db', db);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^plandesk import: who is making this change\? Give --user "<your name>", or set PLANDESK_USER, or set your name in the app/);
    expect(existsSync(db)).toBe(false);
  });

  it('records --user, else the workspace\'s name, else PLANDESK_USER; never the system account', async () => {
    const db = join(folder, 'named.sqlite');
    expect((await runCliWith(noUser, 'import', PLAN, '--db', db, '--user', 'Karma Wangchuk')).code).toBe(0);
    expect(await authors(db)).toEqual(['Karma Wangchuk']);

    // A pack names who packed it: with no name anywhere it is refused, no file written, the workspace unchanged.
    const before = sha256Of(db);
    const refused = await runCliWith(noUser, 'pack', join(folder, 'a.pmupack'), '--db', db);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Give --user');
    expect(sha256Of(db)).toBe(before);
    expect(existsSync(join(folder, 'a.pmupack'))).toBe(false);

    // The app set a name on this workspace: the CLI takes it, even over PLANDESK_USER.
    const connection = await openDatabase(db, { mustExist: true });
    await setWorkspaceUserName(connection.db, '  Dechen Pelden ');
    await connection.close();
    const sent = await runCliWith({ PLANDESK_USER: 'From Env' }, 'exchange', 'send', '--db', db, '--period', 'FY 2025-26', '--out', join(folder, 'out'), '--agency', 'MoIC', '--json');
    expect(sent.stderr).toBe('');
    expect(JSON.parse(sent.stdout).packages[0].issuedBy).toBe('Dechen Pelden');
    const sentBy = await openDatabase(db, { mustExist: true });
    const packageRow = await sentBy.db.selectFrom('exchange_packages').select('issued_by').executeTakeFirstOrThrow();
    await setWorkspaceUserName(sentBy.db, '');
    await sentBy.close();
    expect(packageRow.issued_by).toBe('Dechen Pelden');

    // With no name in the workspace, PLANDESK_USER.
    const packed = await runCliWith({ PLANDESK_USER: 'From Env' }, 'pack', join(folder, 'b.pmupack'), '--db', db);
    expect(packed.code).toBe(0);
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(join(folder, 'b.pmupack')))['manifest.json']!));
    expect(manifest.createdBy).toBe('From Env');
    const names = await authors(db);
    expect(names).toEqual(['Karma Wangchuk']);
    expect(names).not.toContain(userInfo().username);
  });
});
