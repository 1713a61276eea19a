// File > Restore from Backup…: the harness backs the workspace up when it opens it (as the desktop app does), the
// dialog lists that backup with its time, reason and counts, and restores it into a new file the save dialog names,
// leaving the open workspace as it is. Bad input: a file already at that name, a damaged backup, and a backup folder
// that cannot be written or read, each said in words, with nothing lost.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function counts(path: string): { plans: number; actions: number } {
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
    return { plans: count('plans'), actions: count('actions') };
  } finally {
    sqlite.close();
  }
}

describe('restore from backup', () => {
  const app = startApp({ name: 'restore-backup', user: 'Sonam Choden', desktopMenu: true, dialogs: {} });
  const backupsRoot = () => join(app.folder, 'plandesk-backups');
  /** The folder of this workspace's backups: the only folder under the harness's backups root. */
  const backupFolder = () => join(backupsRoot(), readdirSync(backupsRoot())[0]!);

  const openDialog = async () => {
    // What File > Restore from Backup… sends the page in the desktop app (the test's stand-in for window.desktop).
    await app.page.evaluate("window.sendMenuCommand('restore-backup')");
    const dialog = app.page.getByRole('dialog', { name: 'Restore from backup' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    return dialog;
  };
  const closeDialog = async () => {
    await app.page.getByRole('dialog', { name: 'Restore from backup' }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => app.page.getByRole('dialog', { name: 'Restore from backup' }).count()).toBe(0);
  };

  it('lists the backup taken when the workspace was opened, with its time, reason and counts', async () => {
    const opened = counts(app.db);
    await app.page.goto(app.harness.url);
    await expect.poll(() => app.page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    // A second plan after the backup: the backup still holds one.
    await app.call('plans:create', { title: 'Plan made after the backup' });
    expect(counts(app.db).plans).toBe(opened.plans + 1);

    const dialog = await openDialog();
    const rows = dialog.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/\d{1,2} \w{3} \d{4}, \d\d:\d\d/);
    expect(cells.slice(1).map((cell) => cell.trim())).toEqual(['Workspace opened', String(opened.plans), opened.actions.toLocaleString('en'), expect.stringMatching(/^\d+ KB$/)]);
    expect(await dialog.getByRole('radio').first().isChecked()).toBe(true);
    expect(await dialog.locator('.restore-backup__folder').textContent()).toBe(`Kept in ${backupFolder()}`);
    await saveScreenshot(app.page, 'restore-backup');
    await closeDialog();
  });

  it('restores the backup into a new file and leaves the open workspace as it is', async () => {
    const workspaceBefore = sha256(app.db);
    const target = join(app.folder, 'restored.sqlite');
    app.answerDialogs({ chooseSavePath: target });
    const dialog = await openDialog();
    await dialog.getByRole('button', { name: 'Restore into a new file…' }).click();
    await expect.poll(() => app.page.getByRole('dialog', { name: 'Restore from backup' }).count()).toBe(0);
    await expect.poll(() => app.page.locator('.notice').innerText()).toContain(target);
    expect(await app.page.locator('.notice').innerText()).toContain('The backup was restored into a new workspace file. This workspace is unchanged');
    await saveScreenshot(app.page, 'restore-backup-done');
    // The restored file holds the workspace as opened (one plan fewer than now); the open one is untouched.
    expect(counts(target).plans).toBe(counts(app.db).plans - 1);
    expect(sha256(app.db)).toBe(workspaceBefore);
  });

  it('refuses to write over an existing file, saying so, and changes neither file', async () => {
    const target = join(app.folder, 'restored.sqlite');
    const before = { target: sha256(target), workspace: sha256(app.db) };
    app.answerDialogs({ chooseSavePath: target });
    const dialog = await openDialog();
    await dialog.getByRole('button', { name: 'Restore into a new file…' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(`${target} already exists: a backup is restored into a new file. Choose another name.`);
    expect({ target: sha256(target), workspace: sha256(app.db) }).toEqual(before);
    await closeDialog();
  });

  it('lists a damaged backup as such and does not offer it', async () => {
    const damaged = 'workspace.2020-01-06T09-00-00-000Z.editing.sqlite';
    writeFileSync(join(backupFolder(), damaged), 'this is not a database, whatever its name says');
    const dialog = await openDialog();
    await expect.poll(() => dialog.locator('tbody tr').count()).toBe(2);
    const row = dialog.locator('tbody tr').nth(1);
    expect(await row.innerText()).toContain('damaged, cannot be restored');
    // Nothing is read from a damaged backup: its counts are not shown as zeros.
    expect((await row.locator('td').allInnerTexts()).slice(2, 4)).toEqual(['–', '–']);
    expect(await row.getByRole('radio').isDisabled()).toBe(true);
    await saveScreenshot(app.page, 'restore-backup-damaged');
    await closeDialog();
    rmSync(join(backupFolder(), damaged));
  });

  it('when the backup folder cannot be written: an import is refused, saying where and why, and nothing is written', async () => {
    const folder = backupFolder();
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'a file where the backups folder should be');
    const before = sha256(app.db);
    const { plans } = await app.call('workspace:summary', {});
    const csv = Buffer.from('Action\nOne more action\n').toString('base64');
    await expect(app.call('import:commit', { fileName: 'more.csv', contentBase64: csv, intoPlanId: plans[0]!.id })).rejects.toThrow(
      `import:commit: Could not back up workspace.plandesk into ${folder}: a file is in the way of the folder. The workspace itself is unchanged.`,
    );
    expect(sha256(app.db)).toBe(before);

    // The dialog says why it cannot list the backups.
    const dialog = await openDialog();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(`Could not read the backups in ${folder}: a file is in the way of the folder.`);
    await saveScreenshot(app.page, 'restore-backup-unreadable');
    await closeDialog();
  });
});
