// Opening a whole-plan package: the archive is checked (safe paths, entry count, sizes and ratios), every entry
// must match the SHA-256 the manifest gives it, every part must parse; then the package's plan is compared with
// the local plan of the same id, entity by entity and field by field, into the same review model as returned
// workbooks. A field changed here since (a history entry the package does not know) is a conflict.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ProposedChange, ReviewEntity, ReviewFile, ReviewGroup, ReviewProblem } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { FUND_LABELS, STATUS_LABELS } from '../../../shared/status';
import { loadAgencyIndex } from '../agencies/registry';
import type { DbOrTx } from '../db/schema';
import type { EditableTable } from '../plan/entity-update';
import { exportPlanFile } from '../planfile/export-plan-file';
import type { PlanFile, PlanFileAction, PlanFileChapter, PlanFileIndicator, PlanFilePlan, PlanFileStatement } from '../planfile/format';
import { parsePlanFile } from '../planfile/import-plan-file';
import { changeIdOf } from '../exchange/read-returns';
import { PACK_ENTRIES, packHistoryEntry, packManifest, packProgress, packSnapshot, type PackHistoryEntry, type PackManifest, type PackProgress, type PackSnapshot } from './pack-format';
import { PACKAGE_RULES, readSafeZip } from '../zip/safe-zip';

const MAX_PACK_BYTES = 256 * 1024 * 1024;

export interface PackContents {
  readonly manifest: PackManifest;
  readonly planFile: PlanFile;
  readonly plan: PlanFilePlan;
  readonly history: readonly PackHistoryEntry[];
  readonly snapshots: readonly PackSnapshot[];
  readonly progress: PackProgress;
}

/** How an accepted change of a package is written. */
export type PackWrite =
  | { readonly kind: 'update'; readonly table: EditableTable; readonly id: string; readonly columns: Readonly<Record<string, unknown>> }
  | { readonly kind: 'addChapter'; readonly chapter: PlanFileChapter }
  | { readonly kind: 'addStatement'; readonly chapterId: string; readonly statement: PlanFileStatement }
  | { readonly kind: 'addAction'; readonly statementId: string; readonly action: PlanFileAction }
  | { readonly kind: 'addIndicator'; readonly actionId: string; readonly indicator: PlanFileIndicator }
  | { readonly kind: 'snapshot'; readonly snapshot: PackSnapshot }
  | { readonly kind: 'newPlan' };

export interface OpenedPack {
  readonly file: ReviewFile;
  readonly contents: PackContents | null;
  readonly writes: ReadonlyMap<string, PackWrite>;
}

