// Receive updates from one or many returned workbooks, and merge what the reviewer accepted.
// Receiving reads only. Merging re-reads the files (refusing any that changed since the review), then writes
// every accepted change in one transaction, traced with source 'exchange' and the file it came from.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { IndicatorKind, MergeOutcome, ProposedChange, ReportedBy, ReviewDecision, ReviewFile, RivalAnswer } from '../../../shared/domain';
import { readIndicatorValue } from '../../../shared/indicators';
import { formatMonth, parseTimelineDate } from '../../../shared/months';
import { AppError, assertNever } from '../../../shared/result';
import { STATUS_LABELS } from '../../../shared/vocab/status';
import type { Db, DbOrTx } from '../db/schema';
import { recordChanges } from '../history/store';
import type { ChangeContext } from '../host/context';
import { writeActual } from '../indicators/indicator-commands';
import { updateRow } from '../history/tracked-update';
import { requireAction, requirePlan } from '../plan/plan-queries';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import { changeWords, refuseClashes, resolveDecisions, type DecidedChange } from '../review/decisions';
import { withParagraph } from './joint-narratives';
import { statusFromChoice } from './workbook-layout';
import { readReturnedWorkbook, type PlannedWrite, type ReturnedWorkbook } from './read-returns';
import { dropReviewDrafts } from './review-drafts';
import { recordDecisions } from '../review/record-decisions';
import { canRevertCleanly } from '../review/undo-check';
import { SPECIAL_REVERTS } from '../packages/special-reverts';

export interface ReceivedReturns {
  readonly planId: string;
  readonly files: readonly ReviewFile[];
  readonly counts: { readonly changes: number; readonly conflicts: number; readonly problems: number; readonly refused: number };
  /** Not part of the review model: how each proposed change would be written. */
  readonly workbooks: readonly ReturnedWorkbook[];
}

/** The bytes of returned workbooks that were dropped on the window rather than chosen on disk, by the name given as their path. */
export type DroppedWorkbooks = ReadonlyMap<string, Uint8Array>;

/** Reads returned workbooks for a plan and lists what they propose; writes nothing. */
export async function receiveReturns(db: DbOrTx, planId: string, paths: readonly string[], dropped?: DroppedWorkbooks, progress: Progress = NO_PROGRESS): Promise<ReceivedReturns> {
  await requirePlan(db, planId);
  if (paths.length === 0) throw new AppError('invalid_input', 'Choose at least one returned workbook');
  const workbooks: ReturnedWorkbook[] = [];
  const firstFileOf = new Map<string, string>();
  progress.phase('Reading the returned workbooks', paths.length, 'workbooks');
  for (const [done, path] of paths.entries()) {
    progress.step(done);
    let workbook = await readReturnedWorkbook(db, planId, path, dropped?.get(path));
    const packageId = workbook.packageId;
    if (packageId && workbook.file.refused === null) {
      const first = firstFileOf.get(packageId);
      if (first) {
        workbook = {
          ...workbook,
          writes: new Map(),
          file: { ...workbook.file, groups: [], problems: [], refused: `${basename(path)}: this is another copy of the workbook already given as ${first} (same package); only one copy can be merged` },
        };
      } else {
        firstFileOf.set(packageId, basename(path));
      }
    }
    workbooks.push(workbook);
  }
  const files = flagCrossFileClashes(workbooks.map((w) => w.file));
  return {
    planId,
    files,
    workbooks: workbooks.map((w, i) => ({ ...w, file: files[i]! })),
    counts: {
      changes: files.reduce((n, f) => n + f.groups.reduce((m, g) => m + g.changes.length, 0), 0),
      conflicts: countConflicts(files),
      problems: files.reduce((n, f) => n + f.problems.length, 0),
      refused: files.filter((f) => f.refused !== null).length,
    },
  };
}

/**
 * Where two returned workbooks write the same thing: the same field of the same action (or indicator) for the same
 * period. A jointly led action's narrative and support needed are each agency's own paragraph, so they never clash.
 */
function clashKeyOf(file: ReviewFile, change: ProposedChange): string {
  const period = file.source?.kind === 'exchange' ? file.source.period.id : '';
  const part = (change.field === 'narrative' || change.field === 'supportNeeded') && file.source?.kind === 'exchange' ? file.source.agency.id : '';
  return `${period}|${change.entityId}|${change.field}|${part}`;
}

/**
 * An action led by two agencies is in both workbooks: two different answers for one field are one conflict between
 * the agencies, which the reviewer settles by keeping one value (or typing another) before merging.
 */
