// Backups and recovery on real files: an open workspace backed up with its latest edits, listed with what each backup
// holds, restored into a new file only, a backup folder that cannot be written, and a damaged workspace file.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFolderOf,
  describeBackup,
  listBackups,
  newestIntactBackup,
  restoreBackup,
  takeBackup,
} from '../../../electron/core/backups/backups';
import { openDatabase, type Connection } from '../../../electron/core/db/connection';
import { quickCheck } from '../../../electron/core/db/integrity';
import { importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const countActions = (connection: Connection) => (connection.sqlite.prepare('select count(*) as n from actions where deleted_at is null').get() as { n: number }).n;

/** Overwrites part of a page near the end of the file, as a failing disk or a cut copy would. */
function damage(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = 4096;
  const page = Math.floor(bytes.length / pageSize) - 2;
  bytes.fill(0x41, page * pageSize + 100, page * pageSize + 1000);
  writeFileSync(path, bytes);
}

/** A workspace with the two-chapter plan and enough chapters for a damaged page to hold data. */
async function workspaceWithData(folder: string, name: string): Promise<Connection> {
  const connection = await openTempWorkspace(folder, name);
  const planId = await importTwoChapterPlan(connection);
  const insert = connection.sqlite.prepare('insert into chapters (id, plan_id, title, position, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  connection.sqlite.transaction(() => {
    for (let index = 0; index < 400; index += 1) insert.run(`extra-${index}`, planId, `Chapter ${index} ${'x'.repeat(200)}`, 100 + index, '2026-01-01', '2026-01-01');
  })();
  return connection;
}

describe('backups of a workspace', () => {
  const folder = tempFolder();

  it('copies the open workspace with its latest edits into its own folder, checked and named by time and reason', async () => {
    const connection = await workspaceWithData(folder, 'open.sqlite');
    const actions = countActions(connection);
    const backups = backupFolderOf(join(folder, 'backups'), connection.path);
    const backup = await takeBackup(connection.sqlite, backups, 'opened', new Date('2026-12-06T09:15:30.250Z'));

    expect(backup).toMatchObject({ takenAt: '2026-12-06T09:15:30.250Z', reason: 'opened' });
    expect(backup.path).toBe(join(backups, 'open.2026-12-06T09-15-30-250Z.opened.sqlite'));
    expect(quickCheck(backup.path)).toEqual([]);
    // The edits are still in the write-ahead log of the open workspace: the online backup reads them through it.
    expect(existsSync(`${connection.path}-wal`)).toBe(true);
    expect(describeBackup(backup)).toMatchObject({ plans: 1, actions, intact: true });
    expect(readdirSync(backups)).toEqual([basenameOf(backup.path)]);
    await connection.close();
  });

  it('keeps each workspace apart, even two files of the same name', () => {
    const root = join(folder, 'backups');
    expect(backupFolderOf(root, '/a/plandesk.sqlite')).not.toBe(backupFolderOf(root, '/b/plandesk.sqlite'));
    expect(backupFolderOf(root, '/a/plandesk.sqlite')).toMatch(/plandesk-[0-9a-f]{10}$/);
  });

  it('lists the backups newest first, with when, why and what each holds; other files are no backups', async () => {
    const connection = await workspaceWithData(folder, 'listed.sqlite');
    const backups = backupFolderOf(join(folder, 'backups'), connection.path);
    await takeBackup(connection.sqlite, backups, 'opened', new Date('2026-12-01T08:00:00.000Z'));
    connection.sqlite.prepare("update actions set deleted_at = '2026-12-02' where id = (select id from actions limit 1)").run();
    await takeBackup(connection.sqlite, backups, 'before-import', new Date('2026-12-02T10:30:00.000Z'));
    writeFileSync(join(backups, 'notes.txt'), 'not a backup');
    writeFileSync(join(backups, 'listed.2026-12-03T10-30-00-000Z.opened.sqlite.partial'), 'unfinished');

    const listed = listBackups(backups).map(describeBackup);
    expect(listed.map(({ takenAt, reason, plans, actions, intact }) => ({ takenAt, reason, plans, actions, intact }))).toEqual([
      { takenAt: '2026-12-02T10:30:00.000Z', reason: 'before-import', plans: 1, actions: countActions(connection), intact: true },
      { takenAt: '2026-12-01T08:00:00.000Z', reason: 'opened', plans: 1, actions: countActions(connection) + 1, intact: true },
    ]);
    expect(listBackups(join(folder, 'no-such-folder'))).toEqual([]);
    await connection.close();
  });

  it('restores a backup into a new file that opens as a workspace, and never over an existing file', async () => {
    const connection = await workspaceWithData(folder, 'restored.sqlite');
    const actions = countActions(connection);
    const backup = await takeBackup(connection.sqlite, backupFolderOf(join(folder, 'backups'), connection.path), 'editing', new Date('2026-12-04T12:00:00.000Z'));
    connection.sqlite.prepare("update actions set deleted_at = '2026-12-05'").run();

    const target = join(folder, 'restored-copy.sqlite');
    await restoreBackup(backup.path, target);
    const restored = await openDatabase(target);
    expect(countActions(restored)).toBe(actions);
    await restored.close();

    const before = sha256(connection.path);
    await expect(restoreBackup(backup.path, connection.path)).rejects.toThrow(`${connection.path} already exists: a backup is restored into a new file. Choose another name.`);
    expect(sha256(connection.path)).toBe(before);
    expect(countActions(connection)).toBe(0);
    await connection.close();
  });

  it('says so when the backup folder cannot be written, and leaves the workspace and the folder as they were', async () => {
    const connection = await workspaceWithData(folder, 'unwritable.sqlite');
    connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(connection.path);
    // A file where the backup folder should be: no backup can be written there, for root or anyone.
    const notAFolder = join(folder, 'a-file');
    writeFileSync(notAFolder, 'in the way');
    await expect(takeBackup(connection.sqlite, join(notAFolder, 'backups'), 'opened', new Date())).rejects.toThrow(
      `Could not back up unwritable.sqlite into ${join(notAFolder, 'backups')}: a file is in the way of the folder. The workspace itself is unchanged.`,
    );
    expect(sha256(connection.path)).toBe(before);
    expect(readFileSync(notAFolder, 'utf8')).toBe('in the way');
    await connection.close();
  });

  it.skipIf(process.getuid?.() === 0)('says "permission denied" for a folder without write permission (not checked as root, who may write anywhere)', async () => {
    const connection = await workspaceWithData(folder, 'denied.sqlite');
    const locked = join(folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      await expect(takeBackup(connection.sqlite, join(locked, 'backups'), 'opened', new Date())).rejects.toThrow('permission denied. The workspace itself is unchanged.');
    } finally {
      chmodSync(locked, 0o700);
      await connection.close();
    }
  });
});

