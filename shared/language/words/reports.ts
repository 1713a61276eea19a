// The English words of the reports view (renderer/src/reports); keys start with "reports.".
import type { Words } from './message';

export const REPORTS_WORDS = {} satisfies Words;
