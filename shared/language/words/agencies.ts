// The English words of the agencies view (renderer/src/agencies); keys start with "agencies.".
import type { Words } from './message';

export const AGENCIES_WORDS = {} satisfies Words;
