// Changing plans: create a plan, edit one field of an action. Each command is one transaction that
// writes the change and its history entries together.
import { randomUUID } from 'node:crypto';
import type { ActionEditableField } from '../../../shared/contract';
import type { Baseline } from '../../../shared/domain';
import { parseTimelineDate, formatMonth, monthOf, type DateReading, type Month } from '../../../shared/months';
import { AppError, assertNever } from '../../../shared/result';
import {
  FUND_STATUSES,
  IMPLEMENTATION_STATUSES,
  STATUS_LABELS,
  readFundStatus,
  readImplementationStatus,
  type FundStatus,
} from '../../../shared/vocab/status';
import type { ActionUpdate, Db, DbOrTx } from '../db/schema';
import { LINK_FIELDS, linksOf, writeLinks } from '../agencies/action-links';
import { agenciesNamedBy } from '../agencies/link-text';
import { loadAgencyIndex, type AgencyIndex } from '../agencies/registry';
import { recordChanges, type FieldChange } from '../history/store';
import type { ChangeContext } from '../host/context';
import { planIdOf, requireAction } from './plan-queries';
import { updateRow } from '../history/tracked-update';
import { live } from '../db/live';
import { baselineOf, checkStartEditable, revisedEndColumns } from './baseline';

export async function createPlan(db: Db, context: ChangeContext, input: { title: string; description: string }): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('plans')
      .values({
        id,
        title: input.title,
        description: input.description,
        fiscal_year_start_month: 7,
        reporting_frequency: 'fiscal_year',
        created_at: context.at,
        updated_at: context.at,
        deleted_at: null,
      })
      .execute();
    await recordChanges(tx, context, [{ planId: id, entity: 'plan', entityId: id, field: 'created', oldValue: null, newValue: input.title }]);
  });
  return id;
}

interface EditedAction {
  readonly start: Month | null;
  readonly end: Month | null;
  /** The plan's approval: once approved, its planned dates are the baseline (./baseline.ts). */
  readonly baseline: Baseline;
  /** Why the end changed: required for a new end of an approved plan. */
  readonly reason?: string | undefined;
}

/** The columns one edit of a field writes, or an AppError saying why the value is refused. */
function columnsFor(field: ActionEditableField, raw: string | null, current: EditedAction, reading: DateReading = {}): ActionUpdate {
  const value = (raw ?? '').trim();
  switch (field) {
    case 'title':
      if (value === '') throw new AppError('invalid_input', 'An action needs a title');
      return { title: value };
    case 'code':
      return { code: value };
    case 'remarks':
      return { remarks: raw ?? '' };
    case 'fundNote':
      return { fund_note: raw ?? '' };
    case 'statusText':
      return { status_text: value };
    case 'leadText':
      return { lead_text: value };
    case 'collaboratorsText':
      return { collaborators_text: value };
    case 'status': {
      if (value === '') return { status: null, status_text: '' };
      const status = (IMPLEMENTATION_STATUSES as readonly string[]).includes(value)
        ? (value as (typeof IMPLEMENTATION_STATUSES)[number])
        : readImplementationStatus(value);
      if (!status) {
        throw new AppError('invalid_input', `"${value}" is not a status; choose one of: ${Object.values(STATUS_LABELS).join(', ')}`);
      }
      return { status, status_text: STATUS_LABELS[status] };
    }
    case 'fundStatus': {
      if (value === '') return { fund_status: null };
      const fund: FundStatus | null = (FUND_STATUSES as readonly string[]).includes(value) ? (value as FundStatus) : readFundStatus(value);
      if (!fund) throw new AppError('invalid_input', `"${value}" is not a funding status (committed, partially committed, not committed, no budget required)`);
      return { fund_status: fund };
    }
    case 'start': {
      const date = parseTimelineDate(value, reading);
      let start: Month | null;
      let precision: 'month' | 'year' = 'month';
      switch (date.kind) {
        case 'empty': start = null; break;
        case 'month': start = date.month; break;
        case 'year': start = monthOf(date.year, 1); precision = 'year'; break;
        case 'span': start = date.first; break;
        case 'open': throw new AppError('invalid_input', 'A start cannot be open-ended; "Continue" is for the end');
        case 'invalid': throw new AppError('invalid_input', `Start: ${date.reason}`);
        default: return assertNever(date, 'timeline date');
      }
      if (start && current.end && start > current.end) {
        throw new AppError('invalid_input', `The start (${formatMonth(start)}) would be after the end (${formatMonth(current.end)})`);
      }
      if (start !== current.start) checkStartEditable(current.baseline, current);
      return { start_month: start, start_precision: precision };
    }
    case 'end': {
      const date = parseTimelineDate(value, reading);
      let end: Month | null = null;
      let precision: 'month' | 'year' = 'month';
      let open = false;
      switch (date.kind) {
        case 'empty': break;
        case 'open': open = true; break;
        case 'month': end = date.month; break;
        case 'year': end = monthOf(date.year, 12); precision = 'year'; break;
        case 'span': end = date.last; break;
        case 'invalid': throw new AppError('invalid_input', `End: ${date.reason}`);
        default: return assertNever(date, 'timeline date');
      }
      if (end && current.start && end < current.start) {
        throw new AppError('invalid_input', `The end (${formatMonth(end)}) would be before the start (${formatMonth(current.start)})`);
      }
      const revision = revisedEndColumns(current.baseline, current, { end, open }, current.reason);
      if (revision) return revision;
      return { end_month: end, end_precision: precision, end_open: open ? 1 : 0 };
    }
    default:
      return assertNever(field, 'action field');
  }
}

