// The English words of the ratings view (renderer/src/ratings); keys start with "ratings.".
import type { Words } from './message';

export const RATINGS_WORDS = {} satisfies Words;