function flagCrossFileClashes(files: readonly ReviewFile[]): ReviewFile[] {
  const proposals = new Map<string, (RivalAnswer & { readonly path: string })[]>();
  for (const file of files) {
    const agency = file.source?.kind === 'exchange' ? file.source.agency.label : file.fileName;
    for (const group of file.groups) for (const change of group.changes) {
      const key = clashKeyOf(file, change);
      proposals.set(key, [...(proposals.get(key) ?? []), { changeId: change.id, agency, fileName: file.fileName, value: change.newValue, path: file.path }]);
    }
  }
  return files.map((file) => ({
    ...file,
    groups: file.groups.map((group) => ({
      ...group,
      changes: group.changes.map((change) => {
        const others = (proposals.get(clashKeyOf(file, change)) ?? []).filter((p) => p.path !== file.path && p.value !== change.newValue);
        if (others.length === 0) return change;
        return { ...change, rivals: others.map(({ path: _path, ...rival }) => rival) };
      }),
    })),
  }));
}

/** Conflicts counted as the reviewer meets them: a clash between agencies once, however many workbooks it spans. */
function countConflicts(files: readonly ReviewFile[]): number {
  let count = 0;
  const counted = new Set<string>();
  for (const file of files) for (const group of file.groups) for (const change of group.changes) {
    const rivals = change.rivals ?? [];
    const clash = rivals.length > 0 && ![change.id, ...rivals.map((r) => r.changeId)].some((id) => counted.has(id));
    if (change.conflict !== null || clash) count += 1;
    if (rivals.length > 0) counted.add(change.id);
  }
  return count;
}

export interface MergeReturnsInput {
  readonly planId: string;
  readonly paths: readonly string[];
  /** SHA-256 of each file as reviewed, by path: a file changed since is refused. */
  readonly expectedSha256?: Readonly<Record<string, string>>;
  readonly decisions: readonly ReviewDecision[];
  /** Workbooks of `paths` that were dropped on the window: read from these bytes, not from disk. */
  readonly dropped?: DroppedWorkbooks;
}

function appendRemark(remarks: string, line: string): string {
  return remarks.trim() === '' ? line : `${remarks.replace(/\s+$/, '')}\n${line}`;
}

async function progressRowId(tx: DbOrTx, context: ChangeContext, actionId: string, periodId: string): Promise<string> {
  const row = await tx.selectFrom('progress_updates').select('id').where('action_id', '=', actionId).where('indicator_id', 'is', null).where('period_id', '=', periodId).executeTakeFirst();
  if (row) return row.id;
  // Created empty, then filled like an edit, so that undo simply empties it again.
  const id = randomUUID();
  await tx
    .insertInto('progress_updates')
    .values({ id, action_id: actionId, indicator_id: null, period_id: periodId, created_at: context.at, updated_at: context.at, source: context.source })
    .execute();
  return id;
}

async function applyWrite(tx: DbOrTx, context: ChangeContext, planId: string, periodId: string, agency: string, write: PlannedWrite): Promise<void> {
  switch (write.kind) {
    case 'status':
      await updateRow(tx, context, { table: 'actions', id: write.actionId, planId }, { status: write.status, status_text: STATUS_LABELS[write.status] });
      return;
    case 'revisedEnd': {
      // The reason goes into the remarks, the plan's running narrative, where review packs and exports show it.
      const action = await requireAction(tx, write.actionId);
      const line = `${context.at.slice(0, 10)} ${agency}: end date revised to ${formatMonth(write.month)}. Reason: ${write.reason || '(none given)'}`;
      // The revised end carries the agency's reason too, as one typed in the window does.
      const reason = `${agency}: ${write.reason || '(no reason given)'}`;
      await updateRow(tx, context, { table: 'actions', id: write.actionId, planId }, { revised_end_month: write.month, revised_end_reason: reason, remarks: appendRemark(action.remarks, line) });
      return;
    }
    case 'narrative':
    case 'supportNeeded': {
      const id = await progressRowId(tx, context, write.actionId, periodId);
      const column = write.kind === 'narrative' ? 'narrative' : 'support_needed';
      const row = await tx.selectFrom('progress_updates').select(column).where('id', '=', id).executeTakeFirstOrThrow();
      // Led jointly: the agency's paragraph is set, the other agencies' kept.
      const text = write.jointAgency === null ? write.text : withParagraph(row[column], write.jointAgency, write.text);
      await updateRow(tx, context, { table: 'progress_updates', id, planId }, { [column]: text });
      return;
    }
    case 'actual':
      await writeActual(tx, context, { indicatorId: write.indicatorId, periodId, value: write.text });
      return;
    default:
      assertNever(write, 'planned write');
  }
}

