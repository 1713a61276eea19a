// The steering committee's pages on a real SQLite workspace, through the handlers: kept per meeting (the compared
// snapshot), saved whole in one change of the history that undo takes back and redo brings again; bad input (a
// decision without text, a link to an unknown action, a text over its cap, an unknown snapshot) refused with a
// message saying what and where, and nothing written.
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../shared/committee-text';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Pema' });

async function rowsIn(table: 'committee_pages' | 'committee_decisions' | 'change_history'): Promise<number> {
  const row = await connection.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

const KEY_MESSAGES = 'Delivery is on track in 5.3.\n\n- Connectivity slipped six months\n- The executive order is still awaited';

describe('the committee pages of a meeting', () => {
  it('are empty until written, and nothing is stored for empty pages', async () => {
    const pages = await call('committee:pages', { planId, snapshotId: null });
    expect(pages).toMatchObject({ id: null, keyMessages: '', information: '', decisions: [] });
    await call('committee:save', { planId, snapshotId: null, keyMessages: '  ', information: '', decisions: [] });
    expect(await rowsIn('committee_pages')).toBe(0);
  });

  it('keeps key messages, decisions with their linked actions and items for information, per meeting', async () => {
    const snapshot = await call('snapshots:create', { planId, name: '11th Steering Committee' });
    const saved = await call('committee:save', {
      planId,
      snapshotId: snapshot.id,
      keyMessages: KEY_MESSAGES,
      information: '- FMS in operation since Dec 2019',
      decisions: [
        { text: 'Approve the revised end of connectivity', actionCodes: ['5.1.1.1', ' 5.1.1.1 '] },
        { text: 'Note the executive order', actionCodes: [] },
      ],
    });
    expect(saved.keyMessages).toBe(KEY_MESSAGES);
    expect(saved.decisions.map((d) => [d.text, d.actions.map((a) => a.code)])).toEqual([
      ['Approve the revised end of connectivity', ['5.1.1.1']],
      ['Note the executive order', []],
    ]);
    expect(saved.decisions[0]!.actions[0]!.title).toBe('Ensure reliable connectivity at all times');
    // Another meeting's pages are its own.
    expect((await call('committee:pages', { planId, snapshotId: null })).keyMessages).toBe('');
    expect((await call('committee:pages', { planId, snapshotId: snapshot.id })).information).toBe('- FMS in operation since Dec 2019');
    const history = await connection.db.selectFrom('change_history').select(['entity', 'field', 'user_name']).where('entity', 'like', 'committee_%').execute();
    expect(history.map((h) => `${h.entity} ${h.field}`).sort()).toEqual(['committee_decision created', 'committee_decision created', 'committee_page created']);
    expect(history.every((h) => h.user_name === 'Pema')).toBe(true);
  });

  it('saves a change as one batch: undo takes it back whole, redo brings it again', async () => {
    const [snapshot] = await call('snapshots:list', { planId });
    const before = await call('committee:pages', { planId, snapshotId: snapshot!.id });
    await call('committee:save', {
      planId,
      snapshotId: snapshot!.id,
      keyMessages: 'Rewritten after the ministries reported.',
      information: before.information,
      // The first decision reworded, the second removed, a third added.
      decisions: [
        { id: before.decisions[0]!.id, text: 'Approve the revised end (Jun 2027)', actionCodes: ['5.1.1.1', '5.1.1.3'] },
        { text: 'Endorse the procurement plan', actionCodes: ['5.3.2.1'] },
      ],
    });
    const after = await call('committee:pages', { planId, snapshotId: snapshot!.id });
    expect(after.decisions.map((d) => d.text)).toEqual(['Approve the revised end (Jun 2027)', 'Endorse the procurement plan']);
    expect(after.decisions[0]!.actions.map((a) => a.code)).toEqual(['5.1.1.1', '5.1.1.3']);

    await call('history:undo', {});
    const undone = await call('committee:pages', { planId, snapshotId: snapshot!.id });
    expect(undone.keyMessages).toBe(KEY_MESSAGES);
    expect(undone.decisions.map((d) => [d.text, d.actions.map((a) => a.code)])).toEqual(before.decisions.map((d) => [d.text, d.actions.map((a) => a.code)]));

    await call('history:redo', {});
    const redone = await call('committee:pages', { planId, snapshotId: snapshot!.id });
    expect(redone.keyMessages).toBe('Rewritten after the ministries reported.');
    expect(redone.decisions.map((d) => d.text)).toEqual(['Approve the revised end (Jun 2027)', 'Endorse the procurement plan']);
  });

  it('refuses a decision without text, saying which, and writes nothing', async () => {
    const [snapshot] = await call('snapshots:list', { planId });
    const counts = [await rowsIn('committee_decisions'), await rowsIn('change_history')];
    await expect(
      call('committee:save', { planId, snapshotId: snapshot!.id, keyMessages: 'Changed', information: '', decisions: [{ text: 'Fine', actionCodes: [] }, { text: '   ', actionCodes: [] }] }),
    ).rejects.toThrow('Decision 2 has no text: say what the committee is asked to decide (nothing was saved)');
    expect([await rowsIn('committee_decisions'), await rowsIn('change_history')]).toEqual(counts);
    expect((await call('committee:pages', { planId, snapshotId: snapshot!.id })).keyMessages).toBe('Rewritten after the ministries reported.');
  });

  it('refuses a link to an action not in the plan, naming its code', async () => {
    const counts = [await rowsIn('committee_pages'), await rowsIn('change_history')];
    await expect(
      call('committee:save', { planId, snapshotId: null, keyMessages: 'New', information: '', decisions: [{ text: 'Approve', actionCodes: ['5.1.1.1', '9.9.9'] }] }),
    ).rejects.toThrow('Decision 1 links action “9.9.9”, which is not in this plan (nothing was saved)');
    expect([await rowsIn('committee_pages'), await rowsIn('change_history')]).toEqual(counts);
  });

  it('refuses text over its cap with a message giving the cap, and an unknown meeting', async () => {
    const long = 'x'.repeat(20_001);
    await expect(call('committee:save', { planId, snapshotId: null, keyMessages: long, information: '', decisions: [] })).rejects.toThrow(
      'keyMessages: the key messages must be at most 20,000 characters',
    );
    await expect(call('committee:save', { planId, snapshotId: null, keyMessages: '', information: '', decisions: [{ text: 'y'.repeat(2001), actionCodes: [] }] })).rejects.toThrow(
      'a decision must be at most 2,000 characters',
    );
    await expect(call('committee:save', { planId, snapshotId: 'no-such-snapshot', keyMessages: 'A', information: '', decisions: [] })).rejects.toThrow(
      'No snapshot with id no-such-snapshot in this plan',
    );
    expect(await rowsIn('committee_pages')).toBe(1);
  });

  it('reads plain text as paragraphs and bullet lists, never as markup', () => {
    expect(textBlocks('First line\nsame paragraph.\n\n- one\n  continued\n• two\n\n<b>Bold?</b>')).toEqual([
      { kind: 'paragraph', text: 'First line same paragraph.' },
      { kind: 'bullets', items: ['one continued', 'two'] },
      { kind: 'paragraph', text: '<b>Bold?</b>' },
    ]);
  });
});
