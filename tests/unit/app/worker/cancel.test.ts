// A cancelled operation writes nothing, wherever it is stopped. Each operation runs once through the contract's
// handlers to learn its phases, then once per phase with the cancel flag set as that phase begins (the worker's
// own progress and flag: the next step throws inside the operation's transaction). The workspace file must then be
// byte for byte as it was; and the same operation, not cancelled, must change it (so the test can fail).
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodResult } from '../../../../shared/contract';
import type { ProgressUnit } from '../../../../shared/operations';
import { createHandlers } from '../../../../electron/core/app/handlers';
import { CancelFlag } from '../../../../electron/core/app/worker/cancellation';
import { reportingProgress, type ProgressUpdate } from '../../../../electron/core/app/worker/progress';
import { openDatabase } from '../../../../electron/core/db/connection';
import type { AppContext } from '../../../../electron/core/host/context';
import { callHandler, type CoreChannel } from '../../../../electron/core/host/dispatch';
import { createPack } from '../../../../electron/core/packages/create-pack';
import { readPack } from '../../../../electron/core/packages/open-pack';
import { updateActionField } from '../../../../electron/core/plan/plan-commands';
import type { Progress } from '../../../../electron/core/progress/progress';
import { importTwoChapterPlan, openTempWorkspace, sha256Of, tempFolder, testContext } from '../../support/workspace';
import { fillIn, loadWorkbook } from '../../exchange/support';

const folder = tempFolder();

/** A plan spreadsheet of `actions` actions; `status` differs between two versions of it. */
async function planSpreadsheet(path: string, actions: number, status: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.addRow(['Chapter', 'Policy statement', 'Action', 'Indicator', 'Baseline', 'Target', 'Start date', 'End date', 'Lead Agency', 'Implementation status']);
  for (let i = 0; i < actions; i++) {
    const c = Math.floor(i / 50) + 1;
    const s = Math.floor(i / 10) % 5 + 1;
    const a = (i % 10) + 1;
    sheet.addRow([a === 1 && s === 1 ? `${c} Chapter ${c}` : '', a === 1 ? `${c}.${s} Statement ${c}.${s}` : '', `${c}.${s}.${a} Action ${i + 1}`, 'No. of services', '0', '10', 'January 2027', 'December 2028', 'MoIC', status]);
  }
  await workbook.xlsx.writeFile(path);
}

const spreadsheet = join(folder, 'plan.xlsx');
const revised = join(folder, 'plan-revised.xlsx');
await planSpreadsheet(spreadsheet, 300, 'Not started');
await planSpreadsheet(revised, 300, 'Ongoing');
const base64 = async (path: string) => (await import('node:fs/promises')).readFile(path).then((b) => b.toString('base64'));

/** The workspace every attempt starts from: the two-chapter plan, and the spreadsheet's plan imported once. */
const workspace = join(folder, 'workspace.sqlite');
const seeded = await openTempWorkspace(folder);
const twoChapters = await importTwoChapterPlan(seeded);
const imported = await callHandler(createHandlers(contextOf(seeded, new Date('2026-11-27T10:00:00Z'))), 'import:commit', { fileName: 'plan.xlsx', contentBase64: await base64(spreadsheet) });
if (!imported.ok) throw new Error(imported.error.message);
const spreadsheetPlan = imported.value.planId;

// A package of the two-chapter plan from another laptop, where two actions moved on since.
const otherLaptop = join(folder, 'other.sqlite');
await seeded.close();
copyFileSync(workspace, otherLaptop);
const other = await openDatabase(otherLaptop);
for (const code of ['5.1.1.1', '5.1.1.3']) {
  const action = await other.db.selectFrom('actions').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  await updateActionField(other.db, testContext({ user: 'Tshering', batchId: randomUUID() }), { actionId: action.id, field: 'status', value: 'completed' });
}
const pack = join(folder, 'moved-on.pmupack');
await createPack(other.db, testContext({ user: 'Tshering' }), twoChapters, pack);
await other.close();

