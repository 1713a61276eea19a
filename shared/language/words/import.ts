// The English words of the import view (renderer/src/import); keys start with "import.".
import type { Words } from './message';

export const IMPORT_WORDS = {} satisfies Words;
