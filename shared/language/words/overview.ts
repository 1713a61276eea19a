// The English words of the overview view (renderer/src/overview); keys start with "overview.".
import type { Words } from './message';

export const OVERVIEW_WORDS = {} satisfies Words;
