// The plan's structure moving between two laptops in packages: an action put in another place in its statement,
// agency links, indicators, a new chapter with its statement and action, a chapter removed; and the way back
// (the second laptop's package proposes nothing to the first). Merged in the package's order, so both plans end
// the same, item for item.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewFile } from '../../../shared/domain';
import type { Db } from '../../../electron/core/db/schema';
import { createAgency } from '../../../electron/core/agencies/agency-commands';
import { createIndicator, updateIndicator } from '../../../electron/core/indicators/indicator-commands';
import { createPack } from '../../../electron/core/packages/create-pack';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { SPECIAL_REVERTS } from '../../../electron/core/packages/special-reverts';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { revertBatch } from '../../../electron/core/history/revert';
import { setActionAgencies, updateActionField } from '../../../electron/core/plan/plan-commands';
import { createAction, createChapter, createStatement, deleteBranch, moveAction } from '../../../electron/core/plan/structure-commands';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { takeSnapshot } from '../../../electron/core/snapshots/snapshots';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const laptopA = await openTempWorkspace(folder, 'a.sqlite');
const laptopB = await openTempWorkspace(folder, 'b.sqlite');
const planId = await importTwoChapterPlan(laptopA);
let clock = Date.parse('2026-11-27T08:00:00.000Z');
const by = (user: string) => testContext({ user, batchId: randomUUID(), at: new Date((clock += 1000)).toISOString() });
const actionId = async (db: Db, code: string) => (await db.selectFrom('actions').select('id').where('code', '=', code).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).id;
const agencyId = async (db: Db, acronym: string) => (await db.selectFrom('agencies').select('id').where('acronym', '=', acronym).executeTakeFirstOrThrow()).id;
const planOf = async (db: Db) => (await exportPlanFile(db, [planId])).plans;
const rows = (file: ReviewFile) => file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.kind, c.label, c.oldValue, c.newValue, c.conflict]));
const acceptAll = (file: ReviewFile) => [{ target: { kind: 'file' as const, fileId: file.fileId! }, accept: true }];
let packs = 0;
async function packAndOpen(from: Db, to: Db) {
  const path = join(folder, `pack-${(packs += 1)}.pmupack`);
  await createPack(from, by('Packer'), planId, path);
  return { path, opened: await reviewPack(to, path) };
}

const start = await packAndOpen(laptopA.db, laptopB.db);
await mergePack(laptopB.db, by('Karma'), { path: start.path, decisions: acceptAll(start.opened.file) });

