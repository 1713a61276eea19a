// A plan kept on two PMU laptops: B receives A's plan whole, A goes on working (a status, an actual, a progress
// narrative from a returned workbook, a move, a removal, a new action), and A's next package, opened on B, proposes
// exactly those changes; merged, B's plan is A's, with A's history; rejected, a change stays out; changed on both
// laptops, it is a conflict; changed only on B, B's newer value is kept and nothing is proposed.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProposedChange, ReviewFile } from '../../../shared/domain';
import { mergeReturns, receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { listHistory } from '../../../electron/core/history/store';
import { setActual } from '../../../electron/core/indicators/indicator-commands';
import { createPack } from '../../../electron/core/packages/create-pack';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { createAction, moveAction, setActionDeleted } from '../../../electron/core/plan/structure-commands';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import type { Db } from '../../../electron/core/db/schema';
import { fillIn, loadWorkbook } from '../exchange/support';
import { sha256Of } from '../support/workspace';
import { idOf, statementOf, twoLaptops } from './two-laptops';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const { folder, laptopA, laptopB, planId, by } = await twoLaptops();
const planOf = async (db: Db) => (await exportPlanFile(db, [planId])).plans;
const changesOf = (file: ReviewFile) => file.groups.flatMap((g) => g.changes.map((c) => ({ group: g.code, change: c })));
const accept = (file: ReviewFile, ...changes: ProposedChange[]) => changes.map((c) => ({ target: { kind: 'change' as const, changeId: c.id }, accept: true }));
/** Progress as both laptops can compare it: by action, indicator and period (period ids differ between laptops). */
async function progressOf(db: Db) {
  const rows = await db
    .selectFrom('progress_updates')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'progress_updates.period_id')
    .select(['action_id', 'indicator_id', 'reporting_periods.kind', 'reporting_periods.start_month', 'actual_text', 'actual_value', 'narrative', 'support_needed', 'progress_updates.status'])
    .where('reporting_periods.plan_id', '=', planId)
    .execute();
  return rows.filter((r) => r.actual_text !== '' || r.narrative !== '' || r.support_needed !== '').sort((a, b) => `${a.action_id}${a.indicator_id}`.localeCompare(`${b.action_id}${b.indicator_id}`));
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'electron', 'cli', 'index.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// B starts from A's plan, whole.
const first = join(folder, 'first.pmupack');
await createPack(laptopA.db, by('Tshering'), planId, first);
const whole = await reviewPack(laptopB.db, first);
await mergePack(laptopB.db, by('Karma'), { path: first, decisions: [{ target: { kind: 'file', fileId: whole.file.fileId! }, accept: true }] });
// Each laptop makes its reporting periods itself, so the same fiscal year has another id on each.
const periodA = (await ensurePeriods(laptopA.db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;
const periodB = (await ensurePeriods(laptopB.db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;

describe('a package of a plan both laptops hold', () => {
  const second = join(folder, 'second.pmupack');
  let opened: Awaited<ReturnType<typeof reviewPack>>;

  it('proposes exactly what changed on the other laptop: a status, an actual, a narrative, a move, a removal, a new action', async () => {
    expect(periodA.id).not.toBe(periodB.id);
    const db = laptopA.db;
    await updateActionField(db, by('Tshering'), { actionId: await idOf(db, '5.1.1.10'), field: 'status', value: 'completed' });
    const uptime = (await db.selectFrom('indicators').select('id').where('name', '=', '% of uptime').executeTakeFirstOrThrow()).id;
    await setActual(db, by('Tshering'), { indicatorId: uptime, periodId: periodA.id, value: '97%' });
    // A narrative comes back from the ministry in a returned workbook, merged on A.
    const moic = (await db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
    const sent = await sendForUpdate(db, by('Tshering'), { planId, periodId: periodA.id, agencyIds: [moic], dueDate: null, contact: '', folder: join(folder, 'sent') });
    const workbook = await loadWorkbook(sent.files[0]!);
    fillIn(workbook, [{ code: '5.1.1.3', cells: { 'Progress in the period': 'Draft order with the Cabinet Secretariat.' } }]);
    mkdirSync(join(folder, 'returned'));
    const returned = join(folder, 'returned', 'MoIC.xlsx');
    await workbook.xlsx.writeFile(returned);
    const received = await receiveReturns(db, planId, [returned]);
    await mergeReturns(db, by('Tshering'), { planId, paths: [returned], decisions: [{ target: { kind: 'file', fileId: received.files[0]!.fileId! }, accept: true }] });
    await moveAction(db, by('Tshering'), { actionId: await idOf(db, '5.1.1.1'), statementId: await statementOf(db, '5.1.2'), beforeActionId: null });
    await setActionDeleted(db, by('Tshering'), await idOf(db, '5.3.2.1'), true);
    await createAction(db, by('Tshering'), { statementId: await statementOf(db, '5.1.1'), afterActionId: await idOf(db, '5.1.1.3'), code: '5.1.1.4', title: 'Publish a digital-by-default checklist' });
    await createPack(db, by('Tshering'), planId, second);

    opened = await reviewPack(laptopB.db, second);
    expect(opened.file.refused).toBeNull();
    expect(changesOf(opened.file).map(({ group, change }) => [group, change.kind, change.label, change.oldValue, change.newValue, change.conflict])).toEqual([
      // In the package's order: 5.1.1.1 now comes after 5.1.2.3.
      ['5.1.1.3', 'field', 'Progress in FY 2025-26', null, 'Draft order with the Cabinet Secretariat.', null],
      ['5.1.1.4', 'added', 'New action', null, '5.1.1.4 Publish a digital-by-default checklist', null],
      ['5.1.1.10', 'field', 'Status', 'Not started', 'Completed', null],
      ['5.1.1.1', 'moved', 'Moved to another statement', 'in 5.1.1, first', 'in 5.1.2, after 5.1.2.3', null],
      ['5.1.1.1', 'field', 'Actual for FY 2025-26 (% of uptime)', null, '97%', null],
      ['5.3.2.1', 'removed', 'Removed action', expect.stringMatching(/^5\.3\.2\.1 /), 'Removed on the other laptop (2026-11-27 by Tshering)', null],
    ]);
    expect(opened.file.source).toMatchObject({ kind: 'package', newPlan: false, snapshots: 0 });
    expect((opened.file.source as { historyEntries: number }).historyEntries).toBeGreaterThan(6);
  });

  it('lists the same changes from the command line (unpack --json), writing nothing', async () => {
    const path = join(folder, 'laptop-b.sqlite');
    const before = sha256Of(path);
    const result = await cli('unpack', second, '--db', path, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { review: { files: ReviewFile[]; counts: { changes: number } }; merged: null };
    expect(printed.merged).toBeNull();
    expect(printed.review.counts.changes).toBe(6);
    expect(changesOf(printed.review.files[0]!).map(({ change }) => [change.id, change.kind, change.newValue])).toEqual(changesOf(opened.file).map(({ change }) => [change.id, change.kind, change.newValue]));
    expect(sha256Of(path)).toBe(before);
  }, 60_000);

  it('merged whole, B holds A’s plan and progress, and A’s history says who did what', async () => {
    const outcome = await mergePack(laptopB.db, by('Karma'), { path: second, decisions: [{ target: { kind: 'file', fileId: opened.file.fileId! }, accept: true }] });
    expect(outcome).toMatchObject({ accepted: 6, rejected: 0 });
    expect(await planOf(laptopB.db)).toEqual(await planOf(laptopA.db));
    expect(await progressOf(laptopB.db)).toEqual(await progressOf(laptopA.db));
    const history = await listHistory(laptopB.db, { planId, limit: 5000 });
    const statusByTshering = history.filter((h) => h.user === 'Tshering' && h.field === 'status' && h.newValue === 'completed');
    expect(statusByTshering.map((h) => [h.source, h.sourceFile])).toEqual([['edit', null]]);
    expect(history.filter((h) => h.user === 'Tshering' && h.source === 'exchange' && h.field === 'narrative').length).toBe(1);
    const merge = history.filter((h) => h.source === 'package' && h.sourceFile === basename(second));
    expect(merge.every((h) => h.user === 'Karma')).toBe(true);
    expect(new Set(merge.map((h) => h.field))).toEqual(new Set(['statement_id', 'position', 'actual_text', 'actual_value', 'narrative', 'status', 'status_text', 'created', 'deleted_at', 'brought']));
  });

  it('opened again, the package is already merged; a fresh package of the same plan proposes nothing and brings no entry twice', async () => {
    expect((await reviewPack(laptopB.db, second)).file.refused).toMatch(/^second\.pmupack: this package was already merged on 2026-11-27 by Karma$/);
    const third = join(folder, 'third.pmupack');
    await createPack(laptopA.db, by('Tshering'), planId, third);
    const again = await reviewPack(laptopB.db, third);
    expect(again.file.groups).toEqual([]);
    expect(again.file.source).toMatchObject({ snapshots: 0, historyEntries: 0 });
  });
});

describe('deciding change by change', () => {
  it('a rejected change stays out, with its history; the accepted one is merged', async () => {
    const db = laptopA.db;
    await updateActionField(db, by('Tshering'), { actionId: await idOf(db, '5.1.1.3'), field: 'remarks', value: 'Order drafted; Cabinet to endorse.' });
    await updateActionField(db, by('Tshering'), { actionId: await idOf(db, '5.1.1.10'), field: 'fundNote', value: 'RGoB budget FY 2026-27' });
    const path = join(folder, 'fourth.pmupack');
    await createPack(db, by('Tshering'), planId, path);
    const opened = await reviewPack(laptopB.db, path);
    const changes = changesOf(opened.file).map((c) => c.change);
    expect(changes.map((c) => c.label)).toEqual(['Remarks', 'Fund note']);
    await mergePack(laptopB.db, by('Karma'), { path, decisions: [...accept(opened.file, changes[1]!), { target: { kind: 'change', changeId: changes[0]!.id }, accept: false }] });
    const actions = (await planOf(laptopB.db))[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
    expect(actions.find((a) => a.code === '5.1.1.3')!.remarks).toBe('');
    expect(actions.find((a) => a.code === '5.1.1.10')!.fund.note).toBe('RGoB budget FY 2026-27');
    const history = await listHistory(laptopB.db, { planId, user: 'Tshering', limit: 5000 });
    expect(history.some((h) => h.field === 'fund_note')).toBe(true);
    expect(history.some((h) => h.field === 'remarks')).toBe(false);
  });

  it('flags a field changed on both laptops, and keeps a field changed only here without proposing it', async () => {
    await updateActionField(laptopA.db, by('Tshering'), { actionId: await idOf(laptopA.db, '5.1.1.3'), field: 'statusText', value: 'Order with the Cabinet' });
    await updateActionField(laptopB.db, by('Karma'), { actionId: await idOf(laptopB.db, '5.1.1.3'), field: 'statusText', value: 'Awaiting endorsement' });
    await updateActionField(laptopB.db, by('Karma'), { actionId: await idOf(laptopB.db, '5.1.2.3'), field: 'title', value: 'Train ICT officers in every dzongkhag' });
    const path = join(folder, 'fifth.pmupack');
    await createPack(laptopA.db, by('Tshering'), planId, path);
    const opened = await reviewPack(laptopB.db, path);
    expect(changesOf(opened.file).map(({ group, change }) => [group, change.label, change.oldValue, change.newValue, change.conflict])).toEqual([
      // The remarks B rejected are proposed again: A still holds them, and B did not change them since.
      ['5.1.1.3', 'Status', 'Awaiting endorsement', 'Order with the Cabinet', 'Changed here too since the package was made (2026-11-27 by Karma)'],
      ['5.1.1.3', 'Remarks', null, 'Order drafted; Cabinet to endorse.', null],
    ]);
    expect(opened.file.onlyHere?.map((o) => [o.code, o.reason])).toEqual([['5.1.2.3', 'Action: changed here since (2026-11-27 by Karma), the package holds the older value']]);
  });

  it('refuses a package edited after it was made, writing nothing', async () => {
    const path = join(folder, 'fifth.pmupack');
    const entries = unzipSync(new Uint8Array(readFileSync(path)));
    const plan = new TextDecoder().decode(entries['plan.json']).replace('Order with the Cabinet', 'Order with the Kabinet');
    const edited = join(folder, 'edited.pmupack');
    writeFileSync(edited, zipSync({ ...entries, 'plan.json': strToU8(plan) }));
    const before = await planOf(laptopB.db);
    const entriesBefore = await laptopB.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect((await reviewPack(laptopB.db, edited)).file.refused).toBe('edited.pmupack: "plan.json" does not match its checksum in the manifest; the package was damaged or edited, refused');
    await expect(mergePack(laptopB.db, by('Karma'), { path: edited, decisions: [] })).rejects.toThrow(/^Nothing was merged: edited\.pmupack: "plan\.json" does not match its checksum/);
    expect(await planOf(laptopB.db)).toEqual(before);
    expect(await laptopB.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(entriesBefore);
  });
});