/**
 * The evidence of an accepted change, on the period's progress row it belongs to: the action's (status, narrative,
 * end date, support) or the indicator's (its actual). Written once per row and merge; an action led jointly keeps
 * each agency's evidence as its own paragraph, as its narrative does.
 */
async function writeEvidence(
  tx: DbOrTx,
  context: ChangeContext,
  at: { readonly planId: string; readonly periodId: string; readonly workbook: ReturnedWorkbook; readonly write: PlannedWrite; readonly evidence: string; readonly written: Set<string> },
): Promise<void> {
  const { write, workbook } = at;
  let id: string;
  if (write.kind === 'actual') {
    const row = await tx.selectFrom('progress_updates').select('id').where('indicator_id', '=', write.indicatorId).where('period_id', '=', at.periodId).executeTakeFirstOrThrow();
    id = row.id;
  } else {
    id = await progressRowId(tx, context, write.actionId, at.periodId);
  }
  if (at.written.has(id)) return;
  at.written.add(id);
  const { evidence: before } = await tx.selectFrom('progress_updates').select('evidence').where('id', '=', id).executeTakeFirstOrThrow();
  const joint = write.kind !== 'actual' && workbook.jointlyLed.has(write.actionId);
  const evidence = joint ? withParagraph(before, workbook.agencyLabel!, at.evidence) : at.evidence;
  if (evidence !== before) await updateRow(tx, context, { table: 'progress_updates', id, planId: at.planId }, { evidence });
}

/** Who answered for the workbook, kept on its package with the merge: in the history, and undone with it. */
async function recordSignOff(tx: DbOrTx, context: ChangeContext, planId: string, packageId: string, reportedBy: ReportedBy | null): Promise<void> {
  if (!reportedBy) return;
  const before = await tx.selectFrom('exchange_packages').select(['reported_by_name', 'reported_by_position', 'reported_on']).where('id', '=', packageId).executeTakeFirstOrThrow();
  const after = { reported_by_name: reportedBy.name || null, reported_by_position: reportedBy.position || null, reported_on: reportedBy.date };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((field) => before[field] !== after[field]);
  if (changed.length === 0) return;
  await tx.updateTable('exchange_packages').set(after).where('id', '=', packageId).execute();
  await recordChanges(tx, context, changed.map((field) => ({ planId, entity: 'exchange_package' as const, entityId: packageId, field, oldValue: before[field], newValue: after[field] })));
}

/**
 * Merges the accepted changes of returned workbooks in one transaction; nothing is written if any file is refused
 * (the caller leaves refused files out by not passing them).
 */