describe('a damaged workspace', () => {
  const folder = tempFolder();

  it('is refused before anything is written to it, and the newest intact backup is found for it', async () => {
    const connection = await workspaceWithData(folder, 'damaged.sqlite');
    const backups = backupFolderOf(join(folder, 'backups'), connection.path);
    const good = await takeBackup(connection.sqlite, backups, 'opened', new Date('2026-12-01T08:00:00.000Z'));
    const actions = countActions(connection);
    await connection.close();

    damage(connection.path);
    // A later backup taken of the damaged file is damaged too: the newest intact one is the one to offer.
    writeFileSync(join(backups, 'damaged.2026-12-02T08-00-00-000Z.editing.sqlite'), readFileSync(connection.path));
    const before = sha256(connection.path);
    const sizeBefore = statSync(connection.path).size;

    const refused = openDatabase(connection.path);
    await expect(refused).rejects.toThrow(new RegExp(`^${escape(connection.path)} is damaged \\(.+\\)\\. PlanDesk did not open it and wrote nothing to it\\.$`));
    await expect(refused).rejects.toMatchObject({ code: 'bad_file', details: { damaged: true } });
    expect(sha256(connection.path)).toBe(before);
    expect(statSync(connection.path).size).toBe(sizeBefore);
    // Reading a WAL-mode file may leave an empty -wal beside it; nothing is written into either.
    if (existsSync(`${connection.path}-wal`)) expect(statSync(`${connection.path}-wal`).size).toBe(0);

    expect(newestIntactBackup(backups)).toMatchObject({ path: good.path, actions, intact: true });
    await expect(restoreBackup(join(backups, 'damaged.2026-12-02T08-00-00-000Z.editing.sqlite'), join(folder, 'from-damaged.sqlite'))).rejects.toThrow(
      'The backup damaged.2026-12-02T08-00-00-000Z.editing.sqlite is damaged',
    );
    expect(existsSync(join(folder, 'from-damaged.sqlite'))).toBe(false);
  });

  it('still opens a file that is no database as "not a PlanDesk workspace"', async () => {
    const path = join(folder, 'garbage.sqlite');
    writeFileSync(path, 'x'.repeat(5000));
    await expect(openDatabase(path)).rejects.toThrow(/garbage\.sqlite is not a PlanDesk workspace/);
  });
});

function basenameOf(path: string): string {
  return path.split(/[/\\]/).pop()!;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
