// plan approve / plan rebaseline: the plan's baseline from the command line, as the Overview's Baseline panel sets it.
import { parseArgs } from 'node:util';
import { dayWords } from '../../../shared/dates';
import { cliChangeContext, planOf, print, printJson, requireOption, UsageError, withCore, type CliCommand } from '../cli-support';

export const planCommand: CliCommand = {
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        plan: { type: 'string' },
        on: { type: 'string' },
        reason: { type: 'string' },
        user: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const what = positionals[0];
    if ((what !== 'approve' && what !== 'rebaseline') || positionals.length !== 1) {
      throw new UsageError('plan takes one subcommand: plan approve --db … [--on YYYY-MM-DD], or plan rebaseline --db … --reason …');
    }
    const dbPath = requireOption(values, 'db');
    if (what === 'rebaseline' && (values.reason ?? '').trim() === '') {
      throw new UsageError('--reason is required: say why the revised ends become the plan (e.g. the committee meeting that agreed it)');
    }
    const outcome = await withCore(dbPath, async (core) => {
      const planId = await planOf(core, values.plan, dbPath);
      const context = await cliChangeContext(core, values.user, 'edit', null);
      return core.run('plans:baseline', what === 'approve' ? { context, planId, what, ...(values.on ? { on: values.on } : {}) } : { context, planId, what, reason: values.reason! });
    });
    if (values.json) {
      printJson(outcome);
      return;
    }
    const { baseline, actions } = outcome;
    if (actions === null) print(`Plan approved on ${dayWords(baseline.approvedOn!)} by ${baseline.approvedBy}: its planned dates are now the baseline.`);
    else print(`Rebaselined: the revised ends of ${actions} action${actions === 1 ? '' : 's'} are now their planned ends (${baseline.rebaselineReason}).`);
  },
};