/** What every typed value of a plan's actions is read against: its fiscal year ("FY 2026-27") and its approval. */
interface PlanRules {
  readonly fiscalYearStartMonth: number;
  readonly baseline: Baseline;
}

/** What a block of cells reads once rather than per cell: the plan's rules, and the agency registry when text names agencies. */
interface BlockReads {
  readonly rules: PlanRules;
  agencies: AgencyIndex | null;
}

async function planRulesOf(tx: DbOrTx, planId: string): Promise<PlanRules> {
  const plan = await tx.selectFrom('plans').select('fiscal_year_start_month').where('id', '=', planId).executeTakeFirst();
  return { fiscalYearStartMonth: plan?.fiscal_year_start_month ?? 7, baseline: await baselineOf(tx, planId) };
}

/** Checks and converts one typed value; throws an AppError with the reason when it is refused. */
export async function actionColumnsFor(tx: DbOrTx, actionId: string, field: ActionEditableField, value: string | null, reason?: string, rules?: PlanRules): Promise<ActionUpdate> {
  const before = await requireAction(tx, actionId);
  const plan = rules ?? (await planRulesOf(tx, await planIdOf(tx, 'action', actionId)));
  const current: EditedAction = { start: before.start_month, end: before.end_month, baseline: plan.baseline, reason };
  return columnsFor(field, value, current, { fiscalYearStartMonth: plan.fiscalYearStartMonth });
}

export async function updateActionField(
  db: Db,
  context: ChangeContext,
  input: { actionId: string; field: ActionEditableField; value: string | null; reason?: string | undefined },
): Promise<void> {
  await db.transaction().execute(async (tx) => applyActionField(tx, context, await planIdOf(tx, 'action', input.actionId), input));
}

/** One field of one action, checked and written; agency text also relinks the agencies it names. */
async function applyActionField(
  tx: DbOrTx,
  context: ChangeContext,
  planId: string,
  input: { actionId: string; field: ActionEditableField; value: string | null; reason?: string | undefined },
  block?: BlockReads,
): Promise<void> {
  const columns = await actionColumnsFor(tx, input.actionId, input.field, input.value, input.reason, block?.rules);
  const changes = await updateRow(tx, context, { table: 'actions', id: input.actionId, planId }, columns);
  const role = input.field === 'leadText' ? 'lead' : input.field === 'collaboratorsText' ? 'collaborator' : null;
  if (role && changes.length > 0) await relinkFromText(tx, context, { actionId: input.actionId, planId, role, text: input.value ?? '' }, block);
}

/** After the lead or collaborators text changed, links the agencies it names (none, for an emptied text). */
async function relinkFromText(
  tx: DbOrTx,
  context: ChangeContext,
  input: { actionId: string; planId: string; role: 'lead' | 'collaborator'; text: string },
  block?: BlockReads,
): Promise<void> {
  const changes: FieldChange[] = [];
  let after: string[] = [];
  if (input.text.trim() !== '') {
    const registry = block ? (block.agencies ??= await loadAgencyIndex(tx)) : undefined;
    after = await agenciesNamedBy(tx, context, input.text, changes, registry);
  }
  await replaceLinks(tx, context, { actionId: input.actionId, planId: input.planId, role: input.role, agencyIds: after }, changes);
}

export interface PasteResult {
  readonly applied: number;
  readonly refused: { actionId: string; field: string; value: string; reason: string }[];
  readonly actionIds: readonly string[];
}

type ActionCell = { readonly actionId: string; readonly field: ActionEditableField; readonly value: string };
interface CellRefusal {
  readonly cell: ActionCell;
  readonly error: AppError;
}

/**
 * Writes each cell the way one typed edit would, inside the caller's transaction; returns the cells refused, with
 * the reason. A refused cell is retried once after the others, so that a start and an end that only fit together
 * are both accepted.
 */
