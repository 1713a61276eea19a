// Editing indicators: add, change a field (with the value read for the indicator's kind), delete, and
// record an actual value for a reporting period. Every change is traced like any other edit.
import { randomUUID } from 'node:crypto';
import type { IndicatorKind } from '../../../shared/domain';
import { INDICATOR_KINDS, readIndicatorValue } from '../../../shared/indicators';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { recordChanges } from '../history/store';
import type { ChangeContext } from '../host/context';
import { positionAfterLast, updateRow } from '../history/tracked-update';
import { planIdOf, requireAction } from '../plan/plan-queries';
import { live } from '../db/live';

export type IndicatorField = 'name' | 'kind' | 'unit' | 'baseline' | 'target';

async function requireIndicator(tx: DbOrTx, indicatorId: string) {
  const row = await tx.selectFrom('indicators').selectAll().where('id', '=', indicatorId).where(live()).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No indicator with id ${indicatorId} in this workspace`);
  return row;
}

function valueOrRefuse(text: string, kind: IndicatorKind, what: string): number | null {
  const read = readIndicatorValue(text, kind);
  if ('error' in read) throw new AppError('invalid_input', `${what}: ${read.error}`);
  return read.value;
}

export async function createIndicator(db: Db, context: ChangeContext, input: { actionId: string; name: string }): Promise<string> {
  return db.transaction().execute(async (tx) => {
    await requireAction(tx, input.actionId);
    const last = await tx.selectFrom('indicators').select((eb) => eb.fn.max('position').as('p')).where('action_id', '=', input.actionId).executeTakeFirst();
    const id = randomUUID();
    await tx
      .insertInto('indicators')
      .values({ id, action_id: input.actionId, position: positionAfterLast(last?.p), name: input.name, created_at: context.at, updated_at: context.at })
      .execute();
    await recordChanges(tx, context, [{ planId: await planIdOf(tx, 'action', input.actionId), entity: 'indicator', entityId: id, field: 'created', oldValue: null, newValue: input.name }]);
    return id;
  });
}

export async function updateIndicator(db: Db, context: ChangeContext, input: { indicatorId: string; field: IndicatorField; value: string }): Promise<void> {
  await db.transaction().execute((tx) => writeIndicatorField(tx, context, input));
}

/** One field of an indicator, checked and written inside the caller's transaction. */
async function writeIndicatorField(tx: DbOrTx, context: ChangeContext, input: { indicatorId: string; field: IndicatorField; value: string }): Promise<void> {
  const row = await requireIndicator(tx, input.indicatorId);
  const planId = await planIdOf(tx, 'action', row.action_id);
  const text = input.value.trim();
  const kind = row.kind as IndicatorKind;
  let columns: Record<string, unknown>;
  switch (input.field) {
    case 'name':
      if (text === '') throw new AppError('invalid_input', 'An indicator needs a name');
      columns = { name: text };
      break;
    case 'unit':
      columns = { unit: text };
      break;
    case 'baseline':
      columns = { baseline_text: text, baseline_value: valueOrRefuse(text, kind, 'Baseline') };
      break;
    case 'target':
      columns = { target_text: text, target_value: valueOrRefuse(text, kind, 'Target') };
      break;
    case 'kind': {
      if (!(INDICATOR_KINDS as readonly string[]).includes(text)) throw new AppError('invalid_input', `"${text}" is not an indicator kind (${INDICATOR_KINDS.join(', ')})`);
      const next = text as IndicatorKind;
      // The values stay as written; they are read again for the new kind, which may refuse them.
      columns = {
        kind: next,
        baseline_value: valueOrRefuse(row.baseline_text, next, 'The baseline as the new kind'),
        target_value: valueOrRefuse(row.target_text, next, 'The target as the new kind'),
      };
      break;
    }
    default:
      throw new AppError('invalid_input', `Unknown indicator field ${String(input.field)}`);
  }
  await updateRow(tx, context, { table: 'indicators', id: row.id, planId }, columns);
}

/** A cell of the Indicators grid: a field of the indicator, or its actual for a reporting period. */
export type IndicatorCell =
  | { readonly indicatorId: string; readonly field: 'name' | 'kind' | 'baseline' | 'target'; readonly value: string }
  | { readonly indicatorId: string; readonly periodId: string; readonly value: string };

/** One refused cell of a block, as the refusal's details carry it. */
export interface RefusedIndicatorCell {
  readonly indicatorId: string;
  /** The field, or the period's id for an actual. */
  readonly column: string;
  readonly reason: string;
}

/**
 * Sets many cells of the Indicators grid at once (a block cleared or filled down): each checked by the same rules as
 * one typed value, all written in one transaction and one batch of the history (one undo), or none; the error then
 * lists every refused cell in its details (`cells`). Returns the indicators changed.
 */
export async function setIndicatorCells(db: Db, context: ChangeContext, planId: string, cells: readonly IndicatorCell[]): Promise<readonly string[]> {
  return db.transaction().execute(async (tx) => {
    const refused: RefusedIndicatorCell[] = [];
    for (const cell of cells) {
      const column = 'field' in cell ? cell.field : cell.periodId;
      try {
        const indicator = await requireIndicator(tx, cell.indicatorId);
        if ((await planIdOf(tx, 'action', indicator.action_id)) !== planId) throw new AppError('invalid_input', 'This indicator is not in the plan');
        if ('field' in cell) await writeIndicatorField(tx, context, cell);
        else await writeActual(tx, context, cell);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push({ indicatorId: cell.indicatorId, column, reason: error.message });
      }
    }
    if (refused.length > 0) {
      const first = refused[0]!.reason;
      throw new AppError(
        'invalid_input',
        refused.length === 1 ? `Nothing was changed: ${first}` : `Nothing was changed: ${refused.length} cells were refused (first: ${first})`,
        { cells: refused },
      );
    }
    return [...new Set(cells.map((c) => c.indicatorId))];
  });
}

export async function deleteIndicator(db: Db, context: ChangeContext, indicatorId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await requireIndicator(tx, indicatorId);
    await updateRow(tx, context, { table: 'indicators', id: row.id, planId: await planIdOf(tx, 'action', row.action_id) }, { deleted_at: context.at });
  });
}

/** Records the actual value of an indicator for a period (blank clears it). */
export async function setActual(db: Db, context: ChangeContext, input: { indicatorId: string; periodId: string; value: string }): Promise<void> {
  await db.transaction().execute((tx) => writeActual(tx, context, input));
}

/** setActual inside the caller's transaction (a merge of returned workbooks writes many in one). */
export async function writeActual(tx: DbOrTx, context: ChangeContext, input: { indicatorId: string; periodId: string; value: string }): Promise<void> {
  const indicator = await requireIndicator(tx, input.indicatorId);
  const planId = await planIdOf(tx, 'action', indicator.action_id);
  const period = await tx.selectFrom('reporting_periods').selectAll().where('id', '=', input.periodId).executeTakeFirst();
  if (!period || period.plan_id !== planId) throw new AppError('not_found', `No reporting period with id ${input.periodId} in this plan`);
  const text = input.value.trim();
  const value = valueOrRefuse(text, indicator.kind as IndicatorKind, `Actual for ${period.label}`);
  let update = await tx
    .selectFrom('progress_updates')
    .select('id')
    .where('indicator_id', '=', indicator.id)
    .where('period_id', '=', period.id)
    .executeTakeFirst();
  if (!update) {
    // Created empty, then filled like an edit, so that undo simply empties it again.
    update = { id: randomUUID() };
    await tx
      .insertInto('progress_updates')
      .values({ id: update.id, action_id: indicator.action_id, indicator_id: indicator.id, period_id: period.id, created_at: context.at, updated_at: context.at, source: context.source })
      .execute();
  }
  await updateRow(tx, context, { table: 'progress_updates', id: update.id, planId }, { actual_text: text, actual_value: value });
}
