// What every CLI command shares: option errors, the core (the same worker host as the app's), who is changing the
// plan, and the progress line a long command prints on a terminal.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChangeSource, PlanSummary } from '../../shared/domain';
import { ENGLISH } from '../../shared/language/english';
import { countWords, type OperationProgress } from '../../shared/operations';
import { AppError } from '../../shared/result';
import type { Channel, MethodInput, MethodResult } from '../../shared/contract';
import { WorkerHost } from '../core/app/worker/host';
import type { ChangeContext } from '../core/host/context';
import { PROJECT_ROOT } from './project-root';
import { UsageError } from './usage-error';

export { UsageError };

/** A command's work; its help (usage and summary) is in index.ts, so that --help loads no command. */
export interface CliCommand {
  /** Resolves to the exit code when it is not 0 (a check that found problems), else to nothing. */
  run(args: readonly string[]): Promise<number | void>;
}

/**
 * The core's worker script: built, the CLI's bundle has it beside its own chunks (out/cli/worker.js, made by
 * cli.vite.config.ts); run from source (the tests), the host starts the TypeScript entry itself.
 */
const BUILT_WORKER = import.meta.filename.endsWith('.ts') ? undefined : join(import.meta.dirname, 'worker.js');

export function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

/**
 * Who is changing the workspace: --user, else the name the app was given on this workspace, else PLANDESK_USER.
 * Never the operating system's account: "root" or "analyst7" in the history tells a reviewer nothing.
 */
export async function cliUser(core: WorkerHost, flag: string | undefined): Promise<string> {
  const named = flag?.trim() || (await core.run('workspace:userName', {})) || process.env['PLANDESK_USER']?.trim();
  if (named) return named;
  throw new UsageError(
    'who is making this change? Give --user "<your name>", or set PLANDESK_USER, or set your name in the app (it is kept in the workspace); the history records it',
  );
}

export async function cliChangeContext(core: WorkerHost, user: string | undefined, source: ChangeSource, sourceFile: string | null): Promise<ChangeContext> {
  return { user: await cliUser(core, user), source, at: new Date().toISOString(), sourceFile, batchId: null };
}

export interface CoreOptions {
  /** Print long operations' progress on the terminal (showsProgress). */
  readonly progress?: boolean;
  /** Create the workspace when there is none (import, unpack); any other command refuses a path with no file. */
  readonly create?: boolean;
}

/**
 * Opens the workspace in the core's worker, through the same host as the app's, runs `work`, and closes it.
 * A long operation prints its progress on the terminal (`progress`); Ctrl+C cancels it, and it writes nothing.
 * A workspace this call created is removed again when the command fails, so that a failed command leaves no file.
 */
export async function withCore<T>(path: string, work: (core: WorkerHost) => Promise<T>, options: CoreOptions = {}): Promise<T> {
  const workspace = resolve(path);
  const creating = options.create === true && !existsSync(workspace);
  try {
    return await runOnCore(workspace, work, options);
  } catch (error) {
    if (creating) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${workspace}${suffix}`, { force: true });
    throw error;
  }
}

async function runOnCore<T>(workspace: string, work: (core: WorkerHost) => Promise<T>, options: CoreOptions): Promise<T> {
  const core = await WorkerHost.start({
    workspace,
    mustExist: options.create !== true,
    version: (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    // The commands name who changes the plan in each service's change context (cliChangeContext), never the
    // operating system's account: the worker's own user is only a fallback no command relies on.
    userName: process.env['PLANDESK_USER']?.trim() ?? '',
    fallbackUserName: '',
    samplePlanPath: join(PROJECT_ROOT, 'resources/sample-plan.tsv'),
    ...(BUILT_WORKER ? { workerFile: BUILT_WORKER } : {}),
  });
  const line = options.progress ? progressLine() : null;
  const stopListening = line ? core.onProgress(line.show) : () => undefined;
  let interrupted = 0;
  const interrupt = () => {
    interrupted += 1;
    // A second Ctrl+C stops at once; SQLite rolls back whatever transaction was open.
    if (interrupted > 1) process.exit(130);
    process.stderr.write('\nCancelling (Ctrl+C again to stop at once)…\n');
    core.cancelAll();
  };
  process.on('SIGINT', interrupt);
  try {
    return await work(core);
  } finally {
    process.off('SIGINT', interrupt);
    stopListening();
    line?.clear();
    await core.close();
  }
}

/** The workspace's plans, for commands that take --plan or the only plan. */
export async function plansOf(core: WorkerHost): Promise<readonly PlanSummary[]> {
  const summary = await call(core, 'workspace:summary', {});
  return summary.plans;
}

/** The plan a command works on: --plan, or the workspace's only plan. */
export async function planOf(core: WorkerHost, wanted: string | undefined, dbPath: string): Promise<string> {
  const plans = await plansOf(core);
  if (wanted) {
    if (!plans.some((p) => p.id === wanted)) throw new AppError('not_found', `No plan with id ${wanted} in ${dbPath}`);
    return wanted;
  }
  if (plans.length === 1) return plans[0]!.id;
  if (plans.length === 0) throw new AppError('not_found', `${dbPath} holds no plan`);
  throw new UsageError(`--plan is required: ${dbPath} holds ${plans.length} plans (${plans.map((p) => `${p.id} "${p.title}"`).join(', ')})`);
}

/** A contract method's value, or its error thrown as an AppError. */
export async function call<C extends Channel>(core: WorkerHost, channel: C, input: MethodInput<C>): Promise<MethodResult<C>> {
  const result = await core.call(channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodResult<C>;
}

/** Whether to print a progress line: on a terminal only (not when the output is piped), and never with --json. */
export function showsProgress(json: boolean | undefined): boolean {
  return !json && process.stdout.isTTY === true && process.stderr.isTTY === true;
}

/** One line on stderr, rewritten in place: the phase, and how far along it is. */
function progressLine(): { show(progress: OperationProgress): void; clear(): void } {
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    show(progress) {
      if (progress.state !== 'running') return clear();
      const count = countWords(progress, ENGLISH);
      const text = count && progress.total ? `${progress.phase} · ${count} (${Math.floor((100 * progress.done) / progress.total)}%)` : `${progress.phase}…`;
      process.stderr.write(`\r\x1b[K${text.slice(0, Math.max(20, (process.stderr.columns || 80) - 1))}`);
      shown = true;
    },
    clear,
  };
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
