// The English words of the indicators view (renderer/src/indicators); keys start with "indicators.".
import type { Words } from './message';

export const INDICATORS_WORDS = {} satisfies Words;
