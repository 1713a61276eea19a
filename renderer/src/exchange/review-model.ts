// The reviewer's decisions on a review: accept or reject a change, a whole action (group) or a whole file, each
// with an optional note. The most specific decision wins; a change nobody decided on is not merged. Deciding a
// wider target clears the narrower decisions under it, so that what the screen shows is what will be merged.
import type { ProposedChange, Review, ReviewDecision, ReviewFile, ReviewGroup } from '../../../shared/domain';

export interface Choice {
  readonly accept: boolean;
  readonly note: string;
  /** A conflict between lead agencies settled with a value the reviewer typed (merged instead of the agency's). */
  readonly value?: string;
}

export type Level = 'file' | 'group' | 'change';

export type Decisions = ReadonlyMap<string, Choice>;

export const fileKey = (fileId: string) => `file:${fileId}`;
export const groupKey = (fileId: string, key: string) => `group:${fileId}|${key}`;
export const changeKey = (changeId: string) => `change:${changeId}`;

/** What a change will do at the merge, and which level decided it. */
export interface Effective {
  readonly accept: boolean | null;
  readonly from: Level | null;
}

export function effectiveOf(decisions: Decisions, file: ReviewFile, group: ReviewGroup, change: ProposedChange): Effective {
  const own = decisions.get(changeKey(change.id));
  if (own) return { accept: own.accept, from: 'change' };
  const ofGroup = file.fileId ? decisions.get(groupKey(file.fileId, group.key)) : undefined;
  if (ofGroup) return { accept: ofGroup.accept, from: 'group' };
  const ofFile = file.fileId ? decisions.get(fileKey(file.fileId)) : undefined;
  if (ofFile) return { accept: ofFile.accept, from: 'file' };
  return { accept: null, from: null };
}

/** Accept or reject (null: undecided) a target; a wider target clears the decisions under it. */
export function decide(decisions: Decisions, file: ReviewFile, target: { group?: ReviewGroup; change?: ProposedChange }, accept: boolean | null): Map<string, Choice> {
  const next = new Map(decisions);
  if (!file.fileId) return next;
  const fileId = file.fileId;
  let key: string;
  let cleared: ProposedChange[] = [];
  let clearedGroups: ReviewGroup[] = [];
  if (target.change) {
    key = changeKey(target.change.id);
  } else if (target.group) {
    key = groupKey(fileId, target.group.key);
    cleared = [...target.group.changes];
  } else {
    key = fileKey(fileId);
    clearedGroups = [...file.groups];
    cleared = file.groups.flatMap((g) => g.changes);
  }
  // A conflict between lead agencies settled by keeping one value stays settled: a wider decision leaves it.
  for (const c of cleared) if (!(c.rivals?.length ?? 0)) next.delete(changeKey(c.id));
  for (const g of clearedGroups) next.delete(groupKey(fileId, g.key));
  if (accept === null) next.delete(key);
  else next.set(key, { accept, note: decisions.get(key)?.note ?? '' });
  return next;
}

export function withNote(decisions: Decisions, key: string, note: string): Map<string, Choice> {
  const next = new Map(decisions);
  const choice = next.get(key);
  if (choice) next.set(key, { ...choice, note });
  return next;
}

/** The decisions as the merge call takes them. */
export function decisionsForMerge(decisions: Decisions): ReviewDecision[] {
  const out: ReviewDecision[] = [];
  for (const [key, choice] of decisions) {
    const note = choice.note.trim() || undefined;
    if (key.startsWith('file:')) out.push({ target: { kind: 'file', fileId: key.slice(5) }, accept: choice.accept, note });
    else if (key.startsWith('group:')) {
      const [fileId, groupKeyOf] = splitOnce(key.slice(6), '|');
      out.push({ target: { kind: 'group', fileId, groupKey: groupKeyOf }, accept: choice.accept, note });
    } else out.push({ target: { kind: 'change', changeId: key.slice(7) }, accept: choice.accept, note, ...(choice.value !== undefined && choice.accept ? { value: choice.value } : {}) });
  }
  return out;
}

