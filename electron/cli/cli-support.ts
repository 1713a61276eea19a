// What every CLI command shares: option errors, opening a workspace, who is changing the plan.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { ChangeSource } from '../../shared/domain';
import { openDatabase, type Connection } from '../core/db/connection';
import type { ChangeContext } from '../core/host/context';

/** A mistake in how the command was called (exit code 2), as opposed to bad input data (exit code 1). */
export class UsageError extends Error {}

export interface CliCommand {
  /** One line per form of the command, for the help text. */
  readonly usage: readonly string[];
  readonly summary: string;
  run(args: readonly string[]): Promise<void>;
}

export function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function cliChangeContext(user: string | undefined, source: ChangeSource, sourceFile: string | null): ChangeContext {
  return {
    user: user ?? process.env['PLANDESK_USER'] ?? userInfo().username,
    source,
    at: new Date().toISOString(),
    sourceFile,
    batchId: null,
  };
}

export async function withWorkspace<T>(path: string, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await openDatabase(resolve(path));
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
