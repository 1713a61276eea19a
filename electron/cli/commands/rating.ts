// rating set: the analyst's override of an action's delivery rating for a reporting period, with its reason.
import { parseArgs } from 'node:util';
import { RATING_COLOURS, ratingWords } from '../../../shared/vocab/ratings';
import type { RatingColour } from '../../../shared/domain';
import { cliChangeContext, planOf, print, printJson, requireOption, UsageError, withCore, type CliCommand } from '../cli-support';

export const ratingCommand: CliCommand = {
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        plan: { type: 'string' },
        action: { type: 'string' },
        period: { type: 'string' },
        rating: { type: 'string' },
        reason: { type: 'string' },
        user: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (positionals[0] !== 'set' || positionals.length !== 1) throw new UsageError('rating takes one subcommand: rating set --db … --action … --period … --rating … --reason …');
    const dbPath = requireOption(values, 'db');
    const actionWanted = requireOption(values, 'action');
    const periodLabel = requireOption(values, 'period');
    const rating = requireOption(values, 'rating').toLowerCase();
    if (!(RATING_COLOURS as readonly string[]).includes(rating)) throw new UsageError(`--rating must be red, amber or green (got "${values.rating}")`);
    const reason = (values.reason ?? '').trim();
    if (reason === '') throw new UsageError('--reason is required: say why the rating differs from the computed one');
    const outcome = await withCore(dbPath, async (core) => {
      const planId = await planOf(core, values.plan, dbPath);
      return core.run('ratings:set', { context: await cliChangeContext(core, values.user, 'edit', null), planId, action: actionWanted, periodLabel, rating: rating as RatingColour, reason });
    });
    const { override, current } = outcome;
    if (values.json) {
      printJson({ override, ratingNow: current.rating, computedNow: current.computed, reasons: current.findings.map((f) => f.reason) });
      return;
    }
    print(`Rating of ${actionWanted} for ${override.periodLabel} set to ${override.rating} by ${override.setBy}: ${override.reason}`);
    // An override of another period than the current one is kept, but the rating shown now is this period's.
    print(`Shown now: ${ratingWords(current)}`);
  },
};
