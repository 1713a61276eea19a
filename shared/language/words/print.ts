// The English words of the print view (renderer/src/print); keys start with "print.".
import type { Words } from './message';

export const PRINT_WORDS = {} satisfies Words;
