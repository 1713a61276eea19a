// Workspaces that say what they are: PlanDesk's application id, refused files of other applications and of newer
// PlanDesks (unchanged), read-only workspaces that open for viewing and exports, and commands that read a workspace
// never creating one.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { openSqliteFile } from '../../../electron/core/db/sqlite-file';
import { PLANDESK_APPLICATION_ID, WORKSPACE_FORMAT } from '../../../electron/core/db/workspace-file';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { listPlanSummaries } from '../../../electron/core/plan/plan-queries';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { runCli } from '../support/run-cli';
import { mountSmallDisk } from '../support/small-disk';
import { FIXTURES, importTwoChapterPlan, sha256Of, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const PLAN = join(FIXTURES, 'plans', 'two-chapters.plan.json');

async function workspaceWithPlan(name: string): Promise<string> {
  const path = join(folder, name);
  const connection = await openDatabase(path);
  await importTwoChapterPlan(connection);
  await connection.close();
  return path;
}

describe('a workspace says what it is', () => {
  it('carries PlanDesk application id and its format; a workspace from before them is marked when opened', async () => {
    const fresh = await openDatabase(join(folder, 'fresh.sqlite'));
    expect(fresh.sqlite.pragma('application_id', { simple: true })).toBe(PLANDESK_APPLICATION_ID);
    expect(fresh.sqlite.pragma('user_version', { simple: true })).toBe(WORKSPACE_FORMAT);
    await fresh.close();

    const oldPath = join(folder, 'older.sqlite');
    const older = await openDatabase(oldPath);
    older.sqlite.pragma('application_id = 0');
    older.sqlite.pragma('user_version = 0');
    await older.close();
    const reopened = await openDatabase(oldPath);
    expect(reopened.sqlite.pragma('application_id', { simple: true })).toBe(PLANDESK_APPLICATION_ID);
    await reopened.close();
  });

  it("refuses another application's SQLite file, and leaves it exactly as it was", async () => {
    const path = join(folder, 'contacts.sqlite');
    const other = openSqliteFile(path);
    other.exec(`create table contacts (name text, phone text); insert into contacts values ('Karma', '17 11 22 33')`);
    other.close();
    const before = sha256Of(path);
    await expect(openDatabase(path)).rejects.toMatchObject({
      code: 'bad_file',
      message: `${path} is not a PlanDesk workspace: it is a SQLite database of another application (tables contacts). PlanDesk did not change it.`,
    });
    expect(sha256Of(path)).toBe(before);

    const tagged = join(folder, 'tagged.sqlite');
    const app = openSqliteFile(tagged);
    app.pragma('application_id = 1234');
    app.exec('create table notes (text text)');
    app.close();
    await expect(openDatabase(tagged)).rejects.toThrow(`${tagged} is not a PlanDesk workspace: it belongs to another application (SQLite application id 0x000004d2). PlanDesk did not change it.`);
  });

  it('refuses a workspace from a newer PlanDesk, naming both formats, and leaves it unchanged', async () => {
    const path = await workspaceWithPlan('newer.sqlite');
    const newer = openSqliteFile(path);
    newer.prepare(`insert into kysely_migration (name, timestamp) values ('2031-01-01-1-something-new', '2031-01-01T00:00:00.000Z')`).run();
    newer.pragma(`user_version = ${WORKSPACE_FORMAT + 1}`);
    newer.close();
    const before = sha256Of(path);
    await expect(openDatabase(path)).rejects.toMatchObject({
      code: 'bad_file',
      message: `${path} was written by a newer PlanDesk (workspace format ${WORKSPACE_FORMAT + 1}; this PlanDesk opens formats up to ${WORKSPACE_FORMAT}). Update PlanDesk to open it; it was not changed.`,
    });
    expect(sha256Of(path)).toBe(before);
  });
});

describe('commands that read a workspace never create one', { timeout: 120_000 }, () => {
  it('a mistyped --db is an error for summary, export and exchange send, and no file appears', async () => {
    const mistyped = join(folder, 'workspase.sqlite');
    const summary = await runCli('summary', '--db', mistyped);
    expect(summary.code).toBe(1);
    expect(summary.stderr).toBe(`plandesk summary: There is no workspace at ${mistyped}: no such file. Check the path (only import and unpack create a workspace).\n`);
    const out = join(folder, 'plan.json');
    const exported = await runCli('export', out, '--db', mistyped);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/^plandesk export: There is no workspace at /);
    expect(existsSync(out)).toBe(false);
    const sent = await runCli('exchange', 'send', '--db', mistyped, '--period', 'FY 2025-26', '--out', join(folder, 'sent'));
    expect(sent.code).toBe(1);
    expect(existsSync(mistyped)).toBe(false);
  });

  it('a failed import or unpack into a new path leaves no file behind', async () => {
    const garbage = join(folder, 'garbage.xlsx');
    writeFileSync(garbage, 'not a workbook at all'.repeat(50));
    const db = join(folder, 'new-from-import.sqlite');
    const imported = await runCli('import', garbage, '--db', db);
    expect(imported.code).toBe(1);
    expect(['', '-wal', '-shm'].filter((suffix) => existsSync(`${db}${suffix}`))).toEqual([]);

    const pack = join(folder, 'garbage.pmupack');
    writeFileSync(pack, 'not a package'.repeat(50));
    const unpacked = join(folder, 'new-from-unpack.sqlite');
    const result = await runCli('unpack', pack, '--db', unpacked, '--accept', 'all');
    expect(result.code).toBe(1);
    expect(['', '-wal', '-shm'].filter((suffix) => existsSync(`${unpacked}${suffix}`))).toEqual([]);

    // The same commands on a new path that succeed keep their workspace.
    const good = join(folder, 'new-good.sqlite');
    expect((await runCli('import', PLAN, '--db', good)).code).toBe(0);
    expect(existsSync(good)).toBe(true);
  });
});

