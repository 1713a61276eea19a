// The English words of the timeline view (renderer/src/timeline); keys start with "timeline.".
import type { Words } from './message';

export const TIMELINE_WORDS = {} satisfies Words;
