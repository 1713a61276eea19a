// The contract methods as the review screen will call them: paths come from the host's dialogs, a review is
// merged by its id with decisions on a change, an action or a file, and the merge can be undone as one edit.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, type TestDialogs } from '../support/workspace';
import { fillIn, loadWorkbook } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const dialogs: TestDialogs = {};
const call = handlersFor(connection, { user: 'Tshering', dialogs });
const noDialogs = handlersFor(connection);
const period = (await call('plans:periods', { planId })).find((p) => p.label === 'FY 2025-26')!;

describe('exchange through the contract', () => {
  it('says where a dialog is not available, and answers null when the user cancels', async () => {
    await expect(noDialogs('exchange:receive', { planId })).rejects.toThrow('Choosing files needs the desktop app');
    dialogs.folder = null;
    expect(await call('exchange:send', { planId, periodId: period.id, agencyIds: null, dueDate: null })).toBeNull();
    expect(await call('exchange:packages', { planId })).toEqual([]);
  });

  it('refuses an agency that leads nothing, and a bad due date, before writing anything', async () => {
    dialogs.folder = join(folder, 'never');
    const agencies = await call('agencies:list', {});
    const bpc = agencies.find((a) => a.acronym === 'BPC')!;
    await expect(call('exchange:send', { planId, periodId: period.id, agencyIds: [bpc.id], dueDate: null })).rejects.toThrow(`Agency ${bpc.id} leads no action of this plan`);
    await expect(call('exchange:send', { planId, periodId: period.id, agencyIds: null, dueDate: '31/01/2027' })).rejects.toThrow('dueDate: must be a date written YYYY-MM-DD');
    expect(existsSync(join(folder, 'never'))).toBe(false);
  });

  it('sends to every lead agency, receives, merges per decision, and undoes the merge', async () => {
    const leads = await call('exchange:leadAgencies', { planId });
    expect(leads.map((l) => [l.acronym, l.actions])).toEqual([['BICMA', 1], ['DITT', 1], ['MoIC', 5]]);
    dialogs.folder = join(folder, 'out');
    const sent = await call('exchange:send', { planId, periodId: period.id, agencyIds: null, dueDate: '2027-01-31', contact: 'PMU' });
    expect(sent!.packages.map((p) => p.fileName)).toEqual(['BICMA - FY 2025-26 - update.xlsx', 'DITT - FY 2025-26 - update.xlsx', 'MoIC - FY 2025-26 - update.xlsx']);

    // DITT and MoIC both lead 5.1.1.3 and answer differently.
    mkdirSync(join(folder, 'back'));
    const answer = async (agency: string, status: string) => {
      const workbook = await loadWorkbook(join(folder, 'out', `${agency} - FY 2025-26 - update.xlsx`));
      fillIn(workbook, [{ code: '5.1.1.3', cells: { 'Status now': status } }]);
      const path = join(folder, 'back', `${agency}.xlsx`);
      await workbook.xlsx.writeFile(path);
      return path;
    };
    dialogs.files = [await answer('DITT', 'Completed'), await answer('MoIC', 'Ongoing')];
    const review = (await call('exchange:receive', { planId }))!;
    // One conflict between the two agencies, not two: each side names the other's answer.
    expect(review.counts).toEqual({ changes: 2, conflicts: 1, problems: 0, refused: 0 });
    const [ditt, moic] = review.files;
    expect(ditt!.groups[0]!.changes[0]!.conflict).toBeNull();
    expect(ditt!.groups[0]!.changes[0]!.rivals).toEqual([{ changeId: moic!.groups[0]!.changes[0]!.id, agency: 'MoIC', fileName: 'MoIC.xlsx', value: 'Ongoing' }]);
    expect((await call('exchange:packages', { planId })).filter((p) => p.status === 'returned').map((p) => p.agency.label).sort()).toEqual(['DITT', 'MoIC']);

    await expect(
      call('exchange:merge', { reviewId: review.reviewId, decisions: [{ target: { kind: 'file', fileId: ditt!.fileId! }, accept: true }, { target: { kind: 'file', fileId: moic!.fileId! }, accept: true }] }),
    ).rejects.toThrow(
      'Nothing was merged: 5.1.1.3 Status: DITT (DITT.xlsx) proposes "Completed" and MoIC (MoIC.xlsx) proposes "Ongoing", and both were accepted. Only one value can be merged: keep one of them (or type the value to keep), then merge again',
    );
    const outcome = await call('exchange:merge', {
      reviewId: review.reviewId,
      decisions: [
        { target: { kind: 'group', fileId: ditt!.fileId!, groupKey: ditt!.groups[0]!.key }, accept: true, note: 'DITT issues the order' },
        { target: { kind: 'file', fileId: moic!.fileId! }, accept: false },
      ],
    });
    expect(outcome).toMatchObject({ accepted: 1, rejected: 1, undoable: true });
    const action = (await call('actions:list', { planId })).find((a) => a.code === '5.1.1.3')!;
    expect(action.status).toBe('completed');
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: [] })).rejects.toThrow('This review is no longer open');
    const standing = async () => (await call('exchange:packages', { planId })).filter((p) => p.agency.label !== 'BICMA').map((p) => [p.agency.label, p.status, p.accepted, p.rejected]);
    expect(await standing()).toEqual([['DITT', 'merged', 1, 0], ['MoIC', 'merged', 0, 1]]);
    const mergeEntries = await call('history:list', { planId, source: 'exchange' });
    expect(mergeEntries.filter((e) => e.entity === 'exchange_package').map((e) => [e.subject, e.field, e.oldValue, e.newValue]).sort()).toEqual([
      ['DITT, FY 2025-26', 'status', 'returned', 'merged'],
      ['MoIC, FY 2025-26', 'status', 'returned', 'merged'],
    ]);

    // Undo takes the plan's values and the packages back together (returned, so they can be merged again); redo
    // merges them again.
    expect(await call('history:undoState', {})).toEqual({ canUndo: true, canRedo: false });
    await call('history:undo', {});
    expect((await call('actions:get', { actionId: action.id })).action.status).toBe('not_started');
    expect(await standing()).toEqual([['DITT', 'returned', null, null], ['MoIC', 'returned', null, null]]);
    await call('history:redo', {});
    expect((await call('actions:get', { actionId: action.id })).action.status).toBe('completed');
    expect(await standing()).toEqual([['DITT', 'merged', 1, 0], ['MoIC', 'merged', 0, 1]]);
    await call('history:undo', {});
    expect(await standing()).toEqual([['DITT', 'returned', null, null], ['MoIC', 'returned', null, null]]);

    // Undone, the workbooks can be received and merged again; the package counts the decisions of that merge only.
    const again = (await call('exchange:receive', { planId }))!;
    expect(again.files.map((f) => f.refused)).toEqual([null, null]);
    await call('exchange:merge', { reviewId: again.reviewId, decisions: [{ target: { kind: 'file', fileId: ditt!.fileId! }, accept: false }, { target: { kind: 'file', fileId: moic!.fileId! }, accept: true }] });
    expect((await call('actions:get', { actionId: action.id })).action.status).toBe('ongoing');
    expect(await standing()).toEqual([['DITT', 'merged', 0, 1], ['MoIC', 'merged', 1, 0]]);
  });

  it('undoes a merge that rejected everything: the package is returned again', async () => {
    const packages = await call('exchange:packages', { planId });
    const bicma = packages.find((p) => p.agency.label === 'BICMA')!;
    dialogs.files = [join(folder, 'out', bicma.fileName)];
    const review = (await call('exchange:receive', { planId }))!;
    const outcome = await call('exchange:merge', { reviewId: review.reviewId, decisions: [] });
    expect(outcome).toMatchObject({ accepted: 0, rejected: 0, undoable: true });
    expect((await call('exchange:packages', { planId })).find((p) => p.id === bicma.id)!.status).toBe('merged');
    await call('history:undo', {});
    expect((await call('exchange:packages', { planId })).find((p) => p.id === bicma.id)!.status).toBe('returned');
  });
});