async function applyCells(tx: DbOrTx, context: ChangeContext, planId: string, cells: readonly ActionCell[], reason?: string): Promise<CellRefusal[]> {
  // Read once for the whole block (a block of 1,000 cells would read them 1,000 times): the plan's rules, the agency
  // registry, and which of the block's actions are in the plan.
  const block: BlockReads = { rules: await planRulesOf(tx, planId), agencies: null };
  const inPlan = new Map<string, boolean>();
  let pending = [...cells];
  const refused: CellRefusal[] = [];
  for (let pass = 0; pass < 2 && pending.length > 0; pass += 1) {
    const retry: ActionCell[] = [];
    for (const cell of pending) {
      try {
        let known = inPlan.get(cell.actionId);
        if (known === undefined) {
          known = (await planIdOf(tx, 'action', cell.actionId)) === planId;
          inPlan.set(cell.actionId, known);
        }
        if (!known) throw new AppError('invalid_input', 'This action is not in the plan');
        await applyActionField(tx, context, planId, { ...cell, reason }, block);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (pass === 0) retry.push(cell);
        else refused.push({ cell, error });
      }
    }
    pending = retry;
  }
  return refused;
}

/**
 * Applies a block of cells pasted from a spreadsheet: valid cells are saved (one batch, so one undo), refused cells
 * are returned with the reason.
 */
export async function pasteActionCells(db: Db, context: ChangeContext, planId: string, cells: readonly ActionCell[]): Promise<PasteResult> {
  return db.transaction().execute(async (tx) => {
    const refused = await applyCells(tx, context, planId, cells);
    return {
      applied: cells.length - refused.length,
      refused: refused.map(({ cell, error }) => ({ ...cell, reason: error.message })),
      actionIds: [...new Set(cells.map((c) => c.actionId))],
    };
  });
}

/** One refused cell of a block, as the refusal's details carry it. */
export interface RefusedCell {
  readonly actionId: string;
  readonly field: ActionEditableField;
  readonly reason: string;
}

/**
 * Sets many cells at once (a block cleared or filled down in the grid): each checked by the same rules as one typed
 * edit, all written in one transaction and one batch of the history (one undo), or none. When a cell is refused,
 * nothing is written and the error lists every refused cell in its details (`cells`); when the only want is a reason
 * for new ends of an approved plan, the error asks for one as a single edit does, and `reason` serves every cell.
 */
export async function setActionCells(db: Db, context: ChangeContext, planId: string, cells: readonly ActionCell[], reason?: string): Promise<readonly string[]> {
  return db.transaction().execute(async (tx) => {
    const refused = await applyCells(tx, context, planId, cells, reason);
    if (refused.length > 0) {
      if (refused.every(({ error }) => (error.details as { needs?: unknown } | undefined)?.needs === 'reason')) throw refused[0]!.error;
      const details: RefusedCell[] = refused.map(({ cell, error }) => ({ actionId: cell.actionId, field: cell.field, reason: error.message }));
      const first = details[0]!;
      throw new AppError(
        'invalid_input',
        refused.length === 1 ? `Nothing was changed: ${first.reason}` : `Nothing was changed: ${refused.length} cells were refused (first: ${first.reason})`,
        { cells: details },
      );
    }
    return [...new Set(cells.map((c) => c.actionId))];
  });
}

/** Replaces an action's links of one role, tracing the change (with any `pending` entries) when there is one. */
export async function replaceLinks(
  tx: DbOrTx,
  context: ChangeContext,
  input: { actionId: string; planId: string; role: 'lead' | 'collaborator'; agencyIds: readonly string[] },
  pending: FieldChange[],
): Promise<void> {
  const before = await linksOf(tx, input.actionId, input.role);
  const after = [...new Set(input.agencyIds)];
  const changes = [...pending];
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await writeLinks(tx, input.actionId, input.role, after);
    changes.push({ planId: input.planId, entity: 'action', entityId: input.actionId, field: LINK_FIELDS[input.role], oldValue: before, newValue: after });
  }
  await recordChanges(tx, context, changes);
}

/** Links an action's lead or collaborating agencies to registry agencies, with the text as written. */
export async function setActionAgencies(
  db: Db,
  context: ChangeContext,
  input: { actionId: string; role: 'lead' | 'collaborator'; agencyIds: readonly string[]; text: string },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await requireAction(tx, input.actionId);
    const planId = await planIdOf(tx, 'action', input.actionId);
    const known = await tx.selectFrom('agencies').select('id').where('id', 'in', input.agencyIds.length > 0 ? [...input.agencyIds] : ['']).where(live()).execute();
    const missing = input.agencyIds.filter((id) => !known.some((k) => k.id === id));
    if (missing.length > 0) throw new AppError('not_found', `No agency with id ${missing[0]} in the registry`);
    await replaceLinks(tx, context, { actionId: input.actionId, planId, role: input.role, agencyIds: input.agencyIds }, []);
    await updateRow(tx, context, { table: 'actions', id: input.actionId, planId }, { [input.role === 'lead' ? 'lead_text' : 'collaborators_text']: input.text.trim() });
  });
}

