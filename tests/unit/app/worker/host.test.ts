// The worker host: the core answers in a worker thread, errors keep their shape across the boundary, a busy
// operation is cancelled through shared memory, the host answers its own methods while the worker is busy, and a
// worker that dies answers its calls with an error and is replaced.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerHost, type WorkerHostOptions } from '../../../../electron/core/app/worker/host';
import type { OperationProgress } from '../../../../shared/operations';
import { FIXTURES, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../../support/workspace';

const folder = tempFolder();
const workspace = join(folder, 'workspace.sqlite');
const seeded = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(seeded);
await seeded.close();

function options(overrides: Partial<WorkerHostOptions> = {}): WorkerHostOptions {
  return {
    workspace,
    version: '0.0.0-test',
    shell: 'browser',
    userName: 'Test Analyst',
    fallbackUserName: 'os-user',
    samplePlanPath: join(FIXTURES, '..', '..', 'resources', 'sample-plan.tsv'),
    workerFile: join(import.meta.dirname, 'test-entry.ts'),
    ...overrides,
  };
}

const host = await WorkerHost.start(options());
afterAll(() => host.close());

describe('the core in its worker', () => {
  it('answers contract methods from the worker, and app:info from the host', async () => {
    const tree = await host.call('plans:tree', { planId });
    expect(tree.ok && (tree.value as { chapters: { code: string }[] }).chapters.map((c) => c.code)).toEqual(['5.1', '5.3']);
    expect(await host.call('app:info', {})).toEqual({
      ok: true,
      value: { version: '0.0.0-test', workspacePath: workspace, userName: 'Test Analyst', language: 'en', shell: 'browser' },
    });
  });

  it('keeps an error’s code, message and details across the boundary', async () => {
    expect(await host.call('plans:tree', { planId: 'no-such-plan' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No plan with id no-such-plan in this workspace' },
    });
    const invalid = await host.call('actions:get', { actionId: '' });
    expect(invalid).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid input for actions:get: actionId: an id is required',
        details: [{ path: 'actionId', message: 'an id is required' }],
      },
    });
    expect(await host.call('plans:dropEverything', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'No such method: plans:dropEverything' } });
    await expect(host.run('workspace:open', { path: join(folder, 'missing', 'nowhere.sqlite'), mustExist: false })).rejects.toMatchObject({ code: 'bad_file' });
    await expect(host.run('workspace:open', { path: join(folder, 'nowhere.sqlite'), mustExist: true })).rejects.toMatchObject({ code: 'not_found' });
    expect(host.workspacePath).toBe(workspace);
  });

  it('cancels a worker that never pauses, through the flag in shared memory, and answers its host methods meanwhile', async () => {
    const events: OperationProgress[] = [];
    const stop = host.onProgress((event) => events.push(event));
    const started = performance.now();
    const spinning = host.run('test:spin' as never, { seconds: 20 } as never);
    const failed = spinning.catch((error: unknown) => error);
    // The first progress report says the worker is busy; from then on it reads no message until it is done.
    while (!events.some((e) => e.state === 'running')) await new Promise((done) => setTimeout(done, 5));
    const asked = performance.now();
    const info = await host.call('app:info', {});
    expect(info.ok).toBe(true);
    expect(performance.now() - asked).toBeLessThan(100);
    const running = events.find((e) => e.state === 'running')!;
    expect(running).toMatchObject({ method: 'test:spin', phase: 'Spinning', total: null });
    expect(host.operations().map((o) => o.operationId)).toEqual([running.operationId]);
    expect(await host.call('operations:cancel', { operationId: running.operationId })).toEqual({ ok: true, value: true });
    expect(await failed).toMatchObject({ code: 'cancelled', message: 'Cancelled — nothing was changed' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(events.at(-1)).toMatchObject({ operationId: running.operationId, state: 'cancelled' });
    expect(host.operations()).toEqual([]);
    expect(await host.call('operations:cancel', { operationId: running.operationId })).toEqual({ ok: true, value: false });
    stop();
  });

  it('runs work of its own as an operation: its progress told like the worker’s, and a cancel stops it at its next step', async () => {
    const events: OperationProgress[] = [];
    const stop = host.onProgress((event) => events.push(event));
    const printed = await host.runHere('report:print', async (progress) => {
      progress.phase('Printing the pages', 240, 'pages');
      progress.step(240);
      return 'printed';
    });
    expect(printed).toBe('printed');
    expect(events.map((e) => [e.method, e.phase, e.done, e.total, e.unit, e.state])).toEqual([
      ['report:print', 'Printing the pages', 0, 240, 'pages', 'running'],
      ['report:print', 'Printing the pages', 240, 240, 'pages', 'running'],
      ['report:print', 'Printing the pages', 240, 240, 'pages', 'done'],
    ]);
    let after = 'not reached';
    const cancelled = host.runHere('report:print', async (progress) => {
      progress.phase('Printing the pages', 240, 'pages');
      const [running] = host.operations();
      expect(await host.call('operations:cancel', { operationId: running!.operationId })).toEqual({ ok: true, value: true });
      progress.step(120);
      after = 'reached';
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(after).toBe('not reached');
    expect(events.at(-1)).toMatchObject({ method: 'report:print', state: 'cancelled' });
    expect(host.operations()).toEqual([]);
    stop();
  });

  it('answers the calls of a worker that died with an error, and goes on with a new worker on the same workspace', async () => {
    const crashed = await host.run('test:crash' as never, {} as never).catch((error: unknown) => error);
    expect(crashed).toMatchObject({ code: 'internal' });
    expect((crashed as Error).message).toBe("PlanDesk's core stopped unexpectedly (a bug on purpose) and was restarted: test:crash did not finish. Try again.");
    const tree = await host.call('plans:tree', { planId });
    expect(tree.ok).toBe(true);
    expect(host.workspacePath).toBe(workspace);
  });

  it('asks the host for its dialogs, with the asking call’s progress, and answers not_available for those it lacks', async () => {
    const out = join(folder, 'plan.pmupack');
    // What the host does for a call reports that call's progress (as Electron's printing of a pack does).
    const withDialog = await WorkerHost.start(
      options({
        capabilities: {
          chooseSavePath: async (_request, progress) => {
            progress.phase('Choosing where to save');
            return out;
          },
        },
      }),
    );
    const heard: OperationProgress[] = [];
    withDialog.onProgress((event) => heard.push(event));
    try {
      const created = await withDialog.call('packages:create', { planId });
      expect(created.ok && (created.value as { path: string }).path).toBe(out);
      expect(heard.some((e) => e.method === 'packages:create' && e.phase === 'Choosing where to save' && e.state === 'running')).toBe(true);
      expect(existsSync(out)).toBe(true);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await withDialog.close();
    }
    const refused = await host.call('packages:create', { planId });
    expect(!refused.ok && refused.error.code).toBe('not_available');
  });

  it('keeps the language the person chooses, and says it in app:info', async () => {
    const saved: string[] = [];
    const speaking = await WorkerHost.start(options({ language: 'en', saveLanguage: (language) => void saved.push(language) }));
    try {
      const before = await speaking.call('app:info', {});
      expect(before.ok && (before.value as { language: string }).language).toBe('en');
      const info = await speaking.call('preferences:setLanguage', { language: 'dz' });
      expect(info.ok && (info.value as { language: string }).language).toBe('dz');
      expect(saved).toEqual(['dz']);
      const refused = await speaking.call('preferences:setLanguage', { language: 'fr' });
      expect(!refused.ok && refused.error.code).toBe('invalid_input');
      expect(saved).toEqual(['dz']);
    } finally {
      await speaking.close();
    }
  });

  it('keeps the name the person gives for the history, and tells the worker', async () => {
    const saved: string[] = [];
    const named = await WorkerHost.start(options({ saveUserName: (name) => void saved.push(name) }));
    try {
      const info = await named.call('preferences:setUserName', { name: 'Pema Choden' });
      expect(info.ok && (info.value as { userName: string }).userName).toBe('Pema Choden');
      expect(saved).toEqual(['Pema Choden']);
      const snapshot = await named.call('snapshots:create', { planId, name: 'Named' });
      expect(snapshot.ok).toBe(true);
      const history = await named.call('history:users', { planId });
      expect(history.ok && history.value).toContain('Pema Choden');
    } finally {
      await named.close();
    }
  });
});
