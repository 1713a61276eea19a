// Changing plans: create a plan, edit one field of an action. Each command is one transaction that
// writes the change and its history entries together.
import { randomUUID } from 'node:crypto';
import type { ActionEditableField } from '../../../shared/contract';
import type { Action } from '../../../shared/domain';
import { parseTimelineDate, formatMonth, monthOf, type Month } from '../../../shared/months';
import { AppError, assertNever } from '../../../shared/result';
import {
  FUND_STATUSES,
  IMPLEMENTATION_STATUSES,
  STATUS_LABELS,
  readFundStatus,
  readImplementationStatus,
  type FundStatus,
} from '../../../shared/status';
import type { ActionUpdate, Db } from '../db/schema';
import { recordChanges, type ChangeContext, type FieldChange } from '../history/history';
import { loadActionAgencies, requireAction } from './plan-queries';
import { toAction } from './action-mapper';

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

/** The columns one edit of a field writes, or an AppError saying why the value is refused. */
function columnsFor(field: ActionEditableField, raw: string | null, current: { start: Month | null; end: Month | null }): ActionUpdate {
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
      const date = parseTimelineDate(value);
      let start: Month | null;
      let precision: 'month' | 'year' = 'month';
      switch (date.kind) {
        case 'empty': start = null; break;
        case 'month': start = date.month; break;
        case 'year': start = monthOf(date.year, 1); precision = 'year'; break;
        case 'open': throw new AppError('invalid_input', 'A start cannot be open-ended; "Continue" is for the end');
        case 'invalid': throw new AppError('invalid_input', `Start: ${date.reason}`);
        default: return assertNever(date, 'timeline date');
      }
      if (start && current.end && start > current.end) {
        throw new AppError('invalid_input', `The start (${formatMonth(start)}) would be after the end (${formatMonth(current.end)})`);
      }
      return { start_month: start, start_precision: precision };
    }
    case 'end': {
      const date = parseTimelineDate(value);
      let end: Month | null = null;
      let precision: 'month' | 'year' = 'month';
      let open = false;
      switch (date.kind) {
        case 'empty': break;
        case 'open': open = true; break;
        case 'month': end = date.month; break;
        case 'year': end = monthOf(date.year, 12); precision = 'year'; break;
        case 'invalid': throw new AppError('invalid_input', `End: ${date.reason}`);
        default: return assertNever(date, 'timeline date');
      }
      if (end && current.start && end < current.start) {
        throw new AppError('invalid_input', `The end (${formatMonth(end)}) would be before the start (${formatMonth(current.start)})`);
      }
      return { end_month: end, end_precision: precision, end_open: open ? 1 : 0 };
    }
    default:
      return assertNever(field, 'action field');
  }
}

export async function updateActionField(
  db: Db,
  context: ChangeContext,
  input: { actionId: string; field: ActionEditableField; value: string | null },
  currentMonth: Month,
): Promise<Action> {
  return db.transaction().execute(async (tx) => {
    const before = await requireAction(tx, input.actionId);
    const columns = columnsFor(input.field, input.value, { start: before.start_month, end: before.end_month });
    const changes: FieldChange[] = [];
    const planRow = await tx
      .selectFrom('policy_statements')
      .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
      .select('chapters.plan_id')
      .where('policy_statements.id', '=', before.statement_id)
      .executeTakeFirstOrThrow();
    for (const [column, newValue] of Object.entries(columns) as [keyof typeof before, unknown][]) {
      const oldValue = before[column];
      if (oldValue === newValue) continue;
      changes.push({ planId: planRow.plan_id, entity: 'action', entityId: before.id, field: column, oldValue, newValue });
    }
    if (changes.length > 0) {
      await tx.updateTable('actions').set({ ...columns, updated_at: context.at }).where('id', '=', before.id).execute();
      await recordChanges(tx, context, changes);
    }
    const after = await requireAction(tx, before.id);
    return toAction(after, await loadActionAgencies(tx, before.id), currentMonth);
  });
}
