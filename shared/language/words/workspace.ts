// The English words of the workspace view (renderer/src/workspace); keys start with "workspace.".
import type { Words } from './message';

export const WORKSPACE_WORDS = {} satisfies Words;
