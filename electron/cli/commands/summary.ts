// summary: the plans of a workspace with their counts.
import { parseArgs } from 'node:util';
import { monthOfDate } from '../../../shared/months';
import { IMPLEMENTATION_STATUSES, STATUS_LABELS } from '../../../shared/vocab/status';
import { countAgencies } from '../../core/agencies/registry';
import { listPlanSummaries } from '../../core/plan/plan-queries';
import { ratePlan } from '../../core/ratings/plan-ratings';
import { DELIVERY_RATINGS, RATING_LABELS } from '../../../shared/vocab/ratings';
import { print, printJson, requireOption, withWorkspace, type CliCommand } from '../cli-support';

export const summaryCommand: CliCommand = {
  async run(args) {
    const { values } = parseArgs({ args: [...args], options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const db = requireOption(values, 'db');
    const month = monthOfDate(new Date());
    const summary = await withWorkspace(db, async (connection) => {
      const plans = await listPlanSummaries(connection.db, month);
      const codes = new Map((await connection.db.selectFrom('actions').select(['id', 'code']).execute()).map((a) => [a.id, a.code]));
      const withRatings = [];
      for (const plan of plans) {
        const rated = await ratePlan(connection.db, plan.id, month);
        withRatings.push({
          ...plan,
          ratings: {
            month: rated.month,
            period: rated.period?.label ?? null,
            counts: rated.plan.counts,
            summary: rated.plan.summary,
            actions: rated.actions.map((a) => ({
              id: a.actionId,
              code: codes.get(a.actionId) ?? '',
              rating: a.rating,
              computed: a.computed,
              reasons: a.findings.map((f) => f.reason),
              override: a.override ? { rating: a.override.rating, reason: a.override.reason, setBy: a.override.setBy, setAt: a.override.setAt } : null,
            })),
          },
        });
      }
      return { workspace: connection.path, agencies: await countAgencies(connection.db), plans: withRatings };
    });
    if (values.json) {
      printJson(summary);
      return;
    }
    print(`Workspace ${summary.workspace}: ${summary.plans.length} plan(s), ${summary.agencies} agencies`);
    for (const plan of summary.plans) {
      print(
        `\n${plan.title}  [${plan.id}]\n  ${plan.chapters} chapters, ${plan.statements} statements, ${plan.actions} actions, ` +
          `${plan.indicators} indicators, ${plan.agencies} agencies, ${plan.overdue} overdue\n  ` +
          IMPLEMENTATION_STATUSES.map((s) => `${STATUS_LABELS[s]}: ${plan.actionsByStatus[s]}`).join(', ') +
          `, No status: ${plan.actionsByStatus.unknown}\n  Delivery (${plan.ratings.period ?? plan.ratings.month}): ` +
          DELIVERY_RATINGS.map((r) => `${RATING_LABELS[r]}: ${plan.ratings.counts[r]}`).join(', ') +
          ` — overall ${RATING_LABELS[plan.ratings.summary].toLowerCase()}`,
      );
    }
  },
};
