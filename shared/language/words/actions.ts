// The English words of the actions view (renderer/src/actions); keys start with "actions.".
import type { Words } from './message';

export const ACTIONS_WORDS = {} satisfies Words;
