// The trend of a delivery rating since a meeting: better ↑, worse ↓, same →; none where either side is "not rated"
// (nothing to judge) or there was no meeting to compare with.
import type { DeliveryRating } from './domain';

/** Better is higher; "not rated" has no place. */
const RANK: Readonly<Record<DeliveryRating, number | null>> = { red: 0, amber: 1, green: 2, completed: 3, not_rated: null };

export function trendOf(before: DeliveryRating | null, now: DeliveryRating): '↑' | '↓' | '→' | '' {
  const [was, is] = [before ? RANK[before] : null, RANK[now]];
  if (was === null || is === null) return '';
  return is > was ? '↑' : is < was ? '↓' : '→';
}
