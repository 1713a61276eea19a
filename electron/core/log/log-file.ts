// The app's log for support: one line per event in plandesk.log in the app's log folder (start, workspace opened,
// each long operation with its duration, each refusal, each error with its stack), rotated by size so that it never
// grows without bound: plandesk.log, then plandesk.1.log (older) … up to plandesk.<keep>.log. Written synchronously,
// so that what led to a crash is on disk before the crash dialog shows; a log that cannot be written never stops
// the app (it says so once on stderr).
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

/** Values that say where and what: a path, a channel, a count. Written as key=value, strings quoted when needed. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface LogFileOptions {
  readonly folder: string;
  /** Rotated when a write would take it past this size. */
  readonly maxBytes?: number;
  /** How many older files are kept beside the current one. */
  readonly keep?: number;
  readonly now?: () => Date;
}

export const LOG_FILE_NAME = 'plandesk.log';

function formatValue(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  return /^[\w./\\:@+-]+$/.test(value) ? value : JSON.stringify(value);
}

export function formatFields(fields: LogFields = {}): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string | number | boolean | null] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}=${formatValue(value)}`)
    .join('');
}

/** An error's stack (its message when it has none), with the causes it carries, indented under its log line. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    parts.push(current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) parts.push('Caused by:');
  }
  return parts.join('\n');
}

export class LogFile {
  readonly folder: string;
  readonly path: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private failed = false;

  constructor({ folder, maxBytes = 2 * 1024 * 1024, keep = 5, now = () => new Date() }: LogFileOptions) {
    this.folder = folder;
    this.path = join(folder, LOG_FILE_NAME);
    this.maxBytes = maxBytes;
    this.keep = keep;
    this.now = now;
  }

  info(message: string, fields?: LogFields): void {
    this.write('INFO', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.write('WARN', message, fields);
  }

  /** An error with its stack (and the causes it carries), indented under the line. */
  error(message: string, error: unknown, fields?: LogFields): void {
    const stack = describeError(error).replace(/^/gm, '    ');
    this.write('ERROR', message, fields, `\n${stack}`);
  }

  /** Runs `operation`, then logs it with its duration, or its failure with the duration and the error. */
  async timed<T>(what: string, operation: () => Promise<T>, fields?: LogFields): Promise<T> {
    const started = performance.now();
    try {
      const result = await operation();
      this.info(`${what} finished`, { ...fields, ms: Math.round(performance.now() - started) });
      return result;
    } catch (error) {
      this.error(`${what} failed`, error, { ...fields, ms: Math.round(performance.now() - started) });
      throw error;
    }
  }

  private write(level: LogLevel, message: string, fields: LogFields | undefined, after = ''): void {
    const line = `${this.now().toISOString()} ${level.padEnd(5)} ${message}${formatFields(fields)}${after}\n`;
    try {
      mkdirSync(this.folder, { recursive: true });
      this.rotateBefore(Buffer.byteLength(line));
      appendFileSync(this.path, line, 'utf8');
      this.failed = false;
    } catch (error) {
      if (!this.failed) process.stderr.write(`PlanDesk could not write its log ${this.path}: ${(error as Error).message}\n`);
      this.failed = true;
    }
  }

  /** plandesk.log becomes plandesk.1.log, .1 becomes .2, …; the oldest beyond `keep` is removed. */
  private rotateBefore(bytes: number): void {
    if (!existsSync(this.path) || statSync(this.path).size + bytes <= this.maxBytes) return;
    const older = (index: number) => join(this.folder, `plandesk.${index}.log`);
    rmSync(older(this.keep), { force: true });
    for (let index = this.keep - 1; index >= 1; index -= 1) {
      if (existsSync(older(index))) renameSync(older(index), older(index + 1));
    }
    renameSync(this.path, older(1));
  }
}
