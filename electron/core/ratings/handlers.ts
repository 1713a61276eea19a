// The contract's handlers for delivery ratings.
import type { PlanRatings } from '../../../shared/domain';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { clearOverride, setOverride } from './overrides';
import { ratePlan, ratingsByMeeting } from './plan-ratings';
import { readRatingSettings, setRatingSettings } from './settings';

type RatingChannel = 'ratings:plan' | 'ratings:byMeeting' | 'ratings:setOverride' | 'ratings:clearOverride' | 'ratings:settings' | 'ratings:setSettings';

export function ratingHandlers(kit: HandlerKit): Pick<Handlers, RatingChannel> {
  const { db, currentMonth } = kit;
  // The Actions view and the Overview each ask for the plan's ratings when they open (10,000 actions: 150–300 ms of
  // rules, 1.9 MB): while nothing is written, and within the month they are rated in, they are the same ratings.
  const planRatings = new KeptWhileUnchanged<PlanRatings>();
  return {
    'ratings:plan': ({ planId }) => planRatings.get(kit.app.connection(), `${planId}|${currentMonth()}`, () => ratePlan(db(), planId, currentMonth())),
    'ratings:byMeeting': ({ planId }) => ratingsByMeeting(db(), planId, kit.app.now()),
    'ratings:setOverride': (input, change) => setOverride(db(), change, input),
    'ratings:clearOverride': async (input, change) => {
      await clearOverride(db(), change, input);
      return null;
    },
    'ratings:settings': ({ planId }) => readRatingSettings(db(), planId),
    'ratings:setSettings': ({ planId, ...settings }, change) => setRatingSettings(db(), change, planId, settings),
  };
}
