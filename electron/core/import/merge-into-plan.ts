// Importing into an existing plan: the file's actions are matched to the plan's (same code and a similar title,
// or the same title under another code; the same code alone is offered but not proposed), the analyst confirms
// the matches, and the differences are applied through updateRow so that each one is a change in the history
// (source 'import', with the file). Actions the file holds and the plan does not are added, under the matching
// chapter and statement or new ones. Nothing is ever deleted: a plan action missing from the file is left as it is.
// An empty cell in the file says nothing: it never blanks what the plan holds.
import type { ImportActionMatch, ImportFieldDifference, ImportMergePreview } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { FUND_LABELS, STATUS_LABELS, type FundStatus, type ImplementationStatus } from '../../../shared/vocab/status';
import { insertRows } from '../db/insert-rows';
import { timeOrderedId } from '../db/time-ordered-id';
import type { ActionRow, DbOrTx, IndicatorRow } from '../db/schema';
import { recordChanges, type FieldChange } from '../history/store';
import type { ChangeContext } from '../host/context';
import { positionAfterLast, updateRow } from '../history/tracked-update';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import { UNMAPPED_LIMITS, type PlanFile, type PlanFileAction, type PlanFileIndicator, type PlanFilePlan } from '../planfile/format';
import { actionRow, indicatorRow, prepareAgencies, type AgencyLinkRow } from '../planfile/write-plan-file';
import type { ImportField } from './headers';
import { describeTimeline } from './timeline';
import { live } from '../db/live';
import { baselineOf } from '../plan/baseline';

/** Which of the file's fields can change the plan: a spreadsheet only speaks for the columns it has. */
export type PresentFields = ReadonlySet<ImportField> | 'all';

interface PlanAction {
  readonly row: ActionRow;
  readonly chapterId: string;
  readonly indicators: readonly IndicatorRow[];
  readonly lead: readonly string[];
  readonly collaborators: readonly string[];
}

interface ExistingPlan {
  readonly id: string;
  readonly title: string;
  readonly chapters: readonly { id: string; code: string; title: string; position: number }[];
  readonly statements: readonly { id: string; chapterId: string; code: string; text: string; position: number }[];
  readonly actions: readonly PlanAction[];
}

async function loadPlan(db: DbOrTx, planId: string): Promise<ExistingPlan> {
  const plan = await db.selectFrom('plans').select(['id', 'title']).where('id', '=', planId).where(live()).executeTakeFirst();
  if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
  const chapters = await db.selectFrom('chapters').select(['id', 'code', 'title', 'position']).where('plan_id', '=', planId).where(live()).orderBy('position').execute();
  const statements = await db
    .selectFrom('policy_statements as s')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .select(['s.id', 's.chapter_id as chapterId', 's.code', 's.text', 's.position'])
    .where('c.plan_id', '=', planId)
    .where(live('c'))
    .where(live('s'))
    .orderBy('c.position')
    .orderBy('s.position')
    .execute();
  const actions = await db
    .selectFrom('actions as a')
    .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .selectAll('a')
    .select('c.id as chapterId')
    .where('c.plan_id', '=', planId)
    .where(live('a'))
    .where(live('s'))
    .where(live('c'))
    .orderBy('c.position')
    .orderBy('s.position')
    .orderBy('a.position')
    .execute();
  const indicators = await db
    .selectFrom('indicators as i')
    .innerJoin('actions as a', 'a.id', 'i.action_id')
    .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .selectAll('i')
    .where('c.plan_id', '=', planId)
    .where(live('i'))
    .orderBy('i.position')
    .execute();
  const links = await db
    .selectFrom('action_agencies as l')
    .innerJoin('actions as a', 'a.id', 'l.action_id')
    .innerJoin('policy_statements as s', 's.id', 'a.statement_id')
    .innerJoin('chapters as c', 'c.id', 's.chapter_id')
    .select(['l.action_id', 'l.agency_id', 'l.role'])
    .where('c.plan_id', '=', planId)
    .orderBy('l.position')
    .execute();
  const indicatorsOf = new Map<string, IndicatorRow[]>();
  for (const i of indicators) indicatorsOf.set(i.action_id, [...(indicatorsOf.get(i.action_id) ?? []), i]);
  const linksOf = new Map<string, { lead: string[]; collaborators: string[] }>();
  for (const l of links) {
    const entry = linksOf.get(l.action_id) ?? { lead: [], collaborators: [] };
    (l.role === 'lead' ? entry.lead : entry.collaborators).push(l.agency_id);
    linksOf.set(l.action_id, entry);
  }
  return {
    id: plan.id,
    title: plan.title,
    chapters,
    statements,
    actions: actions.map(({ chapterId, ...row }) => ({
      row,
      chapterId,
      indicators: indicatorsOf.get(row.id) ?? [],
      lead: linksOf.get(row.id)?.lead ?? [],
      collaborators: linksOf.get(row.id)?.collaborators ?? [],
    })),
  };
}

