// Test workspaces: real SQLite files in a fresh temporary folder, removed after the test file.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, type Connection } from '../../../electron/core/db/connection';
import type { ChangeContext } from '../../../electron/core/history/history';
import { importPlanFile, parsePlanFile } from '../../../electron/core/planfile/import-plan-file';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'plandesk-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

export function testContext(overrides: Partial<ChangeContext> = {}): ChangeContext {
  return { user: 'Test Analyst', source: 'edit', at: '2026-11-27T10:00:00.000Z', sourceFile: null, batchId: null, ...overrides };
}

export async function openTempWorkspace(folder: string, name = 'workspace.sqlite'): Promise<Connection> {
  return openDatabase(join(folder, name));
}

/** Imports tests/fixtures/plans/two-chapters.plan.json and returns the new plan's id. */
export async function importTwoChapterPlan(connection: Connection): Promise<string> {
  const path = join(FIXTURES, 'plans', 'two-chapters.plan.json');
  const file = parsePlanFile(readFileSync(path, 'utf8'), 'two-chapters.plan.json');
  const { planIds } = await importPlanFile(connection.db, testContext({ source: 'import', sourceFile: path }), file);
  return planIds[0]!;
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
