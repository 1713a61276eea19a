// The backups a host takes of its open workspace, beside the connection that owns it: on opening, before an import, a
// merge or a package merge, after hours of editing; listed and restored by name.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { WorkspaceBackups } from '../../../electron/core/backups/workspace-backups';
import { importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

describe("a host's backups of its workspace", () => {
  const folder = tempFolder();

  it('backs up the workspace another connection holds open, edits included, before the methods that bring changes in', async () => {
    const owner = await openTempWorkspace(folder, 'owned.sqlite');
    await importTwoChapterPlan(owner);
    let now = new Date('2026-12-06T09:00:00.000Z');
    const backups = new WorkspaceBackups({ root: join(folder, 'backups'), now: () => now });

    expect(await backups.beforeCall(owner.path, 'actions:update', true)).toBeNull();
    now = new Date('2026-12-06T09:05:00.000Z');
    const beforeImport = await backups.beforeCall(owner.path, 'import:commit', true);
    expect(beforeImport).toMatchObject({ reason: 'before-import', takenAt: '2026-12-06T09:05:00.000Z' });
    now = new Date('2026-12-06T09:06:00.000Z');
    expect(await backups.beforeCall(owner.path, 'exchange:merge', true)).toMatchObject({ reason: 'before-merge' });
    now = new Date('2026-12-06T09:07:00.000Z');
    expect(await backups.beforeCall(owner.path, 'packages:merge', true)).toMatchObject({ reason: 'before-package' });
    expect(await backups.beforeCall(owner.path, 'exchange:saveDecisions', true)).toBeNull();

    const listed = backups.list(owner.path);
    expect(listed.map((b) => b.reason)).toEqual(['before-package', 'before-merge', 'before-import']);
    const actions = (owner.sqlite.prepare('select count(*) as n from actions where deleted_at is null').get() as { n: number }).n;
    expect(listed.every((b) => b.intact && b.plans === 1 && b.actions === actions)).toBe(true);
    await owner.close();
  });

  it('takes a backup after two hours of editing, not before, and not without edits', async () => {
    const owner = await openTempWorkspace(folder, 'edited.sqlite');
    let now = new Date('2026-12-06T08:00:00.000Z');
    const backups = new WorkspaceBackups({ root: join(folder, 'backups'), now: () => now });
    await backups.take(owner.path, 'opened');
    expect(await backups.takeIfEditingDue(owner.path)).toBeNull();
    now = new Date('2026-12-06T09:00:00.000Z');
    await backups.beforeCall(owner.path, 'actions:update', true);
    now = new Date('2026-12-06T09:59:00.000Z');
    expect(await backups.takeIfEditingDue(owner.path)).toBeNull();
    now = new Date('2026-12-06T10:00:00.000Z');
    expect(await backups.takeIfEditingDue(owner.path)).toMatchObject({ reason: 'editing' });
    now = new Date('2026-12-06T13:00:00.000Z');
    expect(await backups.takeIfEditingDue(owner.path)).toBeNull();
    await owner.close();
  });

  it('restores a backup by its name into a new file, and refuses a name that is not one of its backups', async () => {
    const owner = await openTempWorkspace(folder, 'restored.sqlite');
    await importTwoChapterPlan(owner);
    const backups = new WorkspaceBackups({ root: join(folder, 'backups') });
    const backup = await backups.take(owner.path, 'opened');
    const name = backup.path.split(/[/\\]/).pop()!;
    const target = join(folder, 'restored copy.sqlite');
    await backups.restore(owner.path, name, target);
    const restored = await openDatabase(target);
    expect((restored.sqlite.prepare('select count(*) as n from plans').get() as { n: number }).n).toBe(1);
    await restored.close();
    await expect(backups.restore(owner.path, '../../etc/passwd', join(folder, 'x.sqlite'))).rejects.toThrow('There is no backup ../../etc/passwd of restored.sqlite');
    expect(backups.newestIntact(owner.path)).toMatchObject({ path: backup.path, intact: true });
    await owner.close();
  });
});