/** Lower case, words only: "Ensure reliable connectivity, at all times." = "ensure reliable connectivity at all times". */
/**
 * A title as matching compares it: composed (NFC), lower case where the script has case, punctuation and the
 * tsheg (་) as spaces. Combining marks stay: in Dzongkha they are vowel signs and stacked consonants, so
 * "ཀི" and "ཀུ" are different words (stripping them made distinct titles equal).
 */
export function normalTitle(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of two titles' letter pairs, 0..1: a reworded or corrected title stays above 0.6. */
export function titleSimilarity(a: string, b: string): number {
  const x = normalTitle(a);
  const y = normalTitle(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

export const SIMILAR_TITLE = 0.6;

interface FileAction {
  readonly ref: string;
  readonly action: PlanFileAction;
  readonly chapterIndex: number;
  readonly statementIndex: number;
}

function fileActions(plan: PlanFilePlan): FileAction[] {
  const list: FileAction[] = [];
  plan.chapters.forEach((chapter, ci) =>
    chapter.statements.forEach((statement, si) =>
      statement.actions.forEach((action, ai) => list.push({ ref: `${ci}.${si}.${ai}`, action, chapterIndex: ci, statementIndex: si })),
    ),
  );
  return list;
}

/** The file's actions paired with the plan's: each plan action is matched at most once. */
function matchActions(existing: ExistingPlan, actions: readonly FileAction[]): Map<string, { planAction: PlanAction; how: ImportActionMatch['how'] }> {
  const matches = new Map<string, { planAction: PlanAction; how: ImportActionMatch['how'] }>();
  const used = new Set<string>();
  const byCode = new Map<string, PlanAction[]>();
  const byTitle = new Map<string, PlanAction[]>();
  for (const a of existing.actions) {
    if (a.row.code !== '') byCode.set(a.row.code, [...(byCode.get(a.row.code) ?? []), a]);
    const t = normalTitle(a.row.title);
    if (t !== '') byTitle.set(t, [...(byTitle.get(t) ?? []), a]);
  }
  // Same code and a similar title: the surest match.
  for (const f of actions) {
    if (f.action.code === '') continue;
    let best: { a: PlanAction; score: number } | null = null;
    for (const a of byCode.get(f.action.code) ?? []) {
      if (used.has(a.row.id)) continue;
      const score = titleSimilarity(a.row.title, f.action.title);
      if (score >= SIMILAR_TITLE && (!best || score > best.score)) best = { a, score };
    }
    if (best) {
      matches.set(f.ref, { planAction: best.a, how: 'code_and_title' });
      used.add(best.a.row.id);
    }
  }
  // The same title under another code (renumbered).
  for (const f of actions) {
    if (matches.has(f.ref)) continue;
    const t = normalTitle(f.action.title);
    if (t === '') continue;
    const candidate = (byTitle.get(t) ?? []).find((a) => !used.has(a.row.id));
    if (candidate) {
      matches.set(f.ref, { planAction: candidate, how: 'title' });
      used.add(candidate.row.id);
    }
  }
  // The same code with another title: offered for the analyst to accept, never assumed.
  for (const f of actions) {
    if (matches.has(f.ref) || f.action.code === '') continue;
    const candidates = (byCode.get(f.action.code) ?? []).filter((a) => !used.has(a.row.id));
    if (candidates.length === 1) {
      matches.set(f.ref, { planAction: candidates[0]!, how: 'code' });
      used.add(candidates[0]!.row.id);
    }
  }
  return matches;
}

// ---- What differs, field by field ----

interface ActionChange {
  readonly label: string;
  readonly field: string;
  readonly columns: Record<string, unknown>;
  readonly before: string;
  readonly after: string;
  /** Agency references to relink, when the lead or collaborators text changes. */
  readonly relink?: { role: 'lead' | 'collaborator'; refs: readonly string[] };
}

interface IndicatorChange {
  readonly indicatorId: string | null;
  readonly indicator: PlanFileIndicator;
  readonly columns: Record<string, unknown>;
  readonly differences: ImportFieldDifference[];
}

function timelineOf(t: { start: string | null; startPrecision: string; end: string | null; endPrecision: string; endOpen: boolean; revisedEnd: string | null }): string {
  if (!t.start && !t.end && !t.endOpen) return '(none)';
  return describeTimeline({
    start: t.start,
    startPrecision: t.startPrecision === 'year' ? 'year' : 'month',
    end: t.end,
    endPrecision: t.endPrecision === 'year' ? 'year' : 'month',
    endOpen: t.endOpen,
    revisedEnd: t.revisedEnd,
    text: '',
    doubts: [],
  });
}

function statusLabel(status: string | null, text: string): string {
  const label = status ? (STATUS_LABELS[status as ImplementationStatus] ?? status) : '';
  if (text && label && text.toLowerCase() !== label.toLowerCase()) return `${label} ("${text}")`;
  return text || label || '(none)';
}

function fundLabel(status: string | null, note: string): string {
  const label = status ? (FUND_LABELS[status as FundStatus] ?? status) : '';
  return [label, note && note !== label ? note : ''].filter(Boolean).join(': ') || '(none)';
}

function has(present: PresentFields, ...fields: ImportField[]): boolean {
  return present === 'all' || fields.some((f) => present.has(f));
}

/**
 * The timeline change of an action of an approved plan: its planned dates are the baseline, so a later or earlier
 * end in the file is recorded as a revised end with the import as its reason, and a different planned start is not
 * taken (a missing planned start or end is still filled in, as typing one would be).
 */
function approvedTimelineChange(row: ActionRow, action: PlanFileAction): ActionChange | null {
  const fills = { ...(row.start_month === null && action.start ? { start_month: action.start, start_precision: action.startPrecision } : {}) };
  const fileEnd = action.endOpen ? null : (action.revisedEnd ?? action.end);
  if (row.end_month === null) {
    if (fileEnd === null && Object.keys(fills).length === 0) return null;
    Object.assign(fills, fileEnd === null ? {} : { end_month: fileEnd, end_precision: action.endPrecision });
  }
  const revised = row.end_month !== null && fileEnd !== null && fileEnd !== (row.revised_end_month ?? row.end_month);
  const columns = { ...fills, ...(revised ? { revised_end_month: fileEnd === row.end_month ? null : fileEnd, revised_end_reason: fileEnd === row.end_month ? '' : REVISED_BY_IMPORT } : {}) };
  if (Object.keys(columns).length === 0) return null;
  const before = row.revised_end_month ?? row.end_month;
  return { label: 'Revised end (the plan is approved)', field: 'timeline', columns, before: before ? formatMonth(before) : '(none)', after: fileEnd ? formatMonth(fileEnd) : '(none)' };
}

/** The reason a revised end brought by an import into an approved plan carries. */
const REVISED_BY_IMPORT = 'Imported into the approved plan (import into this plan)';

function actionChanges(planAction: PlanAction, action: PlanFileAction, present: PresentFields, approved: boolean): ActionChange[] {
  const row = planAction.row;
  const changes: ActionChange[] = [];
  if (action.code !== '' && action.code !== row.code) changes.push({ label: 'Code', field: 'code', columns: { code: action.code }, before: row.code || '(none)', after: action.code });
  if (action.title !== '' && action.title !== row.title) changes.push({ label: 'Title', field: 'title', columns: { title: action.title }, before: row.title, after: action.title });
  if (approved && has(present, 'start', 'end', 'timeline') && (action.start || action.end || action.endOpen)) {
    const change = approvedTimelineChange(row, action);
    if (change) changes.push(change);
  } else if (has(present, 'start', 'end', 'timeline') && (action.start || action.end || action.endOpen)) {
    const before = { start: row.start_month, startPrecision: row.start_precision, end: row.end_month, endPrecision: row.end_precision, endOpen: row.end_open === 1, revisedEnd: row.revised_end_month };
    const after = { start: action.start, startPrecision: action.startPrecision, end: action.end, endPrecision: action.endPrecision, endOpen: action.endOpen, revisedEnd: action.revisedEnd };
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      changes.push({
        label: 'Timeline',
        field: 'timeline',
        columns: {
          start_month: action.start,
          start_precision: action.startPrecision,
          end_month: action.end,
          end_precision: action.endPrecision,
          end_open: action.endOpen ? 1 : 0,
          revised_end_month: action.revisedEnd,
          timeline_text: action.timelineText,
        },
        before: timelineOf(before),
        after: timelineOf(after),
      });
    }
  }
  if (has(present, 'lead') && action.lead.text !== '' && action.lead.text !== row.lead_text) {
    changes.push({ label: 'Lead agency', field: 'lead', columns: { lead_text: action.lead.text }, before: row.lead_text || '(none)', after: action.lead.text, relink: { role: 'lead', refs: action.lead.agencies } });
  }
  if (has(present, 'collaborators') && action.collaborators.text !== '' && action.collaborators.text !== row.collaborators_text) {
    changes.push({
      label: 'Collaborating agencies',
      field: 'collaborators',
      columns: { collaborators_text: action.collaborators.text },
      before: row.collaborators_text || '(none)',
      after: action.collaborators.text,
      relink: { role: 'collaborator', refs: action.collaborators.agencies },
    });
  }
  if (has(present, 'fund') && (action.fund.note !== '' || action.fund.status) && (action.fund.note !== row.fund_note || action.fund.status !== row.fund_status)) {
    changes.push({ label: 'Fund', field: 'fund', columns: { fund_status: action.fund.status, fund_note: action.fund.note }, before: fundLabel(row.fund_status, row.fund_note), after: fundLabel(action.fund.status, action.fund.note) });
  }
  if (has(present, 'status') && action.statusText !== '' && (action.statusText !== row.status_text || action.status !== row.status)) {
    changes.push({ label: 'Status', field: 'status', columns: { status: action.status, status_text: action.statusText }, before: statusLabel(row.status, row.status_text), after: statusLabel(action.status, action.statusText) });
  }
  if (has(present, 'remarks') && action.remarks !== '' && action.remarks !== row.remarks) {
    changes.push({ label: 'Remarks', field: 'remarks', columns: { remarks: action.remarks }, before: row.remarks || '(none)', after: action.remarks });
  }
  const storedUnmapped = safeRecord(row.unmapped);
  const newCells = Object.entries(action.unmapped).filter(([key, value]) => value !== '' && storedUnmapped[key] !== value);
  if (newCells.length > 0) {
    const { cells: merged, left: leftOut } = mergedUnmapped(storedUnmapped, Object.fromEntries(newCells));
    const dropped = leftOut.length === 0 ? '' : `\n(no longer kept, past the limits of a plan's cells: ${leftOut.join(', ')})`;
    changes.push({
      label: 'Other columns',
      field: 'unmapped',
      columns: { unmapped: JSON.stringify(merged) },
      before: newCells.map(([key]) => `${key}: ${storedUnmapped[key] ?? '(none)'}`).join('\n'),
      after: newCells.map(([key, value]) => `${key}: ${value}`).join('\n') + dropped,
    });
  }
  return changes;
}

/**
 * The stored cells with the new ones over them, within the plan file's caps (UNMAPPED_LIMITS) so that the plan's
 * export imports back: the new cells (within the caps already, as the builder keeps them) come first, then the
 * stored ones while they fit; those that do not are named (their values stay in the change history).
 */
function mergedUnmapped(stored: Readonly<Record<string, string>>, added: Readonly<Record<string, string>>): { cells: Record<string, string>; left: string[] } {
  const cells: Record<string, string> = { ...added };
  let count = Object.keys(cells).length;
  let total = Object.values(cells).reduce((sum, cell) => sum + cell.length, 0);
  const left: string[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (key in cells) continue;
    if (count + 1 > UNMAPPED_LIMITS.cells || total + value.length > UNMAPPED_LIMITS.total) {
      left.push(key);
      continue;
    }
    cells[key] = value;
    count += 1;
    total += value.length;
  }
  // The stored order first, as before: the new cells keep their place among them.
  const ordered = Object.fromEntries([...Object.keys(stored), ...Object.keys(added)].filter((key, i, all) => key in cells && all.indexOf(key) === i).map((key) => [key, cells[key]!]));
  return { cells: ordered, left };
}

function safeRecord(json: string): Record<string, string> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function indicatorChanges(planAction: PlanAction, action: PlanFileAction, present: PresentFields): IndicatorChange[] {
  if (!has(present, 'indicator', 'baseline', 'target')) return [];
  const changes: IndicatorChange[] = [];
  const used = new Set<string>();
  for (const indicator of action.indicators) {
    const name = normalTitle(indicator.name);
    const existing = planAction.indicators.find((i) => !used.has(i.id) && normalTitle(i.name) === name);
    if (!existing) {
      if (indicator.name === '' && indicator.baseline.text === '' && indicator.target.text === '') continue;
      changes.push({ indicatorId: null, indicator, columns: {}, differences: [{ field: 'indicator', label: 'New indicator', before: '', after: `${indicator.name || '(no name)'}: ${indicator.baseline.text || '…'} → ${indicator.target.text || '…'}` }] });
      continue;
    }
    used.add(existing.id);
    const columns: Record<string, unknown> = {};
    const differences: ImportFieldDifference[] = [];
    const label = `Indicator "${indicator.name}"`;
    if (indicator.baseline.text !== '' && (indicator.baseline.text !== existing.baseline_text || indicator.baseline.value !== existing.baseline_value)) {
      Object.assign(columns, { baseline_text: indicator.baseline.text, baseline_value: indicator.baseline.value });
      differences.push({ field: 'baseline', label: `${label} baseline`, before: existing.baseline_text || '(none)', after: indicator.baseline.text });
    }
    if (indicator.target.text !== '' && (indicator.target.text !== existing.target_text || indicator.target.value !== existing.target_value)) {
      Object.assign(columns, { target_text: indicator.target.text, target_value: indicator.target.value });
      differences.push({ field: 'target', label: `${label} target`, before: existing.target_text || '(none)', after: indicator.target.text });
    }
    if (differences.length > 0 && indicator.kind !== existing.kind) {
      columns.kind = indicator.kind;
      if (indicator.unit !== '') columns.unit = indicator.unit;
    }
    if (differences.length > 0) changes.push({ indicatorId: existing.id, indicator, columns, differences });
  }
  return changes;
}

// ---- The merge, worked out once for the preview and again (the same way) for the commit ----

interface MergePlan {
  readonly existing: ExistingPlan;
  readonly actions: readonly FileAction[];
  readonly matches: Map<string, { planAction: PlanAction; how: ImportActionMatch['how']; changes: ActionChange[]; indicators: IndicatorChange[] }>;
  /** File chapter index → plan chapter id; file "ci.si" → plan statement id. */
  readonly chapterOf: Map<number, string>;
  readonly statementOf: Map<string, string>;
}

function onlyPlan(file: PlanFile): PlanFilePlan {
  if (file.plans.length !== 1) {
    throw new AppError('invalid_input', `The file holds ${file.plans.length} plans; only a file with one plan can be imported into an existing plan`);
  }
  return file.plans[0]!;
}

async function planMerge(db: DbOrTx, planId: string, file: PlanFile, present: PresentFields, progress: Progress): Promise<MergePlan> {
  progress.phase('Reading the plan');
  const existing = await loadPlan(db, planId);
  const approved = (await baselineOf(db, planId)).approvedOn !== null;
  const plan = onlyPlan(file);
  const actions = fileActions(plan);
  progress.phase('Matching the actions with the plan’s');
  const matched = matchActions(existing, actions);
  const matches: MergePlan['matches'] = new Map();
  progress.phase('Comparing the matched actions', actions.length, 'actions');
  for (const [i, f] of actions.entries()) {
    progress.step(i);
    const m = matched.get(f.ref);
    if (!m) continue;
    matches.set(f.ref, { ...m, changes: actionChanges(m.planAction, f.action, present, approved), indicators: indicatorChanges(m.planAction, f.action, present) });
  }
  // Chapters and statements: same code, or the same title where there is no code.
  const chapterOf = new Map<number, string>();
  plan.chapters.forEach((chapter, ci) => {
    const byCode = chapter.code !== '' ? existing.chapters.filter((c) => c.code === chapter.code) : [];
    const found =
      byCode.sort((a, b) => titleSimilarity(b.title, chapter.title) - titleSimilarity(a.title, chapter.title))[0] ??
      existing.chapters.find((c) => normalTitle(c.title) === normalTitle(chapter.title));
    if (found) chapterOf.set(ci, found.id);
  });
  const statementOf = new Map<string, string>();
  plan.chapters.forEach((chapter, ci) =>
    chapter.statements.forEach((statement, si) => {
      const chapterId = chapterOf.get(ci);
      const candidates = chapterId ? existing.statements.filter((s) => s.chapterId === chapterId) : existing.statements;
      const found =
        (statement.code !== '' ? candidates.find((s) => s.code === statement.code) : undefined) ??
        candidates.find((s) => normalTitle(s.text) === normalTitle(statement.text)) ??
        (statement.code !== '' ? existing.statements.find((s) => s.code === statement.code) : undefined);
      if (found) statementOf.set(`${ci}.${si}`, found.id);
    }),
  );
  return { existing, actions, matches, chapterOf, statementOf };
}

function differencesOf(m: { changes: ActionChange[]; indicators: IndicatorChange[] }): ImportFieldDifference[] {
  return [...m.changes.map(({ field, label, before, after }) => ({ field, label, before, after })), ...m.indicators.flatMap((i) => i.differences)];
}

/** What importing the file into the plan would do, without writing anything. */
export async function previewMerge(db: DbOrTx, planId: string, file: PlanFile, present: PresentFields, progress: Progress = NO_PROGRESS): Promise<ImportMergePreview> {
  const merge = await planMerge(db, planId, file, present, progress);
  const matches: ImportActionMatch[] = [];
  const newActions: ImportMergePreview['newActions'][number][] = [];
  const neededChapters = new Set<number>();
  const neededStatements = new Set<string>();
  const matchedIds = new Set<string>();
  for (const f of merge.actions) {
    const m = merge.matches.get(f.ref);
    if (m) {
      matchedIds.add(m.planAction.row.id);
      matches.push({
        ref: f.ref,
        actionId: m.planAction.row.id,
        how: m.how,
        proposed: m.how !== 'code',
        file: { code: f.action.code, title: f.action.title },
        plan: { code: m.planAction.row.code, title: m.planAction.row.title },
        differences: differencesOf(m),
      });
      continue;
    }
    newActions.push({ ref: f.ref, code: f.action.code, title: f.action.title });
    const key = `${f.chapterIndex}.${f.statementIndex}`;
    if (!merge.statementOf.has(key)) neededStatements.add(key);
    if (!merge.statementOf.has(key) && !merge.chapterOf.has(f.chapterIndex)) neededChapters.add(f.chapterIndex);
  }
  return {
    planId,
    planTitle: merge.existing.title,
    matches,
    newActions,
    newChapters: neededChapters.size,
    newStatements: neededStatements.size,
    untouchedActions: merge.existing.actions.filter((a) => !matchedIds.has(a.row.id)).length,
  };
}

export interface MergeCounts {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  /** Field changes written to the history (actions and indicators). */
  readonly changes: number;
  readonly addedChapters: number;
  readonly addedStatements: number;
}

export interface MergeOptions {
  /** Refs of the proposed or offered matches the analyst accepted; absent: every proposed match. An unaccepted match is added as a new action. */
  readonly accepted?: ReadonlySet<string>;
  readonly present?: PresentFields;
}

const LINK_FIELD = { lead: 'lead_agencies', collaborator: 'collaborator_agencies' } as const;

/** Applies the file to the plan inside the caller's transaction; every write is in the change history. */
export async function mergeIntoPlan(
  db: DbOrTx,
  context: ChangeContext,
  planId: string,
  file: PlanFile,
  options: MergeOptions = {},
  progress: Progress = NO_PROGRESS,
): Promise<MergeCounts & { readonly actionIds: ReadonlyMap<string, string> }> {
  const present = options.present ?? 'all';
  const merge = await planMerge(db, planId, file, present, progress);
  const plan = onlyPlan(file);
  const at = context.at;
  const created: FieldChange[] = [];
  const notes: string[] = [];
  const agencies = await prepareAgencies(db, file.agencies, at, created, notes);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  let changeCount = 0;
  let addedChapters = 0;
  let addedStatements = 0;

  const accepted = (ref: string, how: ImportActionMatch['how']) => (options.accepted ? options.accepted.has(ref) : how !== 'code');
  // Each action of the file, by its place in the file: the plan's action it updated, or the one it added.
  const actionIds = new Map<string, string>();

  // Matched actions: each difference through updateRow, so it is one change in the history.
  progress.phase('Writing the changes to matched actions', merge.actions.length, 'actions');
  for (const [i, f] of merge.actions.entries()) {
    progress.step(i);
    const m = merge.matches.get(f.ref);
    if (!m || !accepted(f.ref, m.how)) continue;
    const actionId = m.planAction.row.id;
    actionIds.set(f.ref, actionId);
    let written = 0;
    for (const change of m.changes) {
      written += (await updateRow(db, context, { table: 'actions', id: actionId, planId }, change.columns)).length;
      if (change.relink) {
        const links: AgencyLinkRow[] = [];
        await agencies.link(change.relink.refs, actionId, change.relink.role, links);
        const before = change.relink.role === 'lead' ? m.planAction.lead : m.planAction.collaborators;
        const after = links.map((l) => l.agency_id);
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          await db.deleteFrom('action_agencies').where('action_id', '=', actionId).where('role', '=', change.relink.role).execute();
          await insertRows(db, 'action_agencies', links as never[]);
          await recordChanges(db, context, [{ planId, entity: 'action', entityId: actionId, field: LINK_FIELD[change.relink.role], oldValue: before, newValue: after }]);
          written++;
        }
      }
    }
    let nextIndicator = positionAfterLast(m.planAction.indicators.reduce<number | null>((max, i) => (max === null || i.position > max ? i.position : max), null));
    for (const change of m.indicators) {
      if (change.indicatorId) {
        written += (await updateRow(db, context, { table: 'indicators', id: change.indicatorId, planId }, change.columns)).length;
      } else {
        const id = timeOrderedId();
        await insertRows(db, 'indicators', [indicatorRow(change.indicator, id, actionId, nextIndicator++, at)] as never[]);
        created.push({ planId, entity: 'indicator', entityId: id, field: 'created', oldValue: null, newValue: change.indicator.name });
        written++;
      }
    }
    changeCount += written;
    if (written > 0) changed++;
    else unchanged++;
  }

  // New actions, under the matching statement, or a new statement (and chapter) created for them.
  const chapterIds = new Map(merge.chapterOf);
  const statementIds = new Map(merge.statementOf);
  const nextPosition = new Map<string, number>();
  const positionIn = async (table: 'chapters' | 'policy_statements' | 'actions', parent: string): Promise<number> => {
    const key = `${table}:${parent}`;
    let next = nextPosition.get(key);
    if (next === undefined) {
      const parentColumn = table === 'chapters' ? 'plan_id' : table === 'policy_statements' ? 'chapter_id' : 'statement_id';
      const last = await db
        .selectFrom(table as 'actions')
        .select((eb) => eb.fn.max('position').as('p'))
        .where(parentColumn as 'statement_id', '=', parent)
        .executeTakeFirst();
      next = positionAfterLast(last?.p);
    }
    nextPosition.set(key, next + 1);
    return next;
  };
  const actionRows: object[] = [];
  const indicatorRows: object[] = [];
  const links: AgencyLinkRow[] = [];
  progress.phase('Adding the new actions', merge.actions.length, 'actions');
  for (const [i, f] of merge.actions.entries()) {
    progress.step(i);
    const m = merge.matches.get(f.ref);
    if (m && accepted(f.ref, m.how)) continue;
    const statementKey = `${f.chapterIndex}.${f.statementIndex}`;
    let statementId = statementIds.get(statementKey);
    if (!statementId) {
      let chapterId = chapterIds.get(f.chapterIndex);
      if (!chapterId) {
        const chapter = plan.chapters[f.chapterIndex]!;
        chapterId = timeOrderedId();
        await db
          .insertInto('chapters')
          .values({ id: chapterId, plan_id: planId, code: chapter.code, title: chapter.title, position: await positionIn('chapters', planId), created_at: at, updated_at: at, deleted_at: null })
          .execute();
        created.push({ planId, entity: 'chapter', entityId: chapterId, field: 'created', oldValue: null, newValue: `${chapter.code} ${chapter.title}`.trim() });
        chapterIds.set(f.chapterIndex, chapterId);
        addedChapters++;
      }
      const statement = plan.chapters[f.chapterIndex]!.statements[f.statementIndex]!;
      statementId = timeOrderedId();
      await db
        .insertInto('policy_statements')
        .values({ id: statementId, chapter_id: chapterId, code: statement.code, text: statement.text, position: await positionIn('policy_statements', chapterId), created_at: at, updated_at: at, deleted_at: null })
        .execute();
      created.push({ planId, entity: 'statement', entityId: statementId, field: 'created', oldValue: null, newValue: `${statement.code} ${statement.text}`.trim() });
      statementIds.set(statementKey, statementId);
      addedStatements++;
    }
    const actionId = timeOrderedId();
    actionIds.set(f.ref, actionId);
    actionRows.push(actionRow(f.action, actionId, statementId, await positionIn('actions', statementId), at));
    created.push({ planId, entity: 'action', entityId: actionId, field: 'created', oldValue: null, newValue: `${f.action.code} ${f.action.title}`.trim() });
    await agencies.link(f.action.lead.agencies, actionId, 'lead', links);
    await agencies.link(f.action.collaborators.agencies, actionId, 'collaborator', links);
    f.action.indicators.forEach((indicator, ii) => {
      const id = timeOrderedId();
      indicatorRows.push(indicatorRow(indicator, id, actionId, ii + 1, at));
      created.push({ planId, entity: 'indicator', entityId: id, field: 'created', oldValue: null, newValue: indicator.name });
    });
    added++;
  }
  progress.phase('Writing the new actions');
  await insertRows(db, 'actions', actionRows as never[]);
  await insertRows(db, 'indicators', indicatorRows as never[]);
  await insertRows(db, 'action_agencies', links as never[]);
  await recordChanges(db, context, created);
  // The last point a cancel stops the import: everything above is undone with the caller's transaction.
  progress.step(merge.actions.length);
  return { added, changed, unchanged, changes: changeCount, addedChapters, addedStatements, actionIds };
}
