// The browser harness: runs the real renderer against a real workspace without Electron (which cannot start on
// the build machines). It answers the same contract through the same host and core worker as the desktop app
// (core/app/worker), over HTTP, and streams long operations' progress to the page (GET /events).
// A development and test tool only; it is not packaged.
//
//   npm run serve:web -- --db <workspace.sqlite> --port <port|0> [--user <name>] [--backups <folder>] [--dialog-answers <answers.json>]
//
// Like the desktop app it backs the workspace up (core/backups) when it opens it and before an import, a merge or a
// package is merged, into --backups (by default the folder plandesk-backups beside the workspace file).
//
// Tests only: --dialog-answers (or PLANDESK_DIALOG_ANSWERS) names a JSON file, read again at every dialog, whose
// { "chooseFiles": [paths] | null, "chooseSavePath": path | null, "chooseFolder": path | null } answer the host's file
// dialogs (a key left out: not available, as without the option).
//
// Prints one line, `PlanDesk harness: http://127.0.0.1:PORT/?token=...`, once it is ready.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { METHODS, type Channel } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { WorkspaceBackups } from '../core/backups/workspace-backups';
import type { Dispatcher } from '../core/host/dispatch';
import { WorkerHost } from '../core/app/worker/host';
import type { HostCapabilities } from '../core/app/worker/protocol';
import { buildRenderer, harnessShim, rendererIsStale } from './build-renderer';
import { createHarnessServer } from './http-server';

const root = resolve(import.meta.dirname, '../..');

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run serve:web -- --db <workspace file> --port <port, 0 for any free one> [--user <name>] [--backups <folder>] [--dialog-answers <answers.json>]\n`);
  process.exit(2);
}

export interface HarnessOptions {
  /** The workspace file. */
  readonly db: string;
  /** 0 for any free port. */
  readonly port: number;
  readonly user?: string | undefined;
  /** Where the workspace's backups are kept (npm run serve:web: plandesk-backups beside the workspace file by default); absent, none are (the CLI's report command). */
  readonly backups?: string | undefined;
  /** Tests only: a JSON file whose answers stand in for the file dialogs (see the top of this file). */
  readonly dialogAnswers?: string | undefined;
  /** The core already open on `db` (the CLI's report command's): used, and left open, rather than a new one. */
  readonly host?: WorkerHost;
}

export interface RunningHarness {
  /** The page's URL with the per-run token, as printed. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Calls a method as the page would, from this process (the report command asks for the pack early). */
  readonly call: Dispatcher;
  /** The core's host, for services (the report command's checks of its options). */
  readonly host: WorkerHost;
  close(): Promise<void>;
}

type DialogName = 'chooseFiles' | 'chooseSavePath' | 'chooseFolder';

/** Tests only: file dialogs answered from a JSON file, read again at each dialog so that a test can change it. */
function dialogAnswersOf(file: string | undefined): Partial<Pick<HostCapabilities, DialogName>> {
  if (!file) return {};
  const path = resolve(file);
  const answer = (name: DialogName): unknown => {
    const answers = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
    if (!(name in answers)) throw new AppError('not_available', 'File dialogs exist only in the desktop app');
    return answers[name];
  };
  return {
    chooseFiles: async () => answer('chooseFiles') as readonly string[] | null,
    chooseSavePath: async () => answer('chooseSavePath') as string | null,
    chooseFolder: async () => answer('chooseFolder') as string | null,
  };
}

/** Starts the harness in this process: builds the renderer if stale, opens the workspace, serves both. */
export async function startHarness(options: HarnessOptions): Promise<RunningHarness> {
  if (rendererIsStale(root)) {
    process.stderr.write('PlanDesk harness: building the renderer...\n');
    await buildRenderer(root);
  }
  const shimScript = await harnessShim(root);

  const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
  const backupsRoot = options.backups === undefined ? undefined : resolve(options.backups);
  const backups = backupsRoot === undefined ? null : new WorkspaceBackups({ root: backupsRoot });
  const host =
    options.host ??
    (await WorkerHost.start({
      workspace: resolve(options.db),
      version,
      shell: 'browser',
      // A name the page sets is kept by the host for this run only: the harness has no preferences file.
      userName: options.user?.trim() ?? '',
      fallbackUserName: userInfo().username,
      samplePlanPath: resolve(root, 'resources/sample-plan.tsv'),
      capabilities: dialogAnswersOf(options.dialogAnswers ?? process.env.PLANDESK_DIALOG_ANSWERS),
      ...(backupsRoot === undefined ? {} : { backupsRoot }),
      // A backup before each method that brings changes in, taken before the worker gets the call; one that cannot be
      // taken refuses the method, saying why.
      ...(backups ? { beforeCall: (workspace: string, channel: string) => backups.beforeCall(workspace, channel, METHODS[channel as Channel]?.kind === 'edit') } : {}),
    }));
  await backups?.take(host.workspacePath, 'opened').catch((error: unknown) => {
    // The workspace opens all the same; the same message refuses the next import, merge or package (above).
    process.stderr.write(`PlanDesk harness: ${error instanceof Error ? error.message : String(error)}\n`);
  });

  const token = randomBytes(32).toString('base64url');
  const dispatch: Dispatcher = (channel, input) => host.call(channel, input);
  const { server, listen } = createHarnessServer({
    staticRoot: resolve(root, 'out/renderer'),
    shimScript,
    token,
    dispatch: (channel, input) => host.callJson(channel, input),
    onProgress: (listener) => host.onProgress(listener),
  });
  const actualPort = await listen(options.port);
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    call: dispatch,
    host,
    close: async () => {
      server.close();
      server.closeAllConnections();
      if (!options.host) await host.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, user: { type: 'string' }, backups: { type: 'string' }, 'dialog-answers': { type: 'string' } },
    strict: true,
  });
  if (!values.db) usage('--db is required');
  const port = Number(values.port ?? '');
  if (values.port === undefined || !Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be a port number');

  const backups = values.backups ?? join(dirname(resolve(values.db)), 'plandesk-backups');
  const harness = await startHarness({ db: values.db, port, user: values.user, backups, dialogAnswers: values['dialog-answers'] });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`PlanDesk harness: ${signal}, closing the workspace\n`);
    harness
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`PlanDesk harness: closing the workspace failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  process.stdout.write(`PlanDesk harness: ${harness.url}\n`);
}

// Run as a script (npm run serve:web); imported (by the CLI's report command), it only exports startHarness.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`PlanDesk harness failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
