// rating set: the analyst's override of an action's delivery rating for a reporting period, with its reason.
import { parseArgs } from 'node:util';
import { monthOfDate } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import { RATING_COLOURS, ratingWords } from '../../../shared/vocab/ratings';
import type { RatingColour } from '../../../shared/domain';
import type { Db } from '../../core/db/schema';
import { live } from '../../core/db/live';
import { setOverride } from '../../core/ratings/overrides';
import { ratePlan } from '../../core/ratings/plan-ratings';
import { ensurePeriods } from '../../core/reporting/periods';
import { cliChangeContext, print, printJson, requireOption, UsageError, withWorkspace, type CliCommand } from '../cli-support';
import { planOf } from './exchange';

/** The action named by its id or its code; codes are labels, not keys, so a code two actions share is refused. */
async function actionOf(db: Db, planId: string, wanted: string): Promise<string> {
  const matches = await db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['actions.id', 'actions.code', 'actions.title'])
    .where('chapters.plan_id', '=', planId)
    .where(live('actions'))
    .where((eb) => eb.or([eb('actions.id', '=', wanted), eb('actions.code', '=', wanted.trim())]))
    .execute();
  const byId = matches.find((m) => m.id === wanted);
  if (byId) return byId.id;
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new AppError('not_found', `No action with code or id "${wanted}" in this plan`);
  throw new AppError('invalid_input', `${matches.length} actions have the code ${wanted}; name one by its id: ${matches.map((m) => `${m.id} "${m.title}"`).join(', ')}`);
}

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
    const outcome = await withWorkspace(dbPath, async ({ db }) => {
      const planId = await planOf(db, values.plan, dbPath);
      const actionId = await actionOf(db, planId, actionWanted);
      const month = monthOfDate(new Date());
      const periods = await ensurePeriods(db, planId, month);
      const period = periods.find((p) => p.label.toLowerCase() === periodLabel.trim().toLowerCase());
      if (!period) throw new AppError('invalid_input', `"${periodLabel}" is not a reporting period of this plan (${periods.map((p) => p.label).join(', ')})`);
      const override = await setOverride(db, await cliChangeContext(db, values.user, 'edit', null), { actionId, periodId: period.id, rating: rating as RatingColour, reason });
      const current = (await ratePlan(db, planId, month)).actions.find((a) => a.actionId === actionId)!;
      return { override, current };
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
