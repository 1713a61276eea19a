// Starts the browser harness (npm run serve:web) as a child process, as a developer would,
// and reads the URL it prints. Any free port: the harness prints the one it got.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Channel, MethodInput, MethodResult } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

const root = resolve(import.meta.dirname, '../../..');

export interface RunningHarness {
  /** The URL with its token, as printed. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  stop(): Promise<void>;
}

export async function startHarness(options: { db: string; user?: string }): Promise<RunningHarness> {
  const args = ['--import', 'tsx', resolve(root, 'electron/harness/serve-web.ts'), '--db', options.db, '--port', '0'];
  if (options.user !== undefined) args.push('--user', options.user);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const url = await new Promise<string>((done, fail) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error(`The harness printed no URL within 150 s.\n${stderr}`)), 150_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /PlanDesk harness: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The harness exited (code ${code}) before printing its URL.\n${stderr}`));
    });
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token') ?? '',
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Calls a contract method on the harness as the page does (with its token): for setting up and checking what the UI cannot show. */
export async function callHarness<C extends Channel>(harness: RunningHarness, channel: C, input: MethodInput<C>): Promise<MethodResult<C>> {
  const response = await fetch(`${harness.origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-plandesk-token': harness.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<MethodResult<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}
