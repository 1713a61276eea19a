// The English words of the history view (renderer/src/history); keys start with "history.".
import type { Words } from './message';

export const HISTORY_WORDS = {} satisfies Words;
