// A plan's rating thresholds: one row of rating_settings per plan, the defaults below where none was saved.
// The README's "Delivery ratings" lists the defaults and the ranges; a change is checked here (and by the table's
// CHECK constraint) and recorded in the change history.
import type { RatingSettings } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { DEFAULT_RATING_SETTINGS } from '../../../shared/vocab/ratings';
import type { Db, DbOrTx, RatingSettingsTable } from '../db/schema';
import type { ChangeContext } from '../host/context';
import { recordChanges } from '../history/store';
import { updateRow } from '../history/tracked-update';
import { live } from '../db/live';

// The defaults live beside the thresholds' words in shared/vocab/ratings.ts: the rules dialog shows them too.
export { DEFAULT_RATING_SETTINGS };

/** Each threshold's allowed whole numbers and its words in a refusal. */
const RANGES: Readonly<Record<keyof RatingSettings, { readonly min: number; readonly max: number; readonly words: string }>> = {
  soonMonths: { min: 1, max: 12, words: 'the months counted as "soon"' },
  slipAmberMonths: { min: 1, max: 60, words: 'the slip in months that makes an action amber' },
  slipRedMonths: { min: 1, max: 60, words: 'the slip in months that makes an action red' },
  behindAmberPoints: { min: 1, max: 100, words: 'the points behind trajectory that make an action amber' },
  behindRedPoints: { min: 1, max: 100, words: 'the points behind trajectory that make an action red' },
  rollupSharePercent: { min: 1, max: 100, words: 'the share of red or amber actions that colours a roll-up' },
};

/** The settings as given, or a refusal naming the first threshold out of range. */
export function checkRatingSettings(settings: RatingSettings): RatingSettings {
  for (const [key, range] of Object.entries(RANGES) as [keyof RatingSettings, (typeof RANGES)[keyof RatingSettings]][]) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      throw new AppError('invalid_input', `${range.words} must be a whole number from ${range.min} to ${range.max} (got ${String(value)})`, { field: key });
    }
  }
  if (settings.slipRedMonths < settings.slipAmberMonths) {
    throw new AppError('invalid_input', `The slip for red (${settings.slipRedMonths} months) cannot be less than the slip for amber (${settings.slipAmberMonths})`, { field: 'slipRedMonths' });
  }
  if (settings.behindRedPoints < settings.behindAmberPoints) {
    throw new AppError('invalid_input', `The points behind for red (${settings.behindRedPoints}) cannot be less than those for amber (${settings.behindAmberPoints})`, { field: 'behindRedPoints' });
  }
  return settings;
}

function columnsOf(settings: RatingSettings): Omit<RatingSettingsTable, 'id' | 'plan_id' | 'created_at' | 'updated_at'> {
  return {
    soon_months: settings.soonMonths,
    slip_amber_months: settings.slipAmberMonths,
    slip_red_months: settings.slipRedMonths,
    behind_amber_points: settings.behindAmberPoints,
    behind_red_points: settings.behindRedPoints,
    rollup_share_percent: settings.rollupSharePercent,
  };
}

export async function readRatingSettings(db: DbOrTx, planId: string): Promise<RatingSettings> {
  const row = await db.selectFrom('rating_settings').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  if (!row) return DEFAULT_RATING_SETTINGS;
  return {
    soonMonths: row.soon_months,
    slipAmberMonths: row.slip_amber_months,
    slipRedMonths: row.slip_red_months,
    behindAmberPoints: row.behind_amber_points,
    behindRedPoints: row.behind_red_points,
    rollupSharePercent: row.rollup_share_percent,
  };
}

/** Saves the plan's thresholds (all of them, checked first), each changed one in the history. */
export async function setRatingSettings(db: Db, context: ChangeContext, planId: string, settings: RatingSettings): Promise<RatingSettings> {
  checkRatingSettings(settings);
  await db.transaction().execute(async (tx) => {
    const plan = await tx.selectFrom('plans').select('id').where('id', '=', planId).where(live()).executeTakeFirst();
    if (!plan) throw new AppError('not_found', `No plan with id ${planId} in this workspace`);
    const existing = await tx.selectFrom('rating_settings').select('id').where('plan_id', '=', planId).executeTakeFirst();
    if (existing) {
      await updateRow(tx, context, { table: 'rating_settings', id: existing.id, planId }, columnsOf(settings));
      return;
    }
    const row = { id: planId, plan_id: planId, ...columnsOf(settings), created_at: context.at, updated_at: context.at };
    await tx.insertInto('rating_settings').values(row).execute();
    const before = columnsOf(DEFAULT_RATING_SETTINGS);
    await recordChanges(
      tx,
      context,
      Object.entries(columnsOf(settings))
        .filter(([column, value]) => before[column as keyof typeof before] !== value)
        .map(([column, value]) => ({ planId, entity: 'rating_settings' as const, entityId: planId, field: column, oldValue: before[column as keyof typeof before], newValue: value })),
    );
  });
  return readRatingSettings(db, planId);
}
