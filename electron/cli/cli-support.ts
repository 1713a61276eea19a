// What every CLI command shares: option errors, opening a workspace, who is changing the plan.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChangeSource } from '../../shared/domain';
import { openDatabase, type Connection } from '../core/db/connection';
import type { Db } from '../core/db/schema';
import { workspaceUserName } from '../core/db/workspace-user';
import type { ChangeContext } from '../core/host/context';
import { UsageError } from './usage-error';

export { UsageError };

/** A command's work; its help (usage and summary) is in index.ts, so that --help loads no command. */
export interface CliCommand {
  /** Resolves to the exit code when it is not 0 (a check that found problems), else to nothing. */
  run(args: readonly string[]): Promise<number | void>;
}

export function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

/**
 * Who is changing the workspace: --user, else the name the app was given on this workspace, else PLANDESK_USER.
 * Never the operating system's account: "root" or "analyst7" in the history tells a reviewer nothing.
 */
export async function cliUser(db: Db, flag: string | undefined): Promise<string> {
  const named = flag?.trim() || (await workspaceUserName(db)) || process.env['PLANDESK_USER']?.trim();
  if (named) return named;
  throw new UsageError(
    'who is making this change? Give --user "<your name>", or set PLANDESK_USER, or set your name in the app (it is kept in the workspace); the history records it',
  );
}

export async function cliChangeContext(db: Db, user: string | undefined, source: ChangeSource, sourceFile: string | null): Promise<ChangeContext> {
  return { user: await cliUser(db, user), source, at: new Date().toISOString(), sourceFile, batchId: null };
}

/** Runs `work` on the workspace at `path`, which must exist: a command that reads one never creates one. */
export async function withWorkspace<T>(path: string, work: (connection: Connection) => Promise<T>, options = { mustExist: true }): Promise<T> {
  const connection = await openDatabase(resolve(path), options);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/**
 * Runs `work` on the workspace at `path`, creating it when there is none (import, unpack). A workspace this call
 * created is removed again when `work` fails, so that a failed command leaves no file behind.
 */
export async function withNewOrExistingWorkspace<T>(path: string, work: (connection: Connection) => Promise<T>): Promise<T> {
  const full = resolve(path);
  if (existsSync(full)) return withWorkspace(full, work);
  try {
    return await withWorkspace(full, work, { mustExist: false });
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${full}${suffix}`, { force: true });
    throw error;
  }
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
