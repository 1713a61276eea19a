// What a package carries away from this laptop (issue 19, item 6): files by their names, never the folders of the
// analyst's disk, and never the computer's login name, which PlanDesk records when no name was set.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { createPack } from '../../../electron/core/packages/create-pack';
import { importPlanFile, parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import { FIXTURES, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();

it('names files without their folders and leaves the login name behind', async () => {
  const connection = await openTempWorkspace(folder);
  const login = userInfo().username;
  const imported = 'C:\\Users\\karma.wangmo\\Desktop\\Plans 2026\\two-chapters.plan.json';
  const file = parsePlanFile(readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json'), 'utf8'), 'two-chapters.plan.json');
  const { planIds } = await importPlanFile(connection.db, testContext({ source: 'import', sourceFile: imported, user: login }), file);
  // The workspace's own history keeps the file's name only, too.
  const stored = await connection.db.selectFrom('change_history').select('source_file').distinct().execute();
  expect(stored).toEqual([{ source_file: 'two-chapters.plan.json' }]);

  const path = join(folder, 'plan.pmupack');
  await createPack(connection.db, testContext({ user: login }), planIds[0]!, path);
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const history = JSON.parse(strFromU8(parts['history.json']!)) as { user: string; sourceFile: string | null }[];
  expect(history.length).toBeGreaterThan(10);
  expect(new Set(history.map((h) => [h.user, h.sourceFile].join(' | ')))).toEqual(new Set(['a PlanDesk user (name not set) | two-chapters.plan.json']));
  const manifest = JSON.parse(strFromU8(parts['manifest.json']!)) as { createdBy: string };
  expect(manifest.createdBy).toBe('a PlanDesk user (name not set)');
  for (const part of Object.values(parts)) {
    expect(strFromU8(part)).not.toContain('karma.wangmo');
    expect(strFromU8(part)).not.toContain(`"${login}"`);
  }
  await connection.close();
});
