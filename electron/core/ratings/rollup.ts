// Roll-ups of delivery ratings (a statement, a chapter, a lead agency, the plan): counts by rating and one summary.
// The summary is "worst-of with a share": red when at least the plan's roll-up share (default 25%) of the rated
// actions (green, amber or red) is red; amber when red and amber together reach that share; green otherwise.
// So one red action among forty does not turn a chapter red, but a quarter of them does. With no rated action the
// summary is "completed" when every action is completed, else "not rated".
import type { DeliveryRating, RatingRollup, RatingSettings } from '../../../shared/domain';

export function emptyRatingCounts(): Record<DeliveryRating, number> {
  return { green: 0, amber: 0, red: 0, completed: 0, not_rated: 0 };
}

export function rollUp(ratings: readonly DeliveryRating[], settings: Pick<RatingSettings, 'rollupSharePercent'>): RatingRollup {
  const counts = emptyRatingCounts();
  for (const rating of ratings) counts[rating] += 1;
  const rated = counts.green + counts.amber + counts.red;
  let summary: DeliveryRating;
  if (rated === 0) summary = ratings.length > 0 && counts.completed === ratings.length ? 'completed' : 'not_rated';
  else if (counts.red * 100 >= settings.rollupSharePercent * rated) summary = 'red';
  else if ((counts.red + counts.amber) * 100 >= settings.rollupSharePercent * rated) summary = 'amber';
  else summary = 'green';
  return { counts, summary };
}