function parsePart<T>(schema: z.ZodType<T>, bytes: Uint8Array | undefined, entry: string, fileName: string): T {
  if (!bytes) throw new AppError('bad_file', `${fileName}: the package has no ${entry}`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new AppError('bad_file', `${fileName}: ${entry} is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_file', `${fileName}: ${entry} is not in the PlanDesk package format (at ${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/** Reads and checks a .pmupack file completely; throws AppError('bad_file') saying what is wrong. */
export async function readPack(path: string): Promise<{ contents: PackContents; sha256: string }> {
  const fileName = basename(path);
  const size = await stat(path).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      throw new AppError('bad_file', `${fileName}: cannot be read (${error.code ?? error.message})`);
    },
  );
  if (size > MAX_PACK_BYTES) throw new AppError('bad_file', `${fileName}: the package is ${Math.round(size / 1024 / 1024)} MB, more than PlanDesk opens (${MAX_PACK_BYTES / 1024 / 1024} MB)`);
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const entries = readSafeZip(bytes, fileName, PACKAGE_RULES);
  const manifest = parsePart(packManifest, entries.get('manifest.json'), 'manifest.json', fileName);
  for (const name of entries.keys()) {
    if (name !== 'manifest.json' && !manifest.entries.some((e) => e.path === name)) {
      throw new AppError('bad_file', `${fileName}: it holds "${name}", which its manifest does not list; the package was edited, refused`);
    }
  }
  for (const listed of manifest.entries) {
    const content = entries.get(listed.path);
    if (!content) throw new AppError('bad_file', `${fileName}: its manifest lists "${listed.path}" but the package does not hold it; refused`);
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== listed.sha256 || content.length !== listed.size) {
      throw new AppError('bad_file', `${fileName}: "${listed.path}" does not match its checksum in the manifest; the package was damaged or edited, refused`);
    }
  }
  for (const required of PACK_ENTRIES) if (!entries.has(required)) throw new AppError('bad_file', `${fileName}: the package has no ${required}; refused`);
  const planFile = parsePlanFile(new TextDecoder().decode(entries.get('plan.json')), `${fileName} (plan.json)`);
  const plan = planFile.plans[0];
  if (planFile.plans.length !== 1 || !plan || plan.id !== manifest.planId) {
    throw new AppError('bad_file', `${fileName}: plan.json does not hold the one plan its manifest names (${manifest.planId}); refused`);
  }
  return {
    sha256,
    contents: {
      manifest,
      planFile,
      plan,
      history: parsePart(z.array(packHistoryEntry), entries.get('history.json'), 'history.json', fileName),
      snapshots: parsePart(z.array(packSnapshot), entries.get('snapshots.json'), 'snapshots.json', fileName),
      progress: parsePart(packProgress, entries.get('progress.json'), 'progress.json', fileName),
    },
  };
}

// ---- comparing the package's plan with the local one ----

interface FieldRule<T> {
  readonly field: string;
  readonly label: string;
  columns(item: T): Record<string, unknown>;
  words(item: T): string;
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
  { field: 'lead', label: 'Lead agency', columns: (a) => ({ lead_text: a.lead.text }), words: (a) => a.lead.text },
  { field: 'collaborators', label: 'Collaborating agencies', columns: (a) => ({ collaborators_text: a.collaborators.text }), words: (a) => a.collaborators.text },
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

function historyKey(e: { at: string; user: string; entityId: string; field: string; newValue: string | null }): string {
  return `${e.at}|${e.user}|${e.entityId}|${e.field}|${e.newValue ?? ''}`;
}

interface Flat {
  readonly chapters: Map<string, PlanFileChapter>;
  readonly statements: Map<string, { statement: PlanFileStatement; chapterId: string }>;
  readonly actions: Map<string, { action: PlanFileAction; statementId: string }>;
  readonly indicators: Map<string, { indicator: PlanFileIndicator; actionId: string }>;
}

function flatten(plan: PlanFilePlan): Flat {
  const flat: Flat = { chapters: new Map(), statements: new Map(), actions: new Map(), indicators: new Map() };
  for (const chapter of plan.chapters) {
    flat.chapters.set(chapter.id ?? '', chapter);
    for (const statement of chapter.statements) {
      flat.statements.set(statement.id ?? '', { statement, chapterId: chapter.id ?? '' });
      for (const action of statement.actions) {
        flat.actions.set(action.id ?? '', { action, statementId: statement.id ?? '' });
        for (const indicator of action.indicators) flat.indicators.set(indicator.id ?? '', { indicator, actionId: action.id ?? '' });
      }
    }
  }
  return flat;
}

/** Compares an opened package with the workspace; reads only. */
export async function reviewPack(db: DbOrTx, path: string): Promise<OpenedPack> {
  const fileName = basename(path);
  let read: { contents: PackContents; sha256: string };
  try {
    read = await readPack(path);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { file: { fileId: null, path, fileName, sha256: '', source: null, refused: error.message, problems: [], groups: [] }, contents: null, writes: new Map() };
  }
  const { contents, sha256 } = read;
  const { manifest, plan } = contents;
  const writes = new Map<string, PackWrite>();
  const groups: ReviewGroup[] = [];
  const problems: ReviewProblem[] = [];
  const local = (await exportPlanFile(db, [manifest.planId])).plans[0];
  const packed = await db.selectFrom('plan_packages_merged').select(['merged_at', 'merged_by']).where('pack_id', '=', manifest.packId).executeTakeFirst();
  const source = {
    kind: 'package' as const,
    packId: manifest.packId,
    planTitle: manifest.planTitle,
    createdBy: manifest.createdBy,
    createdAt: manifest.createdAt,
    newPlan: !local,
    snapshots: contents.snapshots.length,
    historyEntries: contents.history.length,
  };
  if (packed) {
    return { file: { fileId: manifest.packId, path, fileName, sha256, source, refused: `${fileName}: this package was already merged on ${packed.merged_at.slice(0, 10)} by ${packed.merged_by}`, problems: [], groups: [] }, contents, writes };
  }

  if (!local) {
    const flat = flatten(plan);
    const id = changeIdOf(manifest.packId, manifest.planId, 'added');
    writes.set(id, { kind: 'newPlan' });
    groups.push({
      key: manifest.planId,
      entity: 'plan',
      entityId: manifest.planId,
      code: '',
      title: plan.title,
      changes: [
        {
          id,
          entity: 'plan',
          entityId: manifest.planId,
          field: 'added',
          label: 'New plan',
          oldValue: null,
          newValue: `${plan.title}: ${flat.chapters.size} chapters, ${flat.statements.size} statements, ${flat.actions.size} actions, ${contents.snapshots.length} snapshots, ${contents.history.length} history entries`,
          sentValue: null,
          conflict: null,
          note: null,
          cell: null,
        },
      ],
    });
    return { file: { fileId: manifest.packId, path, fileName, sha256, source, refused: null, problems, groups }, contents, writes };
  }

  const theirs = flatten(plan);
  const ours = flatten(local);
  // The last local change of each field; a conflict when the package's history does not know it.
  const packHistory = new Set(contents.history.map(historyKey));
  const localHistory = await db.selectFrom('change_history').selectAll().where('plan_id', '=', manifest.planId).orderBy('id').execute();
  const lastLocal = new Map<string, (typeof localHistory)[number]>();
  for (const h of localHistory) lastLocal.set(`${h.entity_id}|${h.field}`, h);
  const conflictOf = (entityId: string, columns: readonly string[]): string | null => {
    for (const column of columns) {
      const last = lastLocal.get(`${entityId}|${column}`);
      if (last && !packHistory.has(historyKey({ at: last.at, user: last.user_name, entityId, field: last.field, newValue: last.new_value }))) {
        return `Changed here too since the package was made (${last.at.slice(0, 10)} by ${last.user_name})`;
      }
    }
    return null;
  };
  const groupOf = (key: string, entity: ReviewEntity, code: string, title: string): ReviewGroup & { changes: ProposedChange[] } => {
    let group = groups.find((g) => g.key === key) as (ReviewGroup & { changes: ProposedChange[] }) | undefined;
    if (!group) {
      group = { key, entity, entityId: key, code, title, changes: [] };
      groups.push(group);
    }
    return group;
  };
  function compare<T>(rules: readonly FieldRule<T>[], entity: ReviewEntity, table: EditableTable, id: string, mine: T, incoming: T, group: ReviewGroup & { changes: ProposedChange[] }, labelPrefix = '') {
    for (const rule of rules) {
      const before = rule.columns(mine);
      const after = rule.columns(incoming);
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      const changeId = changeIdOf(manifest.packId, id, rule.field);
      writes.set(changeId, { kind: 'update', table, id, columns: after });
      group.changes.push({
        id: changeId,
        entity,
        entityId: id,
        field: rule.field,
        label: `${labelPrefix}${rule.label}`,
        oldValue: rule.words(mine) || null,
        newValue: rule.words(incoming) || null,
        sentValue: null,
        conflict: conflictOf(id, Object.keys(after)),
        note: null,
        cell: null,
      });
    }
  }

  const planGroup = groupOf(manifest.planId, 'plan', '', local.title);
  compare(PLAN_RULES, 'plan', 'plans', manifest.planId, local, plan, planGroup);
  const existsAnywhere = async (table: 'chapters' | 'policy_statements' | 'actions' | 'indicators', id: string) =>
    (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  const added = (group: ReviewGroup & { changes: ProposedChange[] }, entity: ReviewEntity, id: string, label: string, words: string, write: PackWrite) => {
    const changeId = changeIdOf(manifest.packId, id, 'added');
    writes.set(changeId, write);
    group.changes.push({ id: changeId, entity, entityId: id, field: 'added', label, oldValue: null, newValue: words, sentValue: null, conflict: null, note: null, cell: null });
  };

  for (const [id, chapter] of theirs.chapters) {
    const mine = ours.chapters.get(id);
    const group = groupOf(id, 'chapter', chapter.code, chapter.title);
    if (mine) compare(CHAPTER_RULES, 'chapter', 'chapters', id, mine, chapter, group);
    else if (!(await existsAnywhere('chapters', id))) added(group, 'chapter', id, 'New chapter', `${chapter.code} ${chapter.title}`.trim(), { kind: 'addChapter', chapter });
  }
  for (const [id, { statement, chapterId }] of theirs.statements) {
    const mine = ours.statements.get(id);
    const group = groupOf(id, 'statement', statement.code, statement.text);
    if (mine) compare(STATEMENT_RULES, 'statement', 'policy_statements', id, mine.statement, statement, group);
    else if (!(await existsAnywhere('policy_statements', id))) added(group, 'statement', id, 'New policy statement', `${statement.code} ${statement.text}`.trim(), { kind: 'addStatement', chapterId, statement });
  }
  const index = await loadAgencyIndex(db);
  for (const [id, { action, statementId }] of theirs.actions) {
    const mine = ours.actions.get(id);
    const group = groupOf(id, 'action', action.code, action.title);
    if (mine) {
      compare(ACTION_RULES, 'action', 'actions', id, mine.action, action, group);
    } else if (!(await existsAnywhere('actions', id))) {
      added(group, 'action', id, 'New action', `${action.code} ${action.title}`.trim(), { kind: 'addAction', statementId, action });
      for (const ref of [...action.lead.agencies, ...action.collaborators.agencies]) {
        if (!index.byId.has(ref) && index.byKey(ref).length !== 1) {
          problems.push({ severity: 'warning', sheet: 'plan.json', row: null, column: null, columnName: null, value: ref, message: `agency "${ref}" of new action ${action.code} is not (or not uniquely) in this workspace's registry; the action keeps its text but is not linked to it` });
        }
      }
    }
  }
  for (const [id, { indicator, actionId }] of theirs.indicators) {
    const owner = theirs.actions.get(actionId)!.action;
    const group = groupOf(actionId, 'action', owner.code, owner.title);
    const mine = ours.indicators.get(id);
    if (mine) compare(INDICATOR_RULES, 'indicator', 'indicators', id, mine.indicator, indicator, group, `${indicator.name}: `);
    else if (ours.actions.has(actionId) && !(await existsAnywhere('indicators', id))) {
      added(group, 'indicator', id, 'New indicator', indicator.name, { kind: 'addIndicator', actionId, indicator });
    }
  }
  const localSnapshots = new Set((await db.selectFrom('snapshots').select('id').where('plan_id', '=', manifest.planId).execute()).map((s) => s.id));
  for (const snapshot of contents.snapshots) {
    if (localSnapshots.has(snapshot.id)) continue;
    const changeId = changeIdOf(manifest.packId, snapshot.id, 'snapshot');
    writes.set(changeId, { kind: 'snapshot', snapshot });
    planGroup.changes.push({ id: changeId, entity: 'plan', entityId: manifest.planId, field: 'snapshot', label: 'Snapshot', oldValue: null, newValue: `${snapshot.name} (${snapshot.takenAt.slice(0, 10)}, ${snapshot.createdBy})`, sentValue: null, conflict: null, note: null, cell: null });
  }
  const onlyHere = [
    ...[...ours.chapters].filter(([id]) => !theirs.chapters.has(id)).map(([id, c]) => ({ entity: 'chapter' as const, entityId: id, code: c.code, title: c.title })),
    ...[...ours.statements].filter(([id]) => !theirs.statements.has(id)).map(([id, s]) => ({ entity: 'statement' as const, entityId: id, code: s.statement.code, title: s.statement.text })),
    ...[...ours.actions].filter(([id]) => !theirs.actions.has(id)).map(([id, a]) => ({ entity: 'action' as const, entityId: id, code: a.action.code, title: a.action.title })),
  ];
  return {
    file: { fileId: manifest.packId, path, fileName, sha256, source, refused: null, problems, groups: groups.filter((g) => g.changes.length > 0), onlyHere },
    contents,
    writes,
  };
}
