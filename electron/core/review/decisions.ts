// Turns the reviewer's decisions (on a change, a whole action, or a whole file) into accept or reject for
// every proposed change. The most specific decision wins; a change nobody decided on is not merged.
import type { ProposedChange, ReviewDecision, ReviewFile } from '../../../shared/domain';
import { AppError } from '../../../shared/result';

export interface DecidedChange {
  readonly file: ReviewFile;
  readonly change: ProposedChange;
  readonly accept: boolean;
  readonly note: string;
}

export function resolveDecisions(files: readonly ReviewFile[], decisions: readonly ReviewDecision[]): DecidedChange[] {
  const readable = files.filter((f) => f.refused === null && f.fileId !== null);
  const byFile = new Map<string, { accept: boolean; note: string }>();
  const byGroup = new Map<string, { accept: boolean; note: string }>();
  const byChange = new Map<string, { accept: boolean; note: string }>();
  const changeIds = new Set(readable.flatMap((f) => f.groups.flatMap((g) => g.changes.map((c) => c.id))));
  for (const decision of decisions) {
    const value = { accept: decision.accept, note: decision.note?.trim() ?? '' };
    const target = decision.target;
    switch (target.kind) {
      case 'file':
        if (!readable.some((f) => f.fileId === target.fileId)) throw new AppError('invalid_input', `No file under review has the id ${target.fileId}`);
        byFile.set(target.fileId, value);
        break;
      case 'group':
        if (!readable.some((f) => f.fileId === target.fileId && f.groups.some((g) => g.key === target.groupKey))) {
          throw new AppError('invalid_input', `No action ${target.groupKey} has proposed changes in file ${target.fileId}`);
        }
        byGroup.set(`${target.fileId}|${target.groupKey}`, value);
        break;
      case 'change':
        if (!changeIds.has(target.changeId)) throw new AppError('invalid_input', `No proposed change has the id ${target.changeId}`);
        byChange.set(target.changeId, value);
        break;
    }
  }
  const decided: DecidedChange[] = [];
  for (const file of readable) {
    for (const group of file.groups) {
      for (const change of group.changes) {
        const choice = byChange.get(change.id) ?? byGroup.get(`${file.fileId}|${group.key}`) ?? byFile.get(file.fileId!) ?? { accept: false, note: '' };
        decided.push({ file, change, accept: choice.accept, note: choice.note });
      }
    }
  }
  return decided;
}

/** Two accepted changes of one field with different values cannot both be merged: the reviewer must choose. */
export function refuseClashes(decided: readonly DecidedChange[]): void {
  const accepted = new Map<string, DecidedChange>();
  for (const d of decided) {
    if (!d.accept) continue;
    const key = `${d.change.entityId}|${d.change.field}`;
    const other = accepted.get(key);
    if (other && other.change.newValue !== d.change.newValue) {
      throw new AppError(
        'conflict',
        `${d.change.label}: ${other.file.fileName} proposes "${other.change.newValue}" and ${d.file.fileName} proposes "${d.change.newValue}"; accept only one of them`,
      );
    }
    accepted.set(key, d);
  }
}
