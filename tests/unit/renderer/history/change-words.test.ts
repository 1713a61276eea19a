// The history's sentences, read through the catalogue: each change in the words the undo notice and the History view
// have always used ("status of 5.1.1.3 Completed → Ongoing"), what a restore brings back counted in words, and the
// same sentences in the language shown once it changes (the status names in Dzongkha, the counts in its digits).
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEntry, DeletedItem } from '../../../../shared/domain';
import { changeSentence, comesWithWords, entityLabel, fieldLabel, slipWords, sourceLabel, valueWords } from '../../../../renderer/src/history/change-words';
import { showLanguage } from '../../../../renderer/src/language/language';

function change(entry: Partial<ChangeEntry> & Pick<ChangeEntry, 'entity' | 'field'>): ChangeEntry {
  return { id: 1, at: '2027-03-14T10:00:00Z', user: 'Karma', entityId: 'a1', oldValue: null, newValue: null, source: 'edit', sourceFile: null, ...entry };
}

const ACTION = '5.1.1.3 Ensure reliable connectivity';

afterEach(() => showLanguage('en'));

describe('a change in a sentence', () => {
  it.each([
    [change({ entity: 'action', field: 'status', subject: ACTION, oldValue: 'completed', newValue: 'ongoing' }), 'status of 5.1.1.3 Completed → Ongoing'],
    [change({ entity: 'action', field: 'remarks', subject: ACTION, oldValue: null, newValue: 'Waiting for the budget' }), 'remarks of 5.1.1.3 (empty) → Waiting for the budget'],
    [change({ entity: 'action', field: 'deleted_at', subject: ACTION, newValue: '2027-03-14' }), '5.1.1.3 deleted'],
    [change({ entity: 'action', field: 'deleted_at', subject: ACTION, oldValue: '2027-03-14' }), '5.1.1.3 restored'],
    [change({ entity: 'chapter', field: 'created', subject: '5 Digital government' }), '5 added'],
    [change({ entity: 'action', field: 'statement_id', subject: ACTION, oldValue: 's1', newValue: 's2' }), '5.1.1.3 moved'],
    [change({ entity: 'indicator', field: 'target_text', subject: 'Government offices connected to the network', oldValue: '80%', newValue: '95%' }), 'target of “Government offices connected to the ne…” 80% → 95%'],
    [change({ entity: 'agency', field: 'merged', subject: 'GovTech', newValue: '{"name":"GTA"}' }), 'GTA merged into “GovTech”'],
    [change({ entity: 'agency', field: 'merged', subject: 'GovTech', oldValue: '{"name":"GTA"}' }), 'merge of GTA into “GovTech”'],
    [change({ entity: 'indicator', field: 'baseline_text', oldValue: '1', newValue: '2' }), 'baseline of indicator 1 → 2'],
    [change({ entity: 'action', field: 'end_open', subject: ACTION, oldValue: '0', newValue: '1' }), 'open-ended of 5.1.1.3 No → Yes'],
  ])('%#: %s', (entry, sentence) => {
    expect(changeSentence(entry)).toBe(sentence);
  });

  it('names a field, a source and a kind of thing the catalogue does not know as they are stored', () => {
    const entry = change({ entity: 'budget_line', field: 'approved_amount' });
    expect([fieldLabel(entry), entityLabel(entry.entity)]).toEqual(['Approved amount', 'budget_line']);
    expect([sourceLabel('exchange'), entityLabel('exchange_package')]).toEqual(['Agency update', 'Update workbook']);
    expect(valueWords(change({ entity: 'exchange_package', field: 'status' }), 'returned')).toBe('Returned');
  });

  it('names the values of a vocabulary by their names: kinds of indicator and agency, reporting periods', () => {
    expect(valueWords(change({ entity: 'indicator', field: 'kind' }), 'yes_no')).toBe('Yes / no');
    expect(valueWords(change({ entity: 'agency', field: 'kind' }), 'group')).toBe('Group');
    expect(valueWords(change({ entity: 'plan', field: 'reporting_frequency' }), 'quarter')).toBe('Quarters');
    expect(valueWords(change({ entity: 'indicator', field: 'kind' }), 'gauge')).toBe('gauge');
  });

  it('speaks the language shown: Dzongkha words where the catalogue has them, English where not yet', () => {
    showLanguage('dz');
    expect(changeSentence(change({ entity: 'action', field: 'status', subject: ACTION, oldValue: 'not_started', newValue: 'completed' }))).toBe(
      'གནས་སྟངས of 5.1.1.3 འགོ་མ་བཙུགས → མཇུག་བསྡུ་ཡོདཔ',
    );
  });
});

describe('what comes back with a deleted piece', () => {
  const item = (statements: number, actions: number, indicators: number): DeletedItem => ({
    kind: 'chapter',
    id: 'c1',
    label: '5 Digital government',
    place: '',
    deletedAt: '2027-03-14T10:00:00Z',
    deletedBy: 'Karma',
    comesWith: { statements, actions, indicators },
    includes: [],
  });

  it.each([
    [item(0, 0, 0), '—'],
    [item(0, 1, 0), '1 action'],
    [item(0, 5, 1), '5 actions and 1 indicator'],
    [item(2, 5, 1234), '2 statements, 5 actions and 1,234 indicators'],
  ])('%#: %s', (deleted, words) => {
    expect(comesWithWords(deleted)).toBe(words);
  });

  it('counts in the digits of the language shown', () => {
    showLanguage('dz');
    expect(comesWithWords(item(0, 3, 0))).toBe('༣ actions');
  });
});

describe('how far an end date moved', () => {
  const slip = (slipMonths: number | null, endAfter: string | null = '2027-06', endOpenAfter = false) => ({
    actionId: 'a1',
    code: '5.1.1.3',
    title: 'Ensure reliable connectivity',
    endBefore: '2027-03',
    endAfter,
    endOpenAfter,
    slipMonths,
  });

  it.each([
    [slip(3), '3 months later'],
    [slip(-1), '1 month earlier'],
    [slip(0), 'same month'],
    [slip(null), 'end set'],
    [slip(null, null), 'end removed'],
    [slip(null, null, true), 'now open-ended'],
  ])('%#: %s', (item, words) => {
    expect(slipWords(item)).toBe(words);
  });
});