describe('packages and exports through the contract', () => {
  it('creates a package where the host says, opens it, and finds nothing to merge into its own plan', async () => {
    dialogs.savePath = join(folder, 'plan.pmupack');
    const created = (await call('packages:create', { planId }))!;
    expect(created.entries.map((e) => e.path)).toEqual(['plan.json', 'history.json', 'snapshots.json', 'progress.json']);
    dialogs.files = [created.path];
    const review = (await call('packages:open', {}))!;
    expect(review.files[0]).toMatchObject({ refused: null, groups: [], source: { kind: 'package', newPlan: false } });
  });

  it('exports the plan workbook and the grid view to the path the host chose', async () => {
    dialogs.savePath = join(folder, 'plan.xlsx');
    expect(await call('exports:planWorkbook', { planId })).toEqual({ path: join(folder, 'plan.xlsx') });
    dialogs.savePath = join(folder, 'grid.csv');
    const done = await call('exports:gridView', { format: 'csv', title: 'Actions', columns: [{ header: 'Code' }], rows: [['=1+1']] });
    expect(done.path).toBe(join(folder, 'grid.csv'));
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(folder, 'grid.csv'), 'utf8')).toBe("\uFEFFCode\r\n'=1+1\r\n");
    dialogs.savePath = null;
    expect(await call('exports:planWorkbook', { planId })).toEqual({ path: null });
  });
});
