// Compares a package's plan with the local plan of the same id, by internal id: fields of the plan, chapters,
// statements, actions (agency links included) and indicators; actuals, narratives and support needed per period;
// items added, moved (another parent or another place among their siblings) and removed. Each difference is
// weighed against the two change histories: a field changed only on the other laptop since their common entries
// is proposed; changed on both, it is a conflict; changed only here, the package simply holds the older value,
// so nothing is proposed and the review lists it as kept. Reads only.
import type { ProposedChange, ReviewEntity, ReviewFile, ReviewGroup, ReviewProblem } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { FUND_LABELS, STATUS_LABELS } from '../../../shared/vocab/status';
import { agencyIdOf, loadAgencyIndex } from '../agencies/registry';
import type { ChangeHistoryRow, DbOrTx } from '../db/schema';
import type { EditableTable } from '../history/tracked-update';
import type { PlanFileAction, PlanFileChapter, PlanFileIndicator, PlanFilePlan, PlanFileStatement } from '../planfile/format';
import { changeIdOf } from '../review/change-id';
import { historyEntryId, type PackHistoryEntry, type PackProgress } from './pack-format';

/** The tables whose rows have a place among siblings, and the column naming their parent. */
export type PlacedTable = 'chapters' | 'policy_statements' | 'actions' | 'indicators';
export const PARENT_COLUMN: Readonly<Record<PlacedTable, 'plan_id' | 'chapter_id' | 'statement_id' | 'action_id'>> = {
  chapters: 'plan_id',
  policy_statements: 'chapter_id',
  actions: 'statement_id',
  indicators: 'action_id',
};

