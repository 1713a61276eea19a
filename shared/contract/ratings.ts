// Delivery ratings: a plan's ratings with their reasons and roll-ups, their trend by meeting, the analyst's
// override per action and reporting period, and the plan's thresholds.
import { z } from 'zod';
import type { PlanRatings, RatingOverride, RatingSettings, RatingsAt } from '../domain';
import { id, returns, type DomainSchemas } from './common';

const whole = (what: string, min: number, max: number) =>
  z.number().int(`${what} must be a whole number`).min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`);

export const ratingsContract = {
  'ratings:plan': { input: z.object({ planId: id }).strict(), result: returns<PlanRatings>() },
  /** The rating of each action at each snapshot, oldest first, then now. */
  'ratings:byMeeting': { input: z.object({ planId: id }).strict(), result: returns<readonly RatingsAt[]>() },
  'ratings:setOverride': {
    input: z
      .object({
        actionId: id,
        periodId: id,
        rating: z.enum(['red', 'amber', 'green'], { message: 'the rating must be red, amber or green' }),
        reason: z.string().trim().min(1, 'an override needs a reason').max(2000, 'the reason must be at most 2,000 characters'),
      })
      .strict(),
    result: returns<RatingOverride>(),
  },
  'ratings:clearOverride': { input: z.object({ actionId: id, periodId: id }).strict(), result: returns<null>() },
  'ratings:settings': { input: z.object({ planId: id }).strict(), result: returns<RatingSettings>() },
  'ratings:setSettings': {
    input: z
      .object({
        planId: id,
        soonMonths: whole('the months counted as soon', 1, 12),
        slipAmberMonths: whole('the slip for amber', 1, 60),
        slipRedMonths: whole('the slip for red', 1, 60),
        behindAmberPoints: whole('the points behind for amber', 1, 100),
        behindRedPoints: whole('the points behind for red', 1, 100),
        rollupSharePercent: whole('the roll-up share', 1, 100),
      })
      .strict(),
    result: returns<RatingSettings>(),
  },
} as const satisfies DomainSchemas<'ratings'>;