export async function mergeReturns(db: Db, context: ChangeContext, input: MergeReturnsInput, progress: Progress = NO_PROGRESS): Promise<MergeOutcome> {
  const received = await receiveReturns(db, input.planId, input.paths, input.dropped, progress);
  const refused = received.files.filter((f) => f.refused !== null);
  if (refused.length > 0) {
    throw new AppError('bad_file', `Nothing was merged: ${refused.map((f) => f.refused).join('; ')}. Leave the refused ${refused.length === 1 ? 'file' : 'files'} out to merge the others`);
  }
  for (const file of received.files) {
    const expected = input.expectedSha256?.[file.path];
    if (expected && expected !== file.sha256) throw new AppError('conflict', `Nothing was merged: ${file.fileName} changed since it was reviewed; receive it again`);
  }
  const decided = resolveDecisions(received.files, input.decisions);
  refuseClashes(decided, (d) => clashKeyOf(d.file, d.change));
  const writes = await plannedWrites(db, received.workbooks, decided);
  const batchId = context.batchId ?? randomUUID();
  const entityIds = new Set<string>();
  const appliedFields = new Set<string>();
  await db.transaction().execute(async (tx) => {
    progress.phase('Merging the accepted changes', received.workbooks.length, 'workbooks');
    for (const [done, workbook] of received.workbooks.entries()) {
      progress.step(done);
      const file = workbook.file;
      const fileContext: ChangeContext = { ...context, source: 'exchange', sourceFile: file.path, batchId };
      const mine = decided.filter((d) => d.file === file);
      const evidenced = new Set<string>();
      for (const d of mine) {
        const fieldKey = clashKeyOf(d.file, d.change);
        // The same answer accepted from two agencies is written once.
        if (!d.accept || appliedFields.has(fieldKey)) continue;
        appliedFields.add(fieldKey);
        const write = writes.get(d.change.id)!;
        await applyWrite(tx, fileContext, input.planId, workbook.periodId!, workbook.agencyLabel!, write);
        if (d.change.evidence) await writeEvidence(tx, fileContext, { planId: input.planId, periodId: workbook.periodId!, workbook, write, evidence: d.change.evidence, written: evidenced });
        entityIds.add(d.change.entityId);
      }
      await recordSignOff(tx, fileContext, input.planId, workbook.packageId!, file.reportedBy ?? null);
      await recordDecisions(tx, context, { kind: 'exchange', packageId: workbook.packageId!, planId: input.planId, sourceFile: file.path, batchId }, mine);
      // The package goes returned → merged as a change of this batch, so that undoing the merge puts it back to
      // returned (and redo to merged) in the same transaction as the plan's values.
      await tx
        .updateTable('exchange_packages')
        .set({ status: 'merged', returned_at: context.at, returned_file: file.path, merged_at: context.at, merged_by: context.user, merge_batch_id: batchId })
        .where('id', '=', workbook.packageId!)
        .where('status', '!=', 'merged')
        .execute();
      await recordChanges(tx, fileContext, [{ planId: input.planId, entity: 'exchange_package', entityId: workbook.packageId!, field: 'status', oldValue: 'returned', newValue: 'merged' }]);
    }
    await dropReviewDrafts(tx, received.workbooks.map((w) => w.packageId!));
    // The last point a cancel stops the merge: the transaction then takes all of it back.
    progress.step(received.workbooks.length);
  });
  const accepted = decided.filter((d) => d.accept).length;
  return {
    planId: input.planId,
    batchId,
    accepted,
    rejected: decided.length - accepted,
    undoable: await canRevertCleanly(db, batchId, SPECIAL_REVERTS),
    entityIds: [...entityIds],
  };
}

/**
 * How each accepted change is written: as the agency proposed, or with the value the reviewer typed for a conflict
 * between lead agencies, checked as the agency's answer was. A typed value that does not fit refuses the merge,
 * naming the change, its file and what is wrong.
 */
async function plannedWrites(db: DbOrTx, workbooks: readonly ReturnedWorkbook[], decided: readonly DecidedChange[]): Promise<Map<string, PlannedWrite>> {
  const writes = new Map<string, PlannedWrite>();
  for (const workbook of workbooks) for (const [id, write] of workbook.writes) writes.set(id, write);
  for (const d of decided) {
    if (!d.accept || d.value === null) continue;
    const write = writes.get(d.change.id)!;
    const refuse = (why: string): never => {
      throw new AppError('invalid_input', `Nothing was merged: ${changeWords(d)}: the value you typed, "${d.value}", ${why}`, { changeId: d.change.id });
    };
    switch (write.kind) {
      case 'status': {
        const status = statusFromChoice(d.value) ?? refuse(`is not a status; choose one of ${Object.values(STATUS_LABELS).join(', ')}`);
        writes.set(d.change.id, { ...write, status });
        break;
      }
      case 'revisedEnd': {
        const date = parseTimelineDate(d.value);
        const month = date.kind === 'month' ? date.month : date.kind === 'span' ? date.last : refuse('is not a month (write a month such as Jun 2027)');
        writes.set(d.change.id, { ...write, month });
        break;
      }
      case 'actual': {
        const indicator = await db.selectFrom('indicators').select(['kind', 'name']).where('id', '=', write.indicatorId).executeTakeFirstOrThrow();
        const read = readIndicatorValue(d.value, indicator.kind as IndicatorKind);
        if ('error' in read) refuse(`does not fit the indicator "${indicator.name}": ${read.error}`);
        writes.set(d.change.id, { ...write, text: d.value });
        break;
      }
      case 'narrative':
      case 'supportNeeded':
        writes.set(d.change.id, { ...write, text: d.value });
        break;
      default:
        assertNever(write, 'planned write');
    }
  }
  return writes;
}

/** Notes that packages came back (sent → returned) once their files were read; the plan is not touched. */
export async function markReturned(db: Db, at: string, files: readonly ReviewFile[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const file of files) {
      if (file.refused !== null || file.source?.kind !== 'exchange') continue;
      await tx
        .updateTable('exchange_packages')
        .set({ status: 'returned', returned_at: at, returned_file: file.path })
        .where('id', '=', file.source.packageId)
        .where('status', '=', 'sent')
        .execute();
    }
  });
}
