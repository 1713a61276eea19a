// summary: the plans of a workspace with their counts.
import { parseArgs } from 'node:util';
import { IMPLEMENTATION_STATUSES, STATUS_LABELS } from '../../../shared/vocab/status';
import { DELIVERY_RATINGS, RATING_LABELS } from '../../../shared/vocab/ratings';
import { print, printJson, requireOption, withCore, type CliCommand } from '../cli-support';

export const summaryCommand: CliCommand = {
  async run(args) {
    const { values } = parseArgs({ args: [...args], options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const db = requireOption(values, 'db');
    const summary = await withCore(db, async (core) => {
      const { workspacePath, agencies, plans } = await core.run('workspace:summaryWithRatings', {});
      return { workspace: workspacePath, agencies, plans };
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