/** Decisions as the merge call takes them (and as a resumed review brings them back), in the screen's form. */
export function decisionsFromSaved(saved: readonly ReviewDecision[]): Map<string, Choice> {
  const decisions = new Map<string, Choice>();
  for (const d of saved) {
    const target = d.target;
    const key = target.kind === 'file' ? fileKey(target.fileId) : target.kind === 'group' ? groupKey(target.fileId, target.groupKey) : changeKey(target.changeId);
    decisions.set(key, { accept: d.accept, note: d.note ?? '', ...(d.value !== undefined ? { value: d.value } : {}) });
  }
  return decisions;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** One conflict between lead agencies: the same field answered differently in several returned workbooks. */
export interface JointConflict {
  readonly key: string;
  readonly what: string;
  readonly code: string;
  readonly label: string;
  readonly answers: readonly { readonly file: ReviewFile; readonly group: ReviewGroup; readonly change: ProposedChange }[];
}

/** The conflicts between lead agencies of a review, each once, in the order the reviewer meets them. */
export function jointConflicts(review: Review): JointConflict[] {
  const byChange = new Map<string, { file: ReviewFile; group: ReviewGroup; change: ProposedChange }>();
  for (const file of review.files) for (const group of file.groups) for (const change of group.changes) byChange.set(change.id, { file, group, change });
  const conflicts = new Map<string, JointConflict>();
  const position = new Map([...byChange.keys()].map((id, i) => [id, i]));
  for (const { file, group, change } of byChange.values()) {
    if (!(change.rivals?.length ?? 0) || file.refused !== null) continue;
    // In the order of the files, so that the conflict shows under the first workbook that holds it.
    const ids = [change.id, ...change.rivals!.map((r) => r.changeId)].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const key = [...ids].sort().join('+');
    if (conflicts.has(key)) continue;
    const answers = ids.map((id) => byChange.get(id)).filter((a): a is NonNullable<typeof a> => a !== undefined && a.file.refused === null);
    conflicts.set(key, { key, what: `${group.code} ${change.label}`.trim(), code: group.code, label: change.label, answers });
  }
  return [...conflicts.values()];
}

/** The value each answer of a conflict would merge (null: not accepted). */
export function keptValues(conflict: JointConflict, decisions: Decisions): (string | null)[] {
  return conflict.answers.map((a) => {
    if (effectiveOf(decisions, a.file, a.group, a.change).accept !== true) return null;
    return decisions.get(changeKey(a.change.id))?.value ?? a.change.newValue ?? '';
  });
}

/** Two different values kept for one conflict: the merge would be refused, so it waits for one value. */
export function unsettled(conflict: JointConflict, decisions: Decisions): boolean {
  return new Set(keptValues(conflict, decisions).filter((v) => v !== null)).size > 1;
}

/** Keeps one answer of a conflict (its own value, or `typed`), rejecting the others; null answer: decide later. */
export function keepAnswer(decisions: Decisions, conflict: JointConflict, changeId: string | null, typed?: string): Map<string, Choice> {
  const next = new Map(decisions);
  for (const a of conflict.answers) {
    const key = changeKey(a.change.id);
    const note = decisions.get(key)?.note ?? '';
    if (changeId === null) next.delete(key);
    else if (a.change.id === changeId) next.set(key, { accept: true, note, ...(typed !== undefined ? { value: typed } : {}) });
    else next.set(key, { accept: false, note });
  }
  return next;
}

/** Counts of what the merge will do, overall or for one file or group. */
export interface Tally {
  readonly accepted: number;
  readonly rejected: number;
  readonly undecided: number;
  readonly acceptedConflicts: number;
  readonly undecidedConflicts: number;
  /** Actions (groups) with at least one accepted change. */
  readonly actionsTouched: number;
}

export function tally(review: Review, decisions: Decisions, only?: { file?: ReviewFile; group?: ReviewGroup }): Tally {
  let accepted = 0;
  let rejected = 0;
  let undecided = 0;
  let acceptedConflicts = 0;
  let undecidedConflicts = 0;
  // An action led jointly is in several workbooks: touched once.
  const touchedActions = new Set<string>();
  for (const file of review.files) {
    if (file.refused !== null || (only?.file && only.file !== file)) continue;
    for (const group of file.groups) {
      if (only?.group && only.group !== group) continue;
      let touched = false;
      for (const change of group.changes) {
        const { accept } = effectiveOf(decisions, file, group, change);
        if (accept === true) {
          accepted += 1;
          touched = true;
          if (change.conflict) acceptedConflicts += 1;
        } else if (accept === false) rejected += 1;
        else {
          undecided += 1;
          if (change.conflict) undecidedConflicts += 1;
        }
      }
      if (touched) touchedActions.add(group.key);
    }
  }
  return { accepted, rejected, undecided, acceptedConflicts, undecidedConflicts, actionsTouched: touchedActions.size };
}

/** The state a file's or group's Accept / Reject buttons show: every change accepted, every one rejected, or mixed. */
export function stateOf(t: Tally): 'accepted' | 'rejected' | 'undecided' | 'mixed' {
  const total = t.accepted + t.rejected + t.undecided;
  if (total === 0) return 'undecided';
  if (t.accepted === total) return 'accepted';
  if (t.rejected === total) return 'rejected';
  if (t.undecided === total) return 'undecided';
  return 'mixed';
}
