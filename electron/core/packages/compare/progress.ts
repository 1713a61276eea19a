// The progress of each period (actuals, narratives, support needed, reported status), per action or indicator:
// rows matched by action, indicator and period (periods by kind and start, as each workspace has its own ids).
import type { DbOrTx } from '../../db/schema';
import type { PackProgress } from '../pack-format';
import { PROGRESS_RULES, type ProgressRow } from './field-rules';
import { heldHere } from './items';
import type { PackReview } from './review';

const periodKeyOf = (kind: string, start: string) => `${kind}|${start}`;

export async function compareProgress(db: DbOrTx, review: PackReview, planId: string, progress: PackProgress): Promise<void> {
  const { theirs, ours } = review;
  const localPeriods = await db.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).execute();
  const localPeriodKeys = new Map(localPeriods.map((p) => [p.id, periodKeyOf(p.kind, p.start_month)]));
  const localRows = await db
    .selectFrom('progress_updates')
    .selectAll()
    .where('period_id', 'in', localPeriods.length > 0 ? localPeriods.map((p) => p.id) : [''])
    .execute();
  const localByKey = new Map(localRows.map((r) => [`${r.action_id}|${r.indicator_id ?? ''}|${localPeriodKeys.get(r.period_id)}`, r]));
  const packPeriods = new Map(progress.periods.map((p) => [p.id, p]));
  for (const row of progress.updates) {
    const period = packPeriods.get(row.periodId);
    const owner = theirs.actions.get(row.actionId);
    if (!period || !owner || review.removedHere.has(row.actionId)) continue;
    // Progress of an indicator removed here stays out, as its indicator does.
    if (row.indicatorId !== null && (!theirs.indicators.has(row.indicatorId) || (!ours.indicators.has(row.indicatorId) && ours.actions.has(row.actionId) && (await heldHere(db, review.sides, 'indicators', row.indicatorId))))) continue;
    const mine = localByKey.get(`${row.actionId}|${row.indicatorId ?? ''}|${periodKeyOf(period.kind, period.start)}`);
    const mineAsPack: ProgressRow | null = mine
      ? { ...row, status: mine.status, actualText: mine.actual_text, actualValue: mine.actual_value, narrative: mine.narrative, supportNeeded: mine.support_needed }
      : null;
    const indicatorName = row.indicatorId ? theirs.indicators.get(row.indicatorId)!.item.name : null;
    for (const rule of PROGRESS_RULES) {
      const after = rule.columns(row);
      if (JSON.stringify(rule.columns(mineAsPack)) === JSON.stringify(after)) continue;
      review.weigh(
        review.actionGroup(row.actionId),
        { entity: 'progress', entityId: row.id, field: `${rule.field}|${period.kind}|${period.start}`, label: rule.label(period.label, indicatorName), oldValue: rule.words(mineAsPack) || null, newValue: rule.words(row) || null, kind: 'field' },
        { write: { kind: 'progress', actionId: row.actionId, indicatorId: row.indicatorId, period, rowId: row.id, columns: after }, sequence: owner.sequence },
        { theirIds: [row.id], ourIds: mine ? [mine.id] : [], fields: Object.keys(after) },
        { code: owner.item.code, title: owner.item.title },
      );
    }
  }
}