// Root writes any file whatever its mode: a read-only disk is then the only read-only place there is.
const asRoot = process.getuid?.() === 0;
const mounted = asRoot ? mountSmallDisk('8m') : null;
const disk = typeof mounted === 'string' ? null : mounted;

describe('a read-only workspace opens for viewing and exports, and says why edits are refused', { timeout: 120_000 }, () => {
  if (typeof mounted === 'string') {
    it.skip(`skipped: ${mounted}`, () => {});
    return;
  }

  async function readOnlyWorkspace(): Promise<{ path: string; reason: string }> {
    const source = await workspaceWithPlan('to-protect.sqlite');
    if (disk) {
      const path = join(disk.folder, 'protected.sqlite');
      copyFileSync(source, path);
      disk.makeReadOnly();
      return { path, reason: 'it is on a read-only disk or share' };
    }
    const protectedFolder = join(folder, 'protected');
    mkdirSync(protectedFolder);
    const path = join(protectedFolder, 'protected.sqlite');
    copyFileSync(source, path);
    chmodSync(path, 0o444);
    return { path, reason: 'the file is read-only' };
  }

  it('summary, export and viewing work; an edit is refused naming the reason; the file is unchanged', async () => {
    const { path, reason } = await readOnlyWorkspace();
    const before = readFileSync(path);
    const connection = await openDatabase(path);
    expect(connection.readOnly).toBe(reason);
    const [plan] = await listPlanSummaries(connection.db, '2026-11');
    expect(plan).toMatchObject({ title: 'e-Governance policy Implementation and Monitoring plan (extract)', chapters: 2 });
    const exported = await exportPlanFile(connection.db);
    expect(exported.plans).toHaveLength(1);
    const actionId = exported.plans[0]!.chapters[0]!.statements[0]!.actions[0]!.id!;
    await expect(updateActionField(connection.db, testContext(), { actionId, field: 'remarks', value: 'edited' })).rejects.toMatchObject({
      code: 'read_only',
      message: `${path} is open read-only (${reason}): it can be viewed and exported, but not changed.`,
    });
    await expect(sql`insert into workspace_meta (key, value) values ('x', 'y')`.execute(connection.db)).rejects.toMatchObject({ code: 'read_only' });
    await connection.close();

    const summary = await runCli('summary', '--db', path, '--json');
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout).plans).toHaveLength(1);
    const out = join(folder, 'from-read-only.json');
    expect((await runCli('export', out, '--db', path)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).plans).toHaveLength(1);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
