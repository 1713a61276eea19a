// An action led by two agencies goes to both. When both answer the same field differently, the review holds one
// conflict between them: both cannot be merged; the reviewer keeps one value or types another. Narratives and
// support needed are each agency's own part, kept under its name, whichever order the workbooks come back in.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, type TestDialogs } from '../support/workspace';
import { fillIn, loadWorkbook } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const dialogs: TestDialogs = {};
const call = handlersFor(connection, { user: 'Tshering', dialogs });
const period = (await call('plans:periods', { planId })).find((p) => p.label === 'FY 2025-26')!;
const action = (await call('actions:list', { planId })).find((a) => a.code === '5.1.1.3')!;
const indicatorId = (await call('actions:get', { actionId: action.id })).indicators[0]!.id;
mkdirSync(join(folder, 'back'));

async function answer(agency: string, cells: Record<string, string>, name = agency): Promise<string> {
  const workbook = await loadWorkbook(join(folder, 'out', `${agency} - FY 2025-26 - update.xlsx`));
  fillIn(workbook, [{ code: '5.1.1.3', cells }]);
  const path = join(folder, 'back', `${name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function narrative(): Promise<{ narrative: string; support: string }> {
  const row = await connection.db
    .selectFrom('progress_updates')
    .select(['narrative', 'support_needed'])
    .where('action_id', '=', action.id)
    .where('indicator_id', 'is', null)
    .where('period_id', '=', period.id)
    .executeTakeFirst();
  return { narrative: row?.narrative ?? '', support: row?.support_needed ?? '' };
}

describe('an action led jointly by DITT and MoIC', () => {
  it('goes to both agencies', async () => {
    dialogs.folder = join(folder, 'out');
    const sent = (await call('exchange:send', { planId, periodId: period.id, agencyIds: null, dueDate: '2027-01-31' }))!;
    const counts = await call('exchange:sendCounts', { planId, agencyIds: null });
    expect(counts).toMatchObject({ workbooks: 3, rows: 7, actionsOut: 5, jointlyLed: 2 });
    expect(sent.packages.reduce((n, p) => n + p.actions, 0)).toBe(7);
  });

  it('shows one conflict between the agencies, refuses both, merges the value chosen, keeps both narratives', async () => {
    dialogs.files = [
      await answer('DITT', { 'Status now': 'Completed', '/^Actual value': 'YES', 'Progress in the period': 'Order drafted by DITT.\n\nSent to Cabinet.' }),
      await answer('MoIC', { 'Status now': 'Ongoing', '/^Actual value': 'NO', 'Progress in the period': 'MoIC reviewed the draft.', 'Support needed': 'Legal advice' }),
    ];
    const review = (await call('exchange:receive', { planId }))!;
    const [ditt, moic] = review.files;
    const changesOf = (file: typeof ditt) => Object.fromEntries(file!.groups[0]!.changes.map((c) => [c.field, c]));
    const d = changesOf(ditt);
    const m = changesOf(moic);
    // Status and actual clash (one conflict each); the narratives are each agency's part and do not.
    expect(review.counts).toEqual({ changes: 7, conflicts: 2, problems: 0, refused: 0 });
    expect(d['status']!.rivals).toEqual([{ changeId: m['status']!.id, agency: 'MoIC', fileName: 'MoIC.xlsx', value: 'Ongoing' }]);
    expect(m['actual']!.rivals).toEqual([{ changeId: d['actual']!.id, agency: 'DITT', fileName: 'DITT.xlsx', value: 'YES' }]);
    expect(d['narrative']!.rivals).toBeUndefined();
    expect(d['narrative']!.label).toBe("Progress in FY 2025-26, DITT's part (led jointly)");

    const accept = (id: string, value?: string) => ({ target: { kind: 'change' as const, changeId: id }, accept: true, ...(value === undefined ? {} : { value }) });
    const reject = (id: string) => ({ target: { kind: 'change' as const, changeId: id }, accept: false });
    // Both accepted: refused, naming the change, both files and agencies, and what to do; nothing written.
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: [accept(d['status']!.id), accept(m['status']!.id)] })).rejects.toThrow(
      'Nothing was merged: 5.1.1.3 Status: DITT (DITT.xlsx) proposes "Completed" and MoIC (MoIC.xlsx) proposes "Ongoing", and both were accepted.',
    );
    // A typed value that is no value of the indicator: refused, naming the change and the file.
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: [accept(d['actual']!.id, 'maybe'), reject(m['actual']!.id)] })).rejects.toThrow(
      'Nothing was merged: 5.1.1.3 Actual for FY 2025-26 (Executive order issued) (DITT.xlsx): the value you typed, "maybe", does not fit the indicator "Executive order issued": ',
    );
    // A typed value on a change no other agency contests: refused.
    await expect(call('exchange:merge', { reviewId: review.reviewId, decisions: [accept(d['narrative']!.id, 'Mine')] })).rejects.toThrow(
      "a value of your own is taken only where two lead agencies answered differently",
    );
    expect(await narrative()).toEqual({ narrative: '', support: '' });
    expect((await call('actions:get', { actionId: action.id })).action.status).toBe('not_started');

    // Chosen: MoIC's status, and for the actual a third value typed by the reviewer; both narratives accepted.
    const outcome = await call('exchange:merge', {
      reviewId: review.reviewId,
      decisions: [
        reject(d['status']!.id),
        accept(m['status']!.id),
        accept(d['actual']!.id, 'no'),
        reject(m['actual']!.id),
        accept(d['narrative']!.id),
        accept(m['narrative']!.id),
        accept(m['supportNeeded']!.id),
      ],
    });
    expect(outcome).toMatchObject({ accepted: 5, rejected: 2 });
    expect((await call('actions:get', { actionId: action.id })).action.status).toBe('ongoing');
    const actual = await connection.db.selectFrom('progress_updates').select('actual_text').where('indicator_id', '=', indicatorId).where('period_id', '=', period.id).executeTakeFirstOrThrow();
    expect(actual.actual_text).toBe('no');
    expect(await narrative()).toEqual({
      narrative: 'DITT: Order drafted by DITT.\nSent to Cabinet.\n\nMoIC: MoIC reviewed the draft.',
      support: 'MoIC: Legal advice',
    });
    const decided = await connection.db.selectFrom('review_decisions').select(['field', 'new_value', 'accepted']).where('field', '=', 'actual').orderBy('accepted').execute();
    expect(decided).toEqual([
      { field: 'actual', new_value: 'NO', accepted: 0 },
      { field: 'actual', new_value: 'no', accepted: 1 },
    ]);
  });

  it('replaces only the answering agency\'s part when it answers again in a later round', async () => {
    await call('history:undo', {});
    expect(await narrative()).toEqual({ narrative: '', support: '' });
    // DITT's return alone is merged first, then MoIC's: neither overwrites the other.
    dialogs.files = [join(folder, 'back', 'DITT.xlsx')];
    const first = (await call('exchange:receive', { planId }))!;
    const dittNarrative = first.files[0]!.groups[0]!.changes.find((c) => c.field === 'narrative')!;
    expect(dittNarrative.rivals).toBeUndefined();
    await call('exchange:merge', { reviewId: first.reviewId, decisions: [{ target: { kind: 'change', changeId: dittNarrative.id }, accept: true }] });
    dialogs.files = [join(folder, 'back', 'MoIC.xlsx')];
    const second = (await call('exchange:receive', { planId }))!;
    const moicNarrative = second.files[0]!.groups[0]!.changes.find((c) => c.field === 'narrative')!;
    // MoIC's part did not change since sent: no conflict with the plan for it, though DITT's part was added.
    expect(moicNarrative.conflict).toBeNull();
    expect(moicNarrative.oldValue).toBeNull();
    await call('exchange:merge', { reviewId: second.reviewId, decisions: [{ target: { kind: 'change', changeId: moicNarrative.id }, accept: true }] });
    expect((await narrative()).narrative).toBe('DITT: Order drafted by DITT.\nSent to Cabinet.\n\nMoIC: MoIC reviewed the draft.');
  });
});