describe('structure changes between two laptops', () => {
  it('proposes a new place in the statement, new agency links, indicator changes and a new chapter with what it holds', async () => {
    const db = laptopA.db;
    await moveAction(db, by('Tshering'), { actionId: await actionId(db, '5.1.1.10'), statementId: (await db.selectFrom('actions').select('statement_id').where('code', '=', '5.1.1.1').executeTakeFirstOrThrow()).statement_id, beforeActionId: await actionId(db, '5.1.1.1') });
    await setActionAgencies(db, by('Tshering'), { actionId: await actionId(db, '5.1.2.3'), role: 'lead', agencyIds: [await agencyId(db, 'DITT'), await agencyId(db, 'MoIC')], text: 'DITT/MoIC' });
    const uptime = (await db.selectFrom('indicators').select('id').where('name', '=', '% of uptime').executeTakeFirstOrThrow()).id;
    await updateIndicator(db, by('Tshering'), { indicatorId: uptime, field: 'target', value: '99%' });
    await createIndicator(db, by('Tshering'), { actionId: await actionId(db, '5.1.1.3'), name: 'Agencies briefed' });
    const chapter = await createChapter(db, by('Tshering'), { planId, code: '5.4', title: 'Digital Skills' });
    const statement = await createStatement(db, by('Tshering'), { chapterId: chapter, code: '5.4.1', text: 'Every civil servant shall have basic digital skills.' });
    await createAction(db, by('Tshering'), { statementId: statement, afterActionId: null, code: '5.4.1.1', title: 'Train 2,000 civil servants a year' });

    const { path, opened } = await packAndOpen(db, laptopB.db);
    expect(rows(opened.file)).toEqual([
      ['5.4', 'added', 'New chapter', null, '5.4 Digital Skills', null],
      ['5.4.1', 'added', 'New policy statement', null, '5.4.1 Every civil servant shall have basic digital skills.', null],
      // Only the action that was moved is called moved, not the two it now stands before.
      ['5.1.1.10', 'moved', 'Place in its statement', 'in 5.1.1, after 5.1.1.3', 'in 5.1.1, first', null],
      ['5.1.1.1', 'field', '% of uptime: Target', '98%', '99%', null],
      ['5.1.1.3', 'added', 'New indicator', null, 'Agencies briefed', null],
      ['5.1.2.3', 'field', 'Lead agency', 'MoIC', 'DITT/MoIC', null],
      ['5.4.1.1', 'added', 'New action', null, '5.4.1.1 Train 2,000 civil servants a year', null],
    ]);
    const outcome = await mergePack(laptopB.db, by('Karma'), { path, decisions: acceptAll(opened.file) });
    expect(outcome).toMatchObject({ accepted: 7, undoable: true });
    expect(await planOf(laptopB.db)).toEqual(await planOf(laptopA.db));
    const lead = await laptopB.db.selectFrom('action_agencies').select('agency_id').where('action_id', '=', await actionId(laptopB.db, '5.1.2.3')).where('role', '=', 'lead').orderBy('position').execute();
    expect(lead.map((l) => l.agency_id)).toEqual([await agencyId(laptopB.db, 'DITT'), await agencyId(laptopB.db, 'MoIC')]);
  });

  it('an agency new to B comes with the link that names it, with its id', async () => {
    const db = laptopA.db;
    const govtech = await createAgency(db, by('Tshering'), { acronym: 'GovTech', name: 'GovTech Agency', kind: 'agency' });
    await setActionAgencies(db, by('Tshering'), { actionId: await actionId(db, '5.1.1.3'), role: 'collaborator', agencyIds: [govtech], text: 'GovTech' });
    const { path, opened } = await packAndOpen(db, laptopB.db);
    expect(rows(opened.file)).toEqual([['5.1.1.3', 'field', 'Collaborating agencies', 'All government agencies', 'GovTech', null]]);
    expect(opened.file.problems.map((p) => p.message)).toEqual([
      'agency "GovTech" of action 5.1.1.3 is not (or not uniquely) in this workspace\'s registry; merging adds it as the package describes it (unconfirmed when it does not)',
    ]);
    await mergePack(laptopB.db, by('Karma'), { path, decisions: acceptAll(opened.file) });
    expect(await laptopB.db.selectFrom('agencies').select(['id', 'name']).where('acronym', '=', 'GovTech').execute()).toEqual([{ id: govtech, name: 'GovTech Agency' }]);
    expect(await planOf(laptopB.db)).toEqual(await planOf(laptopA.db));
  });

  it('the way back proposes nothing: what B merged came from A', async () => {
    const { opened } = await packAndOpen(laptopB.db, laptopA.db);
    expect(opened.file.refused).toBeNull();
    expect(opened.file.groups).toEqual([]);
    expect(opened.file.onlyHere).toEqual([]);
    // A's own entries come back inside B's history and are recognised by their ids. B's entries of merging them (its
    // copies of A's own changes) stay on B, with the record of the package merged there: nothing is new to A.
    const bOwn = await laptopB.db
      .selectFrom('change_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', planId)
      .where('user_name', '=', 'Karma')
      .where('entity', '!=', 'plan_package')
      .executeTakeFirstOrThrow();
    expect(bOwn.n).toBeGreaterThan(0);
    expect(opened.file.source).toMatchObject({ historyEntries: 0, snapshots: 0 });
  });

  it('a chapter removed there: its removal, its statement’s and its action’s are proposed, the action changed here flagged', async () => {
    await deleteBranch(laptopA.db, by('Tshering'), { kind: 'chapter', id: (await laptopA.db.selectFrom('chapters').select('id').where('code', '=', '5.3').executeTakeFirstOrThrow()).id });
    await updateActionField(laptopB.db, by('Karma'), { actionId: await actionId(laptopB.db, '5.3.2.1'), field: 'remarks', value: 'Still needed here' });
    const { path, opened } = await packAndOpen(laptopA.db, laptopB.db);
    expect(rows(opened.file).map((r) => [r[0], r[1], r[2], r[5]?.replace(/\(.*\)/, '(…)') ?? null])).toEqual([
      ['5.3.2.1', 'removed', 'Removed action', 'Changed here since the package was made (…)'],
      ['5.3.2', 'removed', 'Removed policy statement', null],
      ['5.3', 'removed', 'Removed chapter', null],
    ]);
    const [action, statement, chapter] = opened.file.groups.map((g) => g.changes[0]!);
    const before = await planOf(laptopB.db);
    await expect(
      mergePack(laptopB.db, by('Karma'), { path, decisions: [{ target: { kind: 'change', changeId: chapter!.id }, accept: true }, { target: { kind: 'change', changeId: statement!.id }, accept: false }] }),
    ).rejects.toThrow(/^The removal of chapter 5\.3 cannot be merged: it still holds policy statement 5\.3\.2 .+ here; accept that removal too, or move it out first$/);
    expect(await planOf(laptopB.db)).toEqual(before);
    await mergePack(laptopB.db, by('Karma'), { path, decisions: [chapter, statement, action].map((c) => ({ target: { kind: 'change' as const, changeId: c!.id }, accept: true })) });
    expect((await planOf(laptopB.db))[0]!.chapters.map((c) => c.code)).toEqual(['5.1', '5.4']);
  });

  it('a merge with moves, links, a new agency and a removal is undone in one step', async () => {
    const db = laptopA.db;
    await moveAction(db, by('Tshering'), { actionId: await actionId(db, '5.1.1.3'), statementId: (await db.selectFrom('policy_statements').select('id').where('code', '=', '5.4.1').executeTakeFirstOrThrow()).id, beforeActionId: null });
    const moe = await createAgency(db, by('Tshering'), { acronym: 'MoE', name: 'Ministry of Education', kind: 'agency' });
    await setActionAgencies(db, by('Tshering'), { actionId: await actionId(db, '5.4.1.1'), role: 'lead', agencyIds: [moe], text: 'MoE' });
    await deleteBranch(db, by('Tshering'), { kind: 'statement', id: (await db.selectFrom('policy_statements').select('id').where('code', '=', '5.1.2').executeTakeFirstOrThrow()).id });
    const { path, opened } = await packAndOpen(db, laptopB.db);
    const before = await planOf(laptopB.db);
    const outcome = await mergePack(laptopB.db, by('Karma'), { path, decisions: acceptAll(opened.file) });
    expect(outcome.undoable).toBe(true);
    expect(await planOf(laptopB.db)).toEqual(await planOf(db));
    await revertBatch(laptopB.db, testContext({ user: 'Karma', source: 'undo', batchId: randomUUID() }), outcome.batchId, SPECIAL_REVERTS);
    expect(await planOf(laptopB.db)).toEqual(before);
    // The package is no longer merged: it opens again with the same changes.
    const again = await reviewPack(laptopB.db, path);
    expect(again.file.groups.flatMap((g) => g.changes.map((c) => c.id))).toEqual(opened.file.groups.flatMap((g) => g.changes.map((c) => c.id)));
    await mergePack(laptopB.db, by('Karma'), { path, decisions: acceptAll(again.file) });
    expect(await planOf(laptopB.db)).toEqual(await planOf(db));
  });

  it('a package that only brings a snapshot merges with nothing to decide on, and its snapshot arrives once', async () => {
    const snapshot = await takeSnapshot(laptopA.db, by('Tshering'), { planId, name: 'Steering committee, 14 March 2027' });
    const { path, opened } = await packAndOpen(laptopA.db, laptopB.db);
    expect(opened.file.groups).toEqual([]);
    expect(opened.file.source).toMatchObject({ snapshots: 1, historyEntries: 1 });
    // Undoable like any merge: undo would take the snapshot and the entry back, and the package could be merged again.
    expect(await mergePack(laptopB.db, by('Karma'), { path, decisions: [] })).toMatchObject({ accepted: 0, rejected: 0, undoable: true });
    expect(await laptopB.db.selectFrom('snapshots').select(['id', 'name']).where('plan_id', '=', planId).where('id', '=', snapshot.id).execute()).toEqual([{ id: snapshot.id, name: 'Steering committee, 14 March 2027' }]);
    const later = await packAndOpen(laptopA.db, laptopB.db);
    expect(later.opened.file.source).toMatchObject({ snapshots: 0, historyEntries: 0 });
  });
});