export interface PeriodOfPack {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/** How an accepted change of a package is written. */
export type PackWrite =
  | {
      readonly kind: 'update';
      readonly table: EditableTable;
      readonly id: string;
      readonly columns: Readonly<Record<string, unknown>>;
      /** An action's agency links of one role, as the package names them, written with the text. */
      readonly links?: { readonly role: 'lead' | 'collaborator'; readonly refs: readonly string[] };
    }
  | { readonly kind: 'addChapter'; readonly chapter: PlanFileChapter; readonly after: readonly string[] }
  | { readonly kind: 'addStatement'; readonly chapterId: string; readonly statement: PlanFileStatement; readonly after: readonly string[] }
  | { readonly kind: 'addAction'; readonly statementId: string; readonly action: PlanFileAction; readonly after: readonly string[] }
  | { readonly kind: 'addIndicator'; readonly actionId: string; readonly indicator: PlanFileIndicator; readonly after: readonly string[] }
  /** To another parent and/or after the nearest of `after` (the siblings before it in the package, nearest first). */
  | { readonly kind: 'move'; readonly table: PlacedTable; readonly id: string; readonly parentId: string; readonly after: readonly string[] }
  | { readonly kind: 'remove'; readonly table: PlacedTable; readonly id: string }
  | {
      readonly kind: 'progress';
      readonly actionId: string;
      readonly indicatorId: string | null;
      readonly period: PeriodOfPack;
      /** The package's row id, kept when the row is new here. */
      readonly rowId: string;
      readonly columns: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'newPlan' };

/** A proposed change as the merge needs it. */
export interface PlannedChange {
  readonly write: PackWrite;
  /** Where it goes in the merge: parents before children, in the package's order. */
  readonly sequence: number;
  /** The history entries (entity id | field, or entity id | * for all) it stands for: left out when it is not accepted. */
  readonly covers: readonly string[];
}

// ---- the two change histories ----

/** Entries a merge writes repeat the other side's changes, which come with their own entries: never a change of their own. */
const REPLAYED_SOURCE = 'package';

interface HistorySide {
  /** The newest entry of each "entity id|field" that the other side does not hold. */
  readonly unknown: Map<string, { readonly at: string; readonly user: string }>;
  /** Entity ids with any such entry. */
  readonly touched: Set<string>;
}

function sideOf(entries: readonly { id: string; at: string; user: string; entityId: string; field: string; source: string }[], otherIds: ReadonlySet<string>): HistorySide {
  const unknown = new Map<string, { at: string; user: string }>();
  const touched = new Set<string>();
  for (const e of entries) {
    if (otherIds.has(e.id) || e.source === REPLAYED_SOURCE) continue;
    unknown.set(`${e.entityId}|${e.field}`, { at: e.at, user: e.user });
    touched.add(e.entityId);
  }
  return { unknown, touched };
}

export function localHistoryEntry(h: ChangeHistoryRow): PackHistoryEntry & { id: string } {
  const entry = { at: h.at, user: h.user_name, entity: h.entity, entityId: h.entity_id, field: h.field, oldValue: h.old_value, newValue: h.new_value, source: h.source, sourceFile: h.source_file };
  return { id: historyEntryId(entry), ...entry };
}

/**
 * Entries about records that only the workspace holding them knows (the update workbooks it sent, the packages it
 * merged) stay there: their subject cannot be named here, and nothing here can act on them.
 */
const WORKSPACE_RECORDS = new Set(['exchange_package', 'plan_package']);

/** The package's history entries that come with a merge, with their lasting ids. */
export function packHistoryWithIds(history: readonly PackHistoryEntry[]): (PackHistoryEntry & { id: string })[] {
  return history.filter((h) => !WORKSPACE_RECORDS.has(h.entity)).map((h) => ({ ...h, id: h.id ?? historyEntryId(h) }));
}

// ---- the plan as a tree of placed items ----

interface Placed<T> {
  readonly item: T;
  readonly parentId: string;
  /** Place among its siblings. */
  readonly index: number;
  /** Place in the whole plan, depth first. */
  readonly sequence: number;
}

interface Flat {
  readonly chapters: Map<string, Placed<PlanFileChapter>>;
  readonly statements: Map<string, Placed<PlanFileStatement>>;
  readonly actions: Map<string, Placed<PlanFileAction>>;
  readonly indicators: Map<string, Placed<PlanFileIndicator>>;
}

function flatten(plan: PlanFilePlan): Flat {
  const flat: Flat = { chapters: new Map(), statements: new Map(), actions: new Map(), indicators: new Map() };
  let sequence = 0;
  plan.chapters.forEach((chapter, c) => {
    flat.chapters.set(chapter.id ?? '', { item: chapter, parentId: plan.id ?? '', index: c, sequence: (sequence += 1) });
    chapter.statements.forEach((statement, s) => {
      flat.statements.set(statement.id ?? '', { item: statement, parentId: chapter.id ?? '', index: s, sequence: (sequence += 1) });
      statement.actions.forEach((action, a) => {
        flat.actions.set(action.id ?? '', { item: action, parentId: statement.id ?? '', index: a, sequence: (sequence += 1) });
        action.indicators.forEach((indicator, i) => {
          flat.indicators.set(indicator.id ?? '', { item: indicator, parentId: action.id ?? '', index: i, sequence: (sequence += 1) });
        });
      });
    });
  });
  return flat;
}

const childrenCache = new WeakMap<ReadonlyMap<string, Placed<unknown>>, Map<string, string[]>>();

/** The siblings before an item in its parent, nearest first: where it goes is after the first of them present here. */
function siblingsBefore<T>(map: ReadonlyMap<string, Placed<T>>, id: string): string[] {
  let children = childrenCache.get(map);
  if (!children) {
    children = new Map();
    for (const [childId, p] of map) {
      const list = children.get(p.parentId) ?? [];
      list[p.index] = childId;
      children.set(p.parentId, list);
    }
    childrenCache.set(map, children);
  }
  const me = map.get(id)!;
  return children.get(me.parentId)!.slice(0, me.index).reverse();
}

/**
 * Items of both plans that moved: to another parent, or to another place among siblings both plans hold.
 * Within a parent the items that keep their order are the heaviest increasing run of local places taken in
 * the package's order, where an item whose move is in a history weighs less (so it is the one called moved).
 */
function movedIds<T>(theirs: ReadonlyMap<string, Placed<T>>, ours: ReadonlyMap<string, Placed<T>>, movedInHistory: (id: string) => boolean): Set<string> {
  const moved = new Set<string>();
  const byParent = new Map<string, { id: string; theirs: number; ours: number }[]>();
  for (const [id, t] of theirs) {
    const o = ours.get(id);
    if (!o) continue;
    if (o.parentId !== t.parentId) {
      moved.add(id);
      continue;
    }
    const list = byParent.get(t.parentId) ?? [];
    list.push({ id, theirs: t.index, ours: o.index });
    byParent.set(t.parentId, list);
  }
  for (const list of byParent.values()) {
    list.sort((a, b) => a.theirs - b.theirs);
    if (list.every((x, i) => i === 0 || list[i - 1]!.ours < x.ours)) continue;
    const weight = list.map((x) => (movedInHistory(x.id) ? 1 : 2));
    const best: number[] = [];
    const previous: number[] = [];
    for (let i = 0; i < list.length; i += 1) {
      best[i] = weight[i]!;
      previous[i] = -1;
      for (let j = 0; j < i; j += 1) {
        if (list[j]!.ours < list[i]!.ours && best[j]! + weight[i]! > best[i]!) {
          best[i] = best[j]! + weight[i]!;
          previous[i] = j;
        }
      }
    }
    let end = 0;
    for (let i = 1; i < list.length; i += 1) if (best[i]! > best[end]!) end = i;
    const kept = new Set<number>();
    for (let i = end; i !== -1; i = previous[i]!) kept.add(i);
    list.forEach((x, i) => {
      if (!kept.has(i)) moved.add(x.id);
    });
  }
  return moved;
}

// ---- fields ----

interface FieldRule<T> {
  readonly field: string;
  readonly label: string;
  columns(item: T): Record<string, unknown>;
  words(item: T): string;
  /** Agency links of an action, compared and written with the text. */
  readonly links?: { readonly role: 'lead' | 'collaborator'; readonly historyField: string; refs(item: T): readonly string[] };
}

function monthWords(month: string | null, precision: 'month' | 'year'): string {
  if (!month) return '';
  return precision === 'year' ? month.slice(0, 4) : formatMonth(month);
}

const ACTION_RULES: readonly FieldRule<PlanFileAction>[] = [
  { field: 'code', label: 'Code', columns: (a) => ({ code: a.code }), words: (a) => a.code },
  { field: 'title', label: 'Action', columns: (a) => ({ title: a.title }), words: (a) => a.title },
  { field: 'start', label: 'Start', columns: (a) => ({ start_month: a.start, start_precision: a.startPrecision }), words: (a) => monthWords(a.start, a.startPrecision) },
  {
    field: 'end',
    label: 'End',
    columns: (a) => ({ end_month: a.end, end_precision: a.endPrecision, end_open: a.endOpen ? 1 : 0 }),
    words: (a) => (a.endOpen ? 'Continue' : monthWords(a.end, a.endPrecision)),
  },
  { field: 'revisedEnd', label: 'Revised end', columns: (a) => ({ revised_end_month: a.revisedEnd }), words: (a) => (a.revisedEnd ? formatMonth(a.revisedEnd) : '') },
  { field: 'timelineText', label: 'Timeline as written', columns: (a) => ({ timeline_text: a.timelineText }), words: (a) => a.timelineText },
  {
    field: 'lead',
    label: 'Lead agency',
    columns: (a) => ({ lead_text: a.lead.text }),
    words: (a) => a.lead.text,
    links: { role: 'lead', historyField: 'lead_agencies', refs: (a) => a.lead.agencies },
  },
  {
    field: 'collaborators',
    label: 'Collaborating agencies',
    columns: (a) => ({ collaborators_text: a.collaborators.text }),
    words: (a) => a.collaborators.text,
    links: { role: 'collaborator', historyField: 'collaborator_agencies', refs: (a) => a.collaborators.agencies },
  },
  { field: 'fundStatus', label: 'Fund', columns: (a) => ({ fund_status: a.fund.status }), words: (a) => (a.fund.status ? FUND_LABELS[a.fund.status] : '') },
  { field: 'fundNote', label: 'Fund note', columns: (a) => ({ fund_note: a.fund.note }), words: (a) => a.fund.note },
  {
    field: 'status',
    label: 'Status',
    columns: (a) => ({ status: a.status, status_text: a.statusText }),
    words: (a) => a.statusText || (a.status ? STATUS_LABELS[a.status] : ''),
  },
  { field: 'remarks', label: 'Remarks', columns: (a) => ({ remarks: a.remarks }), words: (a) => a.remarks },
];

const INDICATOR_RULES: readonly FieldRule<PlanFileIndicator>[] = [
  { field: 'name', label: 'Indicator', columns: (i) => ({ name: i.name }), words: (i) => i.name },
  { field: 'kind', label: 'Indicator kind', columns: (i) => ({ kind: i.kind }), words: (i) => i.kind },
  { field: 'unit', label: 'Unit', columns: (i) => ({ unit: i.unit }), words: (i) => i.unit },
  { field: 'baseline', label: 'Baseline', columns: (i) => ({ baseline_text: i.baseline.text, baseline_value: i.baseline.value }), words: (i) => i.baseline.text },
  { field: 'target', label: 'Target', columns: (i) => ({ target_text: i.target.text, target_value: i.target.value }), words: (i) => i.target.text },
];

const CHAPTER_RULES: readonly FieldRule<PlanFileChapter>[] = [
  { field: 'code', label: 'Chapter code', columns: (c) => ({ code: c.code }), words: (c) => c.code },
  { field: 'title', label: 'Chapter title', columns: (c) => ({ title: c.title }), words: (c) => c.title },
];

const STATEMENT_RULES: readonly FieldRule<PlanFileStatement>[] = [
  { field: 'code', label: 'Statement code', columns: (s) => ({ code: s.code }), words: (s) => s.code },
  { field: 'text', label: 'Policy statement', columns: (s) => ({ text: s.text }), words: (s) => s.text },
];

const PLAN_RULES: readonly FieldRule<PlanFilePlan>[] = [
  { field: 'title', label: 'Plan title', columns: (p) => ({ title: p.title }), words: (p) => p.title },
  { field: 'description', label: 'Plan description', columns: (p) => ({ description: p.description }), words: (p) => p.description },
];

type ProgressRow = PackProgress['updates'][number];

interface ProgressRule {
  readonly field: string;
  label(period: string, indicator: string | null): string;
  columns(row: ProgressRow | null): Record<string, unknown>;
  words(row: ProgressRow | null): string;
}

const PROGRESS_RULES: readonly ProgressRule[] = [
  {
    field: 'actual',
    label: (period, indicator) => `Actual for ${period}${indicator ? ` (${indicator})` : ''}`,
    columns: (r) => ({ actual_text: r?.actualText ?? '', actual_value: r?.actualValue ?? null }),
    words: (r) => r?.actualText ?? '',
  },
  { field: 'narrative', label: (period) => `Progress in ${period}`, columns: (r) => ({ narrative: r?.narrative ?? '' }), words: (r) => r?.narrative ?? '' },
  { field: 'supportNeeded', label: (period) => `Support needed in ${period}`, columns: (r) => ({ support_needed: r?.supportNeeded ?? '' }), words: (r) => r?.supportNeeded ?? '' },
  {
    field: 'reportedStatus',
    label: (period) => `Status reported for ${period}`,
    columns: (r) => ({ status: r?.status ?? null }),
    words: (r) => (r?.status ? (STATUS_LABELS as Record<string, string>)[r.status] ?? r.status : ''),
  },
];

// ---- the comparison ----

export interface PackComparison {
  readonly groups: ReviewGroup[];
  readonly problems: ReviewProblem[];
  readonly onlyHere: NonNullable<ReviewFile['onlyHere']>;
  readonly planned: Map<string, PlannedChange>;
  /** History entries of the package not yet here. */
  readonly newHistoryEntries: number;
}

export interface ComparedPack {
  readonly packId: string;
  readonly plan: PlanFilePlan;
  readonly history: readonly PackHistoryEntry[];
  readonly progress: PackProgress;
}

type MutableGroup = ReviewGroup & { changes: ProposedChange[] };

export async function comparePack(db: DbOrTx, pack: ComparedPack, local: PlanFilePlan): Promise<PackComparison> {
  const planId = local.id ?? '';
  const theirs = flatten(pack.plan);
  const ours = flatten(local);
  const groups: MutableGroup[] = [];
  const problems: ReviewProblem[] = [];
  const onlyHere: { entity: ReviewEntity; entityId: string; code: string; title: string; reason: string }[] = [];
  const planned = new Map<string, PlannedChange>();

  const packEntries = packHistoryWithIds(pack.history);
  const localHistory = await db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
  const localEntries = localHistory.map(localHistoryEntry);
  const localIds = new Set(localEntries.map((e) => e.id));
  const there = sideOf(packEntries, localIds);
  // Undoing a package merge (and redoing it) only takes its replayed values back and forth: no change of this laptop's.
  const packageMergeBatches = new Set(localHistory.filter((h) => h.entity === 'plan_package' && h.batch_id !== null).map((h) => h.batch_id));
  const here = sideOf(
    localEntries.filter((_, i) => !packageMergeBatches.has(localHistory[i]!.batch_id)),
    new Set(packEntries.map((e) => e.id)),
  );
  const lastOf = (side: HistorySide, ids: readonly string[], fields: readonly string[]) => {
    let last: { at: string; user: string } | null = null;
    for (const id of ids) for (const field of fields) {
      const entry = side.unknown.get(`${id}|${field}`);
      if (entry && (!last || entry.at > last.at)) last = entry;
    }
    return last;
  };
  const hereSince = (entry: { at: string; user: string }) => `${entry.at.slice(0, 10)} by ${entry.user}`;

  const groupByKey = new Map<string, MutableGroup>();
  const groupOf = (key: string, entity: ReviewEntity, code: string, title: string): MutableGroup => {
    let group = groupByKey.get(key);
    if (!group) {
      group = { key, entity, entityId: key, code, title, changes: [] };
      groups.push(group);
      groupByKey.set(key, group);
    }
    return group;
  };
  const actionGroup = (actionId: string): MutableGroup => {
    const action = theirs.actions.get(actionId)?.item ?? ours.actions.get(actionId)!.item;
    return groupOf(actionId, 'action', action.code, action.title);
  };
  const propose = (group: MutableGroup, change: Omit<ProposedChange, 'id' | 'sentValue' | 'note' | 'cell'>, plan: PlannedChange) => {
    const id = changeIdOf(pack.packId, change.entityId, change.field);
    planned.set(id, plan);
    group.changes.push({ id, sentValue: null, note: null, cell: null, ...change });
  };
  const removedHere = new Set<string>();
  const keptHere = (entity: ReviewEntity, entityId: string, code: string, title: string, reason: string) => {
    if (reason === 'removed here') removedHere.add(entityId);
    onlyHere.push({ entity, entityId, code, title, reason });
  };

  /**
   * A difference of some fields of some rows: proposed (a conflict when both sides changed them), or kept when only
   * this side did.
   */
  const weigh = (
    group: MutableGroup,
    change: Omit<ProposedChange, 'id' | 'sentValue' | 'note' | 'cell' | 'conflict'>,
    plan: Omit<PlannedChange, 'covers'>,
    history: { readonly theirIds: readonly string[]; readonly ourIds: readonly string[]; readonly fields: readonly string[] },
    kept: { readonly code: string; readonly title: string },
  ): void => {
    const changedThere = lastOf(there, history.theirIds, history.fields);
    const changedHere = lastOf(here, history.ourIds, history.fields);
    if (changedHere && !changedThere) {
      keptHere(change.entity, change.entityId, kept.code, kept.title, `${change.label}: changed here since (${hereSince(changedHere)}), the package holds the older value`);
      return;
    }
    const covers = history.theirIds.flatMap((id) => history.fields.map((f) => `${id}|${f}`));
    propose(group, { ...change, conflict: changedHere ? `Changed here too since the package was made (${hereSince(changedHere)})` : null }, { ...plan, covers });
  };

  const index = await loadAgencyIndex(db);
  const announced = new Set<string>();
  /** Registry ids of references, or the reference itself for an agency this workspace does not hold (merging adds it). */
  const resolve = (refs: readonly string[], where: string): string[] => {
    const keys: string[] = [];
    for (const ref of refs) {
      const id = agencyIdOf(index, ref);
      keys.push(id ?? ref);
      if (!id && !announced.has(ref)) {
        announced.add(ref);
        problems.push({ severity: 'warning', sheet: 'plan.json', row: null, column: null, columnName: null, value: ref, message: `agency "${ref}" of ${where} is not (or not uniquely) in this workspace's registry; merging adds it as the package describes it (unconfirmed when it does not)` });
      }
    }
    return [...new Set(keys)];
  };
  const acronyms = (keys: readonly string[]) => keys.map((key) => index.byId.get(key)?.acronym ?? index.byId.get(key)?.name ?? key).join(', ');

  function compareFields<T>(rules: readonly FieldRule<T>[], entity: ReviewEntity, table: EditableTable, id: string, mine: T, incoming: T, group: MutableGroup, sequence: number, kept: { code: string; title: string }, labelPrefix = '') {
    for (const rule of rules) {
      const before = rule.columns(mine);
      const after = rule.columns(incoming);
      let oldWords = rule.words(mine);
      let newWords = rule.words(incoming);
      let links: { role: 'lead' | 'collaborator'; refs: readonly string[] } | undefined;
      const fields = Object.keys(after);
      if (rule.links) {
        const ourIds = resolve(rule.links.refs(mine), `action ${kept.code}`);
        const theirIds = resolve(rule.links.refs(incoming), `action ${kept.code}`);
        fields.push(rule.links.historyField);
        if (JSON.stringify(ourIds) !== JSON.stringify(theirIds)) {
          links = { role: rule.links.role, refs: rule.links.refs(incoming) };
          if (oldWords === newWords) {
            oldWords = `${oldWords} (linked to ${acronyms(ourIds) || 'no agency'})`;
            newWords = `${newWords} (linked to ${acronyms(theirIds) || 'no agency'})`;
          }
        }
      }
      if (!links && JSON.stringify(before) === JSON.stringify(after)) continue;
      weigh(
        group,
        { entity, entityId: id, field: rule.field, label: `${labelPrefix}${rule.label}`, oldValue: oldWords || null, newValue: newWords || null, kind: 'field' },
        { write: { kind: 'update', table, id, columns: after, ...(links ? { links } : {}) }, sequence },
        { theirIds: [id], ourIds: [id], fields },
        kept,
      );
    }
  }

  // Rows a package merge added and its undo removed again were never this laptop's: the package may add them anew.
  const lastRemoval = new Map<string, string | null>();
  for (const h of localHistory) if (h.field === 'deleted_at') lastRemoval.set(h.entity_id, h.batch_id);
  const undoneAdd = (id: string) => packageMergeBatches.has(lastRemoval.get(id) ?? null);
  /** Held here, live or removed here. */
  const existsAnywhere = async (table: PlacedTable, id: string) => !undoneAdd(id) && (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  const addedChange = (group: MutableGroup, entity: ReviewEntity, id: string, label: string, words: string, write: PackWrite, sequence: number, alsoCovers: readonly string[] = []) =>
    propose(group, { entity, entityId: id, field: 'added', label, oldValue: null, newValue: words, conflict: null, kind: 'added' }, { write, sequence, covers: [`${id}|*`, ...alsoCovers.map((c) => `${c}|*`)] });

  // The plan itself.
  const planGroup = groupOf(planId, 'plan', '', local.title);
  compareFields(PLAN_RULES, 'plan', 'plans', planId, local, pack.plan, planGroup, 0, { code: '', title: local.title });

  // Chapters, statements, actions, indicators: new ones and changed fields.
  for (const [id, { item: chapter, sequence }] of theirs.chapters) {
    const mine = ours.chapters.get(id);
    const group = groupOf(id, 'chapter', chapter.code, chapter.title);
    if (mine) compareFields(CHAPTER_RULES, 'chapter', 'chapters', id, mine.item, chapter, group, sequence, chapter);
    else if (!(await existsAnywhere('chapters', id))) {
      addedChange(group, 'chapter', id, 'New chapter', `${chapter.code} ${chapter.title}`.trim(), { kind: 'addChapter', chapter, after: siblingsBefore(theirs.chapters, id) }, sequence);
    } else keptHere('chapter', id, chapter.code, chapter.title, 'removed here');
  }
  for (const [id, { item: statement, parentId: chapterId, sequence }] of theirs.statements) {
    const mine = ours.statements.get(id);
    const group = groupOf(id, 'statement', statement.code, statement.text);
    if (mine) compareFields(STATEMENT_RULES, 'statement', 'policy_statements', id, mine.item, statement, group, sequence, { code: statement.code, title: statement.text });
    else if (!(await existsAnywhere('policy_statements', id))) {
      addedChange(group, 'statement', id, 'New policy statement', `${statement.code} ${statement.text}`.trim(), { kind: 'addStatement', chapterId, statement, after: siblingsBefore(theirs.statements, id) }, sequence);
    } else keptHere('statement', id, statement.code, statement.text, 'removed here');
  }
  for (const [id, { item: action, parentId: statementId, sequence }] of theirs.actions) {
    const mine = ours.actions.get(id);
    const group = actionGroup(id);
    if (mine) compareFields(ACTION_RULES, 'action', 'actions', id, mine.item, action, group, sequence, action);
    else if (!(await existsAnywhere('actions', id))) {
      resolve([...action.lead.agencies, ...action.collaborators.agencies], `new action ${action.code}`);
      addedChange(
        group,
        'action',
        id,
        'New action',
        `${action.code} ${action.title}`.trim(),
        { kind: 'addAction', statementId, action, after: siblingsBefore(theirs.actions, id) },
        sequence,
        action.indicators.map((i) => i.id ?? ''),
      );
    } else keptHere('action', id, action.code, action.title, 'removed here');
  }
  for (const [id, { item: indicator, parentId: actionId, sequence }] of theirs.indicators) {
    const mine = ours.indicators.get(id);
    if (mine) compareFields(INDICATOR_RULES, 'indicator', 'indicators', id, mine.item, indicator, actionGroup(actionId), sequence, { code: indicator.name, title: '' }, `${indicator.name}: `);
    else if (ours.actions.has(actionId) && !(await existsAnywhere('indicators', id))) {
      addedChange(actionGroup(actionId), 'indicator', id, 'New indicator', indicator.name, { kind: 'addIndicator', actionId, indicator, after: siblingsBefore(theirs.indicators, id) }, sequence);
    }
  }

  // Moves: another parent, or another place among the siblings both plans hold.
  const describePlace = <T>(map: ReadonlyMap<string, Placed<T>>, id: string, parentWords: (parentId: string) => string, codeOf: (item: T) => string): string => {
    const me = map.get(id)!;
    const before = siblingsBefore(map, id)[0];
    return `${parentWords(me.parentId)}${before ? `after ${codeOf(map.get(before)!.item) || 'the item before'}` : 'first'}`;
  };
  const chapterWords = (flat: Flat) => (chapterId: string) => {
    const chapter = flat.chapters.get(chapterId)?.item;
    return chapter ? `in ${`${chapter.code} ${chapter.title}`.trim()}, ` : '';
  };
  const statementWords = (flat: Flat) => (statementId: string) => {
    const statement = flat.statements.get(statementId)?.item;
    return statement ? `in ${statement.code || statement.text.slice(0, 60)}, ` : '';
  };
  const moveKinds = [
    { table: 'chapters' as const, entity: 'chapter' as const, theirs: theirs.chapters, ours: ours.chapters, words: () => () => '', codeOf: (c: PlanFileChapter) => c.code || c.title },
    { table: 'policy_statements' as const, entity: 'statement' as const, theirs: theirs.statements, ours: ours.statements, words: chapterWords, codeOf: (s: PlanFileStatement) => s.code },
    { table: 'actions' as const, entity: 'action' as const, theirs: theirs.actions, ours: ours.actions, words: statementWords, codeOf: (a: PlanFileAction) => a.code },
    { table: 'indicators' as const, entity: 'indicator' as const, theirs: theirs.indicators, ours: ours.indicators, words: () => () => '', codeOf: (i: PlanFileIndicator) => i.name },
  ];
  for (const kind of moveKinds) {
    const fields = [PARENT_COLUMN[kind.table], 'position'];
    const theirsMap = kind.theirs as ReadonlyMap<string, Placed<unknown>>;
    const oursMap = kind.ours as ReadonlyMap<string, Placed<unknown>>;
    const codeOf = kind.codeOf as (item: unknown) => string;
    const moved = movedIds(theirsMap, oursMap, (id) => lastOf(there, [id], fields) !== null || lastOf(here, [id], fields) !== null);
    for (const id of moved) {
      const t = theirsMap.get(id)!;
      const o = oursMap.get(id)!;
      const otherParent = t.parentId !== o.parentId;
      const group =
        kind.entity === 'action' ? actionGroup(id) : kind.entity === 'indicator' ? actionGroup(t.parentId) : groupOf(id, kind.entity, codeOf(t.item), kind.entity === 'chapter' ? (t.item as PlanFileChapter).title : (t.item as PlanFileStatement).text);
      weigh(
        group,
        {
          entity: kind.entity,
          entityId: id,
          field: 'moved',
          label: placeLabel(kind.entity, otherParent, codeOf(t.item)),
          oldValue: describePlace(oursMap, id, kind.words(ours), codeOf),
          newValue: describePlace(theirsMap, id, kind.words(theirs), codeOf),
          kind: 'moved',
        },
        { write: { kind: 'move', table: kind.table, id, parentId: t.parentId, after: siblingsBefore(theirsMap, id) }, sequence: t.sequence },
        { theirIds: [id], ourIds: [id], fields },
        { code: codeOf(t.item), title: '' },
      );
    }
  }

  // Removed there: offered for removal when the package's history shows the removal; kept otherwise.
  const removals = [
    { table: 'indicators' as const, entity: 'indicator' as const, theirs: theirs.indicators, ours: ours.indicators, code: (i: PlanFileIndicator) => i.name, title: () => '' },
    { table: 'actions' as const, entity: 'action' as const, theirs: theirs.actions, ours: ours.actions, code: (a: PlanFileAction) => a.code, title: (a: PlanFileAction) => a.title },
    { table: 'policy_statements' as const, entity: 'statement' as const, theirs: theirs.statements, ours: ours.statements, code: (s: PlanFileStatement) => s.code, title: (s: PlanFileStatement) => s.text },
    { table: 'chapters' as const, entity: 'chapter' as const, theirs: theirs.chapters, ours: ours.chapters, code: (c: PlanFileChapter) => c.code, title: (c: PlanFileChapter) => c.title },
  ];
  for (const kind of removals) {
    const code = kind.code as (item: unknown) => string;
    const title = kind.title as (item: unknown) => string;
    for (const [id, mine] of kind.ours as ReadonlyMap<string, Placed<unknown>>) {
      if ((kind.theirs as ReadonlyMap<string, unknown>).has(id)) continue;
      // An indicator of an action removed there goes with its action.
      if (kind.entity === 'indicator' && !theirs.actions.has(mine.parentId)) continue;
      const removedThere = there.unknown.get(`${id}|deleted_at`);
      if (!removedThere) {
        keptHere(kind.entity, id, code(mine.item), title(mine.item), here.unknown.has(`${id}|created`) ? 'added here since the package was made' : 'not in the package');
        continue;
      }
      const group =
        kind.entity === 'indicator' ? actionGroup(mine.parentId) : kind.entity === 'action' ? actionGroup(id) : groupOf(id, kind.entity, code(mine.item), title(mine.item));
      const changedHere = here.touched.has(id) ? lastOf(here, [id], [...here.unknown.keys()].filter((k) => k.startsWith(`${id}|`)).map((k) => k.slice(id.length + 1))) : null;
      propose(
        group,
        {
          entity: kind.entity,
          entityId: id,
          field: 'removed',
          label: kind.entity === 'indicator' ? `${code(mine.item)}: removed` : `Removed ${kind.entity === 'statement' ? 'policy statement' : kind.entity}`,
          oldValue: `${code(mine.item)} ${title(mine.item)}`.trim(),
          newValue: `Removed on the other laptop (${hereSince(removedThere)})`,
          conflict: changedHere ? `Changed here since the package was made (${hereSince(changedHere)})` : null,
          kind: 'removed',
        },
        { write: { kind: 'remove', table: kind.table, id }, sequence: mine.sequence, covers: [`${id}|deleted_at`] },
      );
    }
  }

  // Progress: actuals, narratives, support needed and reported status, per action or indicator and period.
  const localPeriods = await db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).execute();
  const periodKeyOf = (kind: string, start: string) => `${kind}|${start}`;
  const localPeriodKeys = new Map(localPeriods.map((p) => [p.id, periodKeyOf(p.kind, p.start_month)]));
  const localRows = await db
    .selectFrom('progress_updates')
    .selectAll()
    .where('period_id', 'in', localPeriods.length > 0 ? localPeriods.map((p) => p.id) : [''])
    .execute();
  const localByKey = new Map(localRows.map((r) => [`${r.action_id}|${r.indicator_id ?? ''}|${localPeriodKeys.get(r.period_id)}`, r]));
  const packPeriods = new Map(pack.progress.periods.map((p) => [p.id, p]));
  for (const row of pack.progress.updates) {
    const period = packPeriods.get(row.periodId);
    const owner = theirs.actions.get(row.actionId);
    if (!period || !owner || removedHere.has(row.actionId)) continue;
    if (row.indicatorId !== null && (!theirs.indicators.has(row.indicatorId) || (!ours.indicators.has(row.indicatorId) && ours.actions.has(row.actionId) && (await existsAnywhere('indicators', row.indicatorId))))) continue;
    const mine = localByKey.get(`${row.actionId}|${row.indicatorId ?? ''}|${periodKeyOf(period.kind, period.start)}`);
    const mineAsPack: ProgressRow | null = mine
      ? { ...row, status: mine.status, actualText: mine.actual_text, actualValue: mine.actual_value, narrative: mine.narrative, supportNeeded: mine.support_needed }
      : null;
    const indicatorName = row.indicatorId ? theirs.indicators.get(row.indicatorId)!.item.name : null;
    for (const rule of PROGRESS_RULES) {
      const after = rule.columns(row);
      if (JSON.stringify(rule.columns(mineAsPack)) === JSON.stringify(after)) continue;
      weigh(
        actionGroup(row.actionId),
        { entity: 'progress', entityId: row.id, field: `${rule.field}|${period.kind}|${period.start}`, label: rule.label(period.label, indicatorName), oldValue: rule.words(mineAsPack) || null, newValue: rule.words(row) || null, kind: 'field' },
        { write: { kind: 'progress', actionId: row.actionId, indicatorId: row.indicatorId, period, rowId: row.id, columns: after }, sequence: owner.sequence },
        { theirIds: [row.id], ourIds: mine ? [mine.id] : [], fields: Object.keys(after) },
        { code: owner.item.code, title: owner.item.title },
      );
    }
  }

  const newHistoryEntries = packEntries.filter((e) => !localIds.has(e.id)).length;
  return { groups: groups.filter((g) => g.changes.length > 0), problems, onlyHere, planned, newHistoryEntries };
}

function placeLabel(entity: 'chapter' | 'statement' | 'action' | 'indicator', otherParent: boolean, code: string): string {
  switch (entity) {
    case 'chapter':
      return 'Place in the plan';
    case 'statement':
      return otherParent ? 'Moved to another chapter' : 'Place in its chapter';
    case 'action':
      return otherParent ? 'Moved to another statement' : 'Place in its statement';
    case 'indicator':
      return `${code}: place`;
  }
}
