// Test workspaces: real SQLite files in a fresh temporary folder, removed after the test file.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { AppError } from '../../../shared/result';
import type { MethodInput, MethodResult } from '../../../shared/contract';
import type { AppContext } from '../../../electron/core/host/context';
import { callHandler, type CoreChannel, type HostedCore } from '../../../electron/core/host/dispatch';
import { createHandlers } from '../../../electron/core/app/handlers';
import { openDatabase, type Connection } from '../../../electron/core/db/connection';
import type { ChangeContext } from '../../../electron/core/host/context';
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

function notAvailable(): never {
  throw new AppError('not_available', 'No dialog answer was set by this test');
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** What the system dialogs answer in a test: the paths it set, null for "cancelled"; unset: not available. */
export interface TestDialogs {
  files?: readonly string[] | null;
  savePath?: string | null;
  folder?: string | null;
}

export interface TestAppOptions {
  now?: () => Date;
  user?: string;
  dialogs?: TestDialogs;
}

/** What a host gives the core, in a test: the workspace `connection()` answers (a test may switch it), a clock. */
export function testAppContext(connection: () => Connection, options: TestAppOptions = {}): AppContext {
  const userName = options.user ?? 'Test Analyst';
  return {
    version: '0.0.0-test',
    connection,
    userName: () => userName,
    fallbackUserName: 'os-user',
    // The test may change options.dialogs between calls; an answer it never set is "not available".
    chooseFiles: options.dialogs ? async () => (options.dialogs!.files === undefined ? notAvailable() : options.dialogs!.files) : undefined,
    chooseSavePath: options.dialogs ? async () => (options.dialogs!.savePath === undefined ? notAvailable() : options.dialogs!.savePath) : undefined,
    chooseFolder: options.dialogs ? async () => (options.dialogs!.folder === undefined ? notAvailable() : options.dialogs!.folder) : undefined,
    samplePlanPath: join(FIXTURES, '..', '..', 'resources', 'sample-plan.tsv'),
    now: options.now ?? (() => new Date('2026-11-27T10:00:00Z')),
  };
}

/** The contract's handlers over a workspace, as a host wires them, with a clock the test controls. */
export function handlersFor(connection: Connection, options: TestAppOptions = {}) {
  return callerOf(createHandlers(testAppContext(() => connection, options)));
}

/** Calls a method as the page does and returns its value, or throws the error message. */
export function callerOf(core: HostedCore) {
  return async function call<C extends CoreChannel>(channel: C, input: MethodInput<C>): Promise<MethodResult<C>> {
    const result = await callHandler(core, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
}