// Update workbooks sent for the two-chapter plan, and MoIC's returned with two statuses changed; received once
// (which marks its package returned), so that receiving it again writes nothing.
/** Where exchange:send writes, as the folder dialog answers it. */
let sendFolder = join(folder, 'sent');
/** What the file dialog answers. */
let chosenFiles: readonly string[] = [pack];
const returned = join(folder, 'MoIC returned.xlsx');
let periodId = '';
{
  const connection = await openDatabase(workspace);
  const handlers = createHandlers(contextOf(connection, new Date('2026-11-27T10:00:00Z')));
  const call = async <K extends CoreChannel>(c: K, i: MethodInput<K>) => {
    const result = await callHandler(handlers, c, i);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as MethodResult<K>;
  };
  periodId = (await call('plans:periods', { planId: twoChapters })).find((p) => p.label === 'FY 2025-26')!.id;
  await call('exchange:send', { planId: twoChapters, periodId, agencyIds: null, dueDate: null });
  const workbook = await loadWorkbook(join(sendFolder, 'MoIC - FY 2025-26 - update.xlsx'));
  fillIn(workbook, [
    { code: '5.1.1.1', cells: { 'Status now': 'Completed' } },
    { code: '5.1.1.3', cells: { 'Status now': 'Ongoing' } },
  ]);
  await workbook.xlsx.writeFile(returned);
  chosenFiles = [returned];
  await call('exchange:receive', { planId: twoChapters });
  chosenFiles = [pack];
  await connection.close();
}

function contextOf(connection: Awaited<ReturnType<typeof openDatabase>>, now: Date): AppContext {
  return {
    version: '0.0.0-test',
    connection: () => connection,
    userName: () => 'Test Analyst',
    fallbackUserName: 'os-user',
    samplePlanPath: '/nonexistent/sample.tsv',
    now: () => now,
    chooseFiles: async () => chosenFiles,
    chooseFolder: async () => sendFolder,
  };
}

/** Passes a phase on to `progress` as it was started: counted in its unit, or not counted. */
function phaseOf(progress: Progress, name: string, total?: number, unit?: ProgressUnit, done?: number): void {
  if (total === undefined || unit === undefined) progress.phase(name);
  else progress.phase(name, total, unit, done);
}

interface Attempt {
  readonly phases: readonly string[];
  readonly result: Awaited<ReturnType<typeof callHandler>>;
}

/**
 * Opens the workspace, runs `prepare` (not cancelled), then `channel` with the worker's progress, cancelling as the
 * phase numbered `cancelAt` begins (never when null); closes the workspace again.
 */
async function attempt<C extends CoreChannel>(
  channel: C,
  input: (prepared: string) => MethodInput<C>,
  cancelAt: number | null,
  prepare: (call: <K extends CoreChannel>(c: K, i: MethodInput<K>) => Promise<MethodResult<K>>) => Promise<string> = async () => '',
  // A month in which the plans have no reporting periods yet: a pack's model creates them.
  now = new Date('2031-02-10T10:00:00Z'),
): Promise<Attempt> {
  const connection = await openDatabase(workspace);
  try {
    const handlers = createHandlers(contextOf(connection, now));
    const prepared = await prepare(async (c, i) => {
      const result = await callHandler(handlers, c, i);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as MethodResult<typeof c>;
    });
    const phases: string[] = [];
    const flag = new CancelFlag();
    const progress = reportingProgress(flag, (update: ProgressUpdate) => {
      // A phase with what it counts, if it counts: "Reading the rows · rows".
      const phase = update.unit === null ? update.phase : `${update.phase} · ${update.unit}`;
      if (update.done === 0 && phases.at(-1) !== phase) {
        phases.push(phase);
        if (phases.length - 1 === cancelAt) flag.cancel();
      }
    });
    const result = await callHandler(handlers, channel, input(prepared), progress);
    return { phases, result };
  } finally {
    await connection.close();
  }
}

/**
 * Runs `channel` to its end once, on a copy put back afterwards, to learn its phases (and to see that it writes, so
 * that the comparisons below can fail); then cancels it at each of its phases in turn: every time, the workspace
 * is left byte for byte as it was.
 */
