// An override and a change of the rating rules, as the History view and the action's detail word them: what was
// changed in the user's words ("Rating: Amber → Red"), not column names, read from a real workspace's history.
import { describe, expect, it } from 'vitest';
import { entityLabel, fieldLabel, valueWords } from '../../../../renderer/src/history/change-words';
import { DEFAULT_RATING_SETTINGS } from '../../../../shared/vocab/ratings';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../../support/workspace';

const connection = await openTempWorkspace(tempFolder());
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Karma Wangdi' });

describe('rating changes in the history, in words', () => {
  it('words an override changed from amber to red, and the rules’ thresholds', async () => {
    const ratings = await call('ratings:plan', { planId });
    const actionId = ratings.actions[0]!.actionId;
    const periodId = ratings.period!.id;
    await call('ratings:setOverride', { actionId, periodId, rating: 'amber', reason: 'Procurement slow' });
    await call('ratings:setOverride', { actionId, periodId, rating: 'red', reason: 'Procurement failed' });
    await call('ratings:setSettings', { planId, ...DEFAULT_RATING_SETTINGS, soonMonths: 6 });

    const log = await call('history:list', { planId, limit: 100 });
    const rating = log.find((e) => e.entity === 'rating_override' && e.field === 'rating')!;
    expect(entityLabel(rating.entity)).toBe('Rating override');
    expect([fieldLabel(rating), valueWords(rating, rating.oldValue), valueWords(rating, rating.newValue)]).toEqual(['Rating', 'Amber', 'Red']);
    const reason = log.find((e) => e.entity === 'rating_override' && e.field === 'reason')!;
    expect([fieldLabel(reason), valueWords(reason, reason.newValue)]).toEqual(['Reason', 'Procurement failed']);
    const soon = log.find((e) => e.entity === 'rating_settings' && e.field === 'soon_months')!;
    expect(entityLabel(soon.entity)).toBe('Rating rules');
    expect([fieldLabel(soon), valueWords(soon, soon.oldValue), valueWords(soon, soon.newValue)]).toEqual(['Soon (months)', '3', '6']);
  });
});
