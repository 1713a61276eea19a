// The id of a proposed change, shared by the review of returned workbooks and of plan packages: the reviewer's
// decisions (and their drafts) name changes by it.
import { createHash } from 'node:crypto';

/** Stable id of a proposed change: the same file and field give the same id on every read. */
export function changeIdOf(fileId: string, entityId: string, field: string): string {
  return createHash('sha256').update(`${fileId}|${entityId}|${field}`).digest('hex').slice(0, 12);
}
