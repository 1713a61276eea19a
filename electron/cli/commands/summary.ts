// summary: the plans of a workspace with their counts.
import { parseArgs } from 'node:util';
import { monthOfDate } from '../../../shared/months';
import { IMPLEMENTATION_STATUSES, STATUS_LABELS } from '../../../shared/vocab/status';
import { countAgencies } from '../../core/agencies/registry';
import { listPlanSummaries } from '../../core/plan/plan-queries';
import { print, printJson, requireOption, withWorkspace, type CliCommand } from '../cli-support';

export const summaryCommand: CliCommand = {
  async run(args) {
    const { values } = parseArgs({ args: [...args], options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const db = requireOption(values, 'db');
    const summary = await withWorkspace(db, async (connection) => ({
      workspace: connection.path,
      agencies: await countAgencies(connection.db),
      plans: await listPlanSummaries(connection.db, monthOfDate(new Date())),
    }));
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
          `, No status: ${plan.actionsByStatus.unknown}`,
      );
    }
  },
};
