// The contract's handlers for delivery ratings.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { clearOverride, setOverride } from './overrides';
import { ratePlan, ratingsByMeeting } from './plan-ratings';
import { readRatingSettings, setRatingSettings } from './settings';

type RatingChannel = 'ratings:plan' | 'ratings:byMeeting' | 'ratings:setOverride' | 'ratings:clearOverride' | 'ratings:settings' | 'ratings:setSettings';

export function ratingHandlers(kit: HandlerKit): Pick<Handlers, RatingChannel> {
  const { db, currentMonth } = kit;
  return {
    'ratings:plan': ({ planId }) => ratePlan(db(), planId, currentMonth()),
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