async function cancelledAtEveryPhase<C extends CoreChannel>(channel: C, input: (prepared: string) => MethodInput<C>, prepare?: Parameters<typeof attempt<C>>[3]) {
  const before = sha256Of(workspace);
  const kept = `${workspace}.kept`;
  copyFileSync(workspace, kept);
  const whole = await attempt(channel, input, null, prepare);
  expect(whole.result.ok).toBe(true);
  expect(sha256Of(workspace)).not.toBe(before);
  copyFileSync(kept, workspace);
  expect(sha256Of(workspace)).toBe(before);
  const { phases } = whole;
  expect(phases.length).toBeGreaterThan(1);
  for (let at = 0; at < phases.length; at++) {
    const cancelled = await attempt(channel, input, at, prepare);
    expect({ at: phases[at], result: cancelled.result }).toEqual({ at: phases[at], result: { ok: false, error: { code: 'cancelled', message: 'Cancelled — nothing was changed' } } });
    expect(sha256Of(workspace), `cancelled as "${phases[at]}" began`).toBe(before);
  }
  return phases;
}

describe('a cancelled operation writes nothing', () => {
  it('an import as a new plan, cancelled at any of its phases', async () => {
    const content = await base64(spreadsheet);
    const withContent = () => ({ fileName: 'plan.xlsx', contentBase64: content });
    const phases = await cancelledAtEveryPhase('import:commit', withContent);
    expect(phases).toEqual(['Reading plan.xlsx', 'Reading the rows · rows', 'Preparing the actions · actions', 'Writing the plan', 'Recording the changes in the history']);
  });

  it('an import into an existing plan (the --into merge), cancelled at any of its phases', async () => {
    const content = await base64(revised);
    const input = () => ({ fileName: 'plan-revised.xlsx', contentBase64: content, intoPlanId: spreadsheetPlan });
    const phases = await cancelledAtEveryPhase('import:commit', input);
    expect(phases).toContain('Writing the changes to matched actions · actions');
  });

  it('a review pack’s model, which creates the plan’s reporting periods, cancelled at any of its reports', async () => {
    const input = () => ({ planId: spreadsheetPlan, preset: 'steering_committee' as const });
    const now = new Date('2031-02-10T10:00:00Z');
    /** Builds the model, cancelling at its report number `at` (a phase or a step; never when null); its reports. */
    const build = async (at: number | null) => {
      const connection = await openDatabase(workspace);
      try {
        const flag = new CancelFlag();
        const progress = reportingProgress(flag, () => undefined);
        const reports: string[] = [];
        const stopAt = (report: string) => reports.push(report) === at && flag.cancel();
        const counting = {
          phase: (name: string, total?: number, unit?: ProgressUnit, done?: number) => (stopAt(`${name} ${done ?? 0}/${total} ${unit}`), phaseOf(progress, name, total, unit, done)),
          step: (done: number, name?: string) => (stopAt(`${name ?? ''} ${done}`), progress.step(done, name)),
        };
        return { reports, result: await callHandler(createHandlers(contextOf(connection, now)), 'reports:model', input(), counting) };
      } finally {
        await connection.close();
      }
    };
    // Not cancelled, the model creates the periods (so the comparisons below could fail), and reports each section,
    // each chapter and its count.
    const before = sha256Of(workspace);
    const kept = `${workspace}.kept`;
    copyFileSync(workspace, kept);
    const whole = await build(null);
    expect(whole.result.ok).toBe(true);
    expect(sha256Of(workspace)).not.toBe(before);
    copyFileSync(kept, workspace);
    // Six chapters, then nine sections: fifteen parts, counted on.
    expect(whole.reports).toContain('Chapter detail: 1 Chapter 1 1');
    expect(whole.reports).toContain('Delivery ratings 10/15 parts');
    expect(whole.reports.at(-1)).toBe(' 15');
    // Cancelled at each of them, from the first phase to the last step: nothing written.
    for (let at = 1; at <= whole.reports.length; at++) {
      const cancelled = await build(at);
      expect(cancelled.result, `cancelled at "${whole.reports[at - 1]}"`).toEqual({ ok: false, error: { code: 'cancelled', message: 'Cancelled — nothing was changed' } });
      expect(sha256Of(workspace), `cancelled at "${whole.reports[at - 1]}"`).toBe(before);
    }
  });

  it('a package merge, cancelled at any of its phases', async () => {
    const prepare = async (call: <K extends CoreChannel>(c: K, i: MethodInput<K>) => Promise<MethodResult<K>>) => {
      const review = await call('packages:open', {});
      return review!.reviewId;
    };
    // Every change of the package accepted: the file's id is its pack id.
    const { contents } = await readPack(pack);
    const accepted = (reviewId: string) => ({ reviewId, decisions: [{ target: { kind: 'file' as const, fileId: contents.manifest.packId }, accept: true }] });
    const phases = await cancelledAtEveryPhase('packages:merge', accepted, prepare);
    expect(phases).toEqual(['Reading moved-on.pmupack', 'Comparing the package with the plan here', 'Merging the accepted changes · changes', 'Bringing the history and snapshots']);
  });
  it('sending update workbooks, cancelled at any of its steps, records no package and leaves no file', async () => {
    const input = { planId: twoChapters, periodId, agencyIds: null, dueDate: null };
    const before = sha256Of(workspace);
    // Not cancelled, it writes a workbook per lead agency and their .zip, and records their packages.
    sendFolder = join(folder, 'send-whole');
    const kept = `${workspace}.kept`;
    copyFileSync(workspace, kept);
    const whole = await attempt('exchange:send', () => input, null);
    expect(whole.result.ok).toBe(true);
    expect(readdirSync(sendFolder)).toHaveLength(4);
    expect(sha256Of(workspace)).not.toBe(before);
    copyFileSync(kept, workspace);
    // Cancelled as each agency's workbook begins, and once they are all written (the last step).
    const steps = 3 + 1;
    for (let at = 1; at <= steps; at++) {
      sendFolder = join(folder, `send-cancelled-${at}`);
      mkdirSync(sendFolder);
      const connection = await openDatabase(workspace);
      try {
        const flag = new CancelFlag();
        const progress = reportingProgress(flag, () => undefined);
        let calls = 0;
        const stopAt = () => ++calls === at + 1 && flag.cancel();
        const counting = {
          phase: (name: string, total?: number, unit?: ProgressUnit, done?: number) => (stopAt(), phaseOf(progress, name, total, unit, done)),
          step: (done: number) => (stopAt(), progress.step(done)),
        };
        const result = await callHandler(createHandlers(contextOf(connection, new Date('2026-11-27T10:00:00Z'))), 'exchange:send', input, counting);
        expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: 'Cancelled — nothing was changed' } });
      } finally {
        await connection.close();
      }
      expect(readdirSync(sendFolder), `cancelled at its step ${at}`).toEqual([]);
      expect(sha256Of(workspace), `cancelled at its step ${at}`).toBe(before);
    }
    sendFolder = join(folder, 'sent');
  });

  it('merging a returned update workbook, cancelled at any of its phases', async () => {
    chosenFiles = [returned];
    try {
      const prepare = async (call: <K extends CoreChannel>(c: K, i: MethodInput<K>) => Promise<MethodResult<K>>) => (await call('exchange:receive', { planId: twoChapters }))!.reviewId;
      const workbookId = async () => {
        const connection = await openDatabase(workspace);
        try {
          const review = await callHandler(createHandlers(contextOf(connection, new Date())), 'exchange:receive', { planId: twoChapters });
          if (!review.ok || !review.value) throw new Error('the returned workbook was not read');
          expect(review.value.counts).toMatchObject({ changes: 2, refused: 0 });
          return review.value.files[0]!.fileId!;
        } finally {
          await connection.close();
        }
      };
      const fileId = await workbookId();
      const accepted = (reviewId: string) => ({ reviewId, decisions: [{ target: { kind: 'file' as const, fileId }, accept: true }], leaveOut: [] });
      const phases = await cancelledAtEveryPhase('exchange:merge', accepted, prepare);
      expect(phases).toEqual(['Reading the returned workbooks · workbooks', 'Merging the accepted changes · workbooks']);
      expect(existsSync(returned)).toBe(true);
    } finally {
      chosenFiles = [pack];
    }
  });
});
