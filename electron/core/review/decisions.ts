// Turns the reviewer's decisions (on a change, a whole action, or a whole file) into accept or reject for
// every proposed change. The most specific decision wins; a change nobody decided on is not merged.
import type { ProposedChange, ReviewDecision, ReviewFile, ReviewGroup } from '../../../shared/domain';
import { AppError } from '../../../shared/result';

export interface DecidedChange {
  readonly file: ReviewFile;
  readonly group: ReviewGroup;
  readonly change: ProposedChange;
  readonly accept: boolean;
  readonly note: string;
  /** The value the reviewer typed for a conflict between lead agencies, merged instead of the proposed one. */
  readonly value: string | null;
}

/** The value an accepted change writes: the reviewer's own, else the proposed one. */
export function mergedValue(d: DecidedChange): string | null {
  return d.value ?? d.change.newValue;
}

/** "5.1.1.1 Status (MoIC back.xlsx)": how a refusal names a change, so that the reviewer can find it. */
export function changeWords(d: Pick<DecidedChange, 'file' | 'group' | 'change'>): string {
  return `${[d.group.code, d.change.label].filter(Boolean).join(' ')} (${d.file.fileName})`;
}

export function resolveDecisions(files: readonly ReviewFile[], decisions: readonly ReviewDecision[]): DecidedChange[] {
  const readable = files.filter((f) => f.refused === null && f.fileId !== null);
  const byFile = new Map<string, { accept: boolean; note: string }>();
  const byGroup = new Map<string, { accept: boolean; note: string }>();
  const byChange = new Map<string, { accept: boolean; note: string; value?: string }>();
  const changes = new Map(readable.flatMap((f) => f.groups.flatMap((g) => g.changes.map((c) => [c.id, { file: f, group: g, change: c }] as const))));
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
      case 'change': {
        const found = changes.get(target.changeId);
        if (!found) throw new AppError('invalid_input', `No proposed change has the id ${target.changeId}`);
        if (decision.value !== undefined && !(found.change.rivals?.length ?? 0)) {
          throw new AppError('invalid_input', `${changeWords(found)}: a value of your own is taken only where two lead agencies answered differently`);
        }
        byChange.set(target.changeId, decision.value !== undefined && decision.accept ? { ...value, value: decision.value.trim() } : value);
        break;
      }
    }
  }
  const decided: DecidedChange[] = [];
  for (const file of readable) {
    for (const group of file.groups) {
      for (const change of group.changes) {
        const own = byChange.get(change.id);
        const choice = own ?? byGroup.get(`${file.fileId}|${group.key}`) ?? byFile.get(file.fileId!) ?? { accept: false, note: '' };
        decided.push({ file, group, change, accept: choice.accept, note: choice.note, value: own?.value ?? null });
      }
    }
  }
  return decided;
}

/**
 * Two accepted changes of one field with different values cannot both be merged: the reviewer must choose. The
 * refusal names the change, both files and agencies, and what to do.
 */
export function refuseClashes(decided: readonly DecidedChange[], keyOf: (d: DecidedChange) => string): void {
  const accepted = new Map<string, DecidedChange>();
  for (const d of decided) {
    if (!d.accept) continue;
    const key = keyOf(d);
    const other = accepted.get(key);
    if (other && mergedValue(other) !== mergedValue(d)) {
      const who = (x: DecidedChange) => (x.file.source?.kind === 'exchange' ? `${x.file.source.agency.label} (${x.file.fileName})` : x.file.fileName);
      throw new AppError(
        'conflict',
        `Nothing was merged: ${[d.group.code, d.change.label].filter(Boolean).join(' ')}: ${who(other)} proposes "${mergedValue(other) ?? ''}" and ${who(d)} proposes "${mergedValue(d) ?? ''}", and both were accepted. Only one value can be merged: keep one of them (or type the value to keep), then merge again`,
        { changeIds: [other.change.id, d.change.id] },
      );
    }
    accepted.set(key, d);
  }
}
