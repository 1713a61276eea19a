// Long operations run in the core's worker, off the window's thread (here: the harness's process, which stands for
// Electron's main process): while a 10,000-action import runs, the window's process answers app:info within 100 ms;
// the page shows a progress bar after half a second, with the phase, the count and Cancel; a cancelled import or
// review pack wrote nothing, and the bar says so. The cancelled import and pack are held by another writer until the
// host has the cancel (support/workspace-lock.ts), so that they cannot end before Cancel is pressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { OperationProgress } from '../../../shared/operations';
import { openBrowser, type OpenBrowser } from '../support/browser';
import { planRows, writeXlsx } from '../../../scripts/generated-plan';
import { callHarness, startHarness, type RunningHarness } from '../support/harness';
import { prepareWorkspace, tempDir } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';
import { holdForWriting } from '../support/workspace-lock';
import { sha256Of } from '../../unit/support/workspace';

/** Follows the harness's event stream (GET /events, with the token) until `stop` is called. */
function followProgress(harness: RunningHarness, heard: (progress: OperationProgress) => void): { opened: Promise<void>; stop(): void } {
  const controller = new AbortController();
  let open: () => void = () => undefined;
  const opened = new Promise<void>((done) => (open = done));
  void (async () => {
    const response = await fetch(`${harness.origin}/events`, { headers: { 'x-plandesk-token': harness.token }, signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      pending += value;
      open();
      let end: number;
      while ((end = pending.indexOf('\n\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        if (line.startsWith('data: ')) heard(JSON.parse(line.slice('data: '.length)) as OperationProgress);
      }
    }
  })().catch(() => undefined);
  return { opened, stop: () => controller.abort() };
}

/**
 * The file's plan is the open plan (imported by the first test): the dialog proposes updating it, once its preview is
 * read. The test waits for that proposal, then imports the file as a new plan, as a person chooses it.
 */
async function importAsNewPlan(importDialog: Locator): Promise<void> {
  await importDialog.getByText('The file’s title matches the open plan').waitFor({ timeout: 120_000 });
  await importDialog.getByRole('radio', { name: 'as a new plan' }).check();
}

describe('long operations, off the window’s thread', () => {
  let folder: string;
  let db: string;
  let harness: RunningHarness;
  let browser: OpenBrowser;
  let spreadsheet: string;

  const planCount = () => {
    const sqlite = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  };

  beforeAll(async () => {
    folder = tempDir('long-operations');
    db = join(folder, 'workspace.sqlite');
    // An empty workspace: the import below brings its one plan.
    await prepareWorkspace(db);
    spreadsheet = join(folder, 'plan-10000.xlsx');
    await writeXlsx(spreadsheet, planRows(10_000));
    harness = await startHarness({ db, user: 'Tashi Dorji' });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('answers app:info within 100 ms all through a 10,000-action import', async () => {
    const events: OperationProgress[] = [];
    const stream = followProgress(harness, (progress) => events.push(progress));
    await stream.opened;
    const importing = callHarness(harness, 'import:commit', { fileName: 'plan-10000.xlsx', contentBase64: readFileSync(spreadsheet).toString('base64') });
    // From the moment the worker says it is importing until it says it is done, the window's process is pinged.
    await expect.poll(() => events.some((e) => e.method === 'import:commit' && e.state === 'running'), { timeout: 60_000, interval: 10 }).toBe(true);
    const pings: number[] = [];
    while (!events.some((e) => e.method === 'import:commit' && e.state !== 'running')) {
      const asked = performance.now();
      const info = await callHarness(harness, 'app:info', {});
      pings.push(performance.now() - asked);
      expect(info.userName).toBe('Tashi Dorji');
      await new Promise((done) => setTimeout(done, 20));
    }
    stream.stop();
    const outcome = await importing;
    expect(outcome.counts.actions).toBe(10_000);
    // The import ran long enough to be asked many times, and the answers came at once: 19 in 20 within 100 ms, none
    // after a second. (On a quiet machine every one comes within 100 ms; on a loaded one the scheduler alone holds
    // a few back. Before the worker, every call waited for the whole import: one ping, seconds late.)
    expect(pings.length).toBeGreaterThan(10);
    const sorted = [...pings].sort((a, b) => a - b);
    const described = `${pings.length} pings, slowest ${Math.round(sorted.at(-1)!)} ms: ${pings.map(Math.round).join(', ')}`;
    expect(sorted[Math.floor(sorted.length * 0.95)], described).toBeLessThan(100);
    expect(sorted.at(-1), described).toBeLessThan(1000);
    console.info(`app:info during the import: ${pings.length} pings, median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, 95th percentile ${Math.round(sorted[Math.floor(sorted.length * 0.95)]!)} ms, slowest ${Math.round(sorted.at(-1)!)} ms`);
    // Its phases came as events, in order, with counts.
    const phases = [...new Set(events.filter((e) => e.method === 'import:commit').map((e) => e.phase))];
    expect(phases).toEqual(['Reading plan-10000.xlsx', 'Reading the rows', 'Preparing the actions', 'Writing the plan', 'Recording the changes in the history']);
    // Counted against the 10,000 actions (how many steps are reported between depends on the machine's speed), and
    // each count says what it counts; the plan's tables, written one after another, are not counted.
    expect(events.some((e) => e.phase === 'Preparing the actions' && e.total === 10_000 && e.unit === 'actions')).toBe(true);
    expect(events.some((e) => e.phase === 'Reading the rows' && e.total === 10_000 && e.unit === 'rows')).toBe(true);
    expect(events.filter((e) => e.phase === 'Writing the plan').every((e) => e.total === null && e.unit === null)).toBe(true);
    expect(events.at(-1)).toMatchObject({ method: 'import:commit', state: 'done' });
  });

  // Two previews and an import of 10,000 actions, each with the harness started afresh: minutes on a loaded machine.
  it('shows the progress bar of an import after half a second, and Cancel leaves the workspace as it was', { timeout: 300_000 }, async () => {
    const { page } = browser;
    await page.goto(harness.url);
    const plans = planCount();
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import plan' });
    await importDialog.getByLabel('File to import').setInputFiles(spreadsheet);
    await importAsNewPlan(importDialog);
    // The preview's own bar shows only when reading takes over half a second (not on a quiet, fast machine).
    await importDialog.getByRole('button', { name: 'Import 10,000 actions as a new plan' }).waitFor({ timeout: 120_000 });

    await harness.stop();
    const before = sha256Of(db);
    harness = await startHarness({ db, user: 'Tashi Dorji' });
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Import…' }).click();
    await importDialog.getByLabel('File to import').setInputFiles(spreadsheet);
    await importAsNewPlan(importDialog);
    const importButton = importDialog.getByRole('button', { name: 'Import 10,000 actions as a new plan' });
    await importButton.waitFor({ timeout: 120_000 });
    // Another writer holds the workspace: the import reads its file, then waits for it, certainly still running
    // while the test cancels it (no race with its end). The writer lets go once the host has the cancel.
    const lock = holdForWriting(db);
    try {
      await importButton.click();
      const importing = page.getByRole('dialog', { name: 'Importing the plan' });
      const bar = importing.getByRole('progressbar', { name: 'Importing the plan' });
      await bar.waitFor({ timeout: 60_000 });
      // The phase, as the core reported it.
      expect(await importing.locator('#progress-phase').textContent()).toContain('Reading plan-10000.xlsx');
      await saveScreenshot(page, 'progress-import');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Cancel');
      const cancelHeard = page.waitForResponse((response) => response.url().endsWith('/api/operations%3Acancel'));
      await importing.getByRole('button', { name: 'Cancel' }).click();
      expect((await (await cancelHeard).json()) as unknown).toEqual({ ok: true, value: true });
      lock.release();
      await importing.getByRole('status').filter({ hasText: 'Cancelled — nothing was changed' }).waitFor({ timeout: 60_000 });
    } finally {
      lock.release();
    }
    const importing = page.getByRole('dialog', { name: 'Importing the plan' });
    await saveScreenshot(page, 'progress-import-cancelled');
    await importing.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => importing.count()).toBe(0);
    expect(planCount()).toBe(plans);
    await harness.stop();
    expect(sha256Of(db)).toBe(before);
    harness = await startHarness({ db, user: 'Tashi Dorji' });
  });

  // The pack's model runs in a transaction, which waits while another writer holds the workspace: the model has told
  // its first phase (the bar shows) and cannot end before Cancel is pressed, on a fast machine as on a loaded one.
  it('shows the progress bar while a large review pack is prepared, and Cancel leaves the workspace as it was', { timeout: 300_000 }, async () => {
    const { page } = browser;
    // The workspace's one plan: the 10,000 actions imported above. Its reporting periods are made first (any view
    // of it makes them): the pack's model then has nothing to write, and a cancelled one must not either.
    const { plans } = await callHarness(harness, 'workspace:summary', {});
    expect(plans.map((p) => p.actions)).toEqual([10_000]);
    await callHarness(harness, 'plans:periods', { planId: plans[0]!.id });
    await harness.stop();
    const before = sha256Of(db);
    harness = await startHarness({ db, user: 'Tashi Dorji' });
    await page.goto(harness.url);
    await page.getByRole('tab', { name: 'Reports' }).waitFor();
    const lock = holdForWriting(db);
    try {
      await page.getByRole('tab', { name: 'Reports' }).click();
      const preparing = page.getByRole('dialog', { name: 'Preparing the review pack' });
      await preparing.getByRole('progressbar', { name: 'Preparing the review pack' }).waitFor({ timeout: 60_000 });
      // The phase, as the core reported it; its count is not known until the plan is read, so the bar runs on.
      expect(await preparing.locator('#progress-phase').textContent()).toBe('Reading the plan');
      expect(await preparing.getByRole('progressbar').getAttribute('value')).toBeNull();
      await saveScreenshot(page, 'progress-review-pack');
      const cancelHeard = page.waitForResponse((response) => response.url().endsWith('/api/operations%3Acancel'));
      await preparing.getByRole('button', { name: 'Cancel' }).click();
      expect((await (await cancelHeard).json()) as unknown).toEqual({ ok: true, value: true });
      lock.release();
      await preparing.getByRole('status').filter({ hasText: 'Cancelled — nothing was changed' }).waitFor({ timeout: 60_000 });
      // The preview says so too, and offers to prepare it again.
      await page.getByText('Preparing the preview was cancelled; nothing was changed.').waitFor();
      await saveScreenshot(page, 'progress-review-pack-cancelled');
    } finally {
      lock.release();
    }
    await harness.stop();
    expect(sha256Of(db)).toBe(before);
    harness = await startHarness({ db, user: 'Tashi Dorji' });
  });

  it('counts the review pack’s parts steadily, from the plan read through each chapter to its last section', { timeout: 300_000 }, async () => {
    const events: OperationProgress[] = [];
    const stream = followProgress(harness, (progress) => events.push(progress));
    await stream.opened;
    const { plans } = await callHarness(harness, 'workspace:summary', {});
    const model = await callHarness(harness, 'reports:model', { planId: plans[0]!.id, preset: 'steering_committee' });
    await expect.poll(() => events.some((e) => e.method === 'reports:model' && e.state === 'done'), { timeout: 60_000, interval: 10 }).toBe(true);
    stream.stop();
    const pack = events.filter((e) => e.method === 'reports:model');
    expect(pack[0]).toMatchObject({ phase: 'Reading the plan', done: 0, total: null, unit: null, state: 'running' });
    // Once the plan is read, one count over the sections and chapters: it never goes back, nor past its total.
    const counted = pack.filter((e) => e.total !== null);
    expect(counted.length).toBeGreaterThan(5);
    counted.slice(1).forEach((event, i) => expect(event.done, `${event.phase} after ${counted[i]!.phase}`).toBeGreaterThanOrEqual(counted[i]!.done));
    counted.forEach((event) => expect(event.done).toBeLessThanOrEqual(event.total!));
    counted.forEach((event) => expect(event.unit, event.phase).toBe('parts'));
    // Each section named as it begins, in the words of the pack's headings; the count ends at its total.
    const phases = new Set(pack.map((e) => e.phase));
    for (const section of ['Chapter detail', 'Agency scorecards', 'Delivery ratings', 'Executive summary', 'Timeline']) expect(phases).toContain(section);
    expect(pack.at(-1)).toMatchObject({ state: 'done' });
    expect(pack.at(-1)!.done).toBe(pack.at(-1)!.total);
    expect(pack.at(-1)!.total).toBe(9 + model.chapters.length);
  });
});
