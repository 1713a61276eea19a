// An action named the way a person names it on the command line: by its id, or by its code in the plan.
import { AppError } from '../../../shared/result';
import type { DbOrTx } from '../db/schema';
import { actionsOfPlan } from './actions-of-plan';

/** The live action of the plan with this id or code; codes are labels, not keys, so a code two actions share is refused. */
export async function findActionByCodeOrId(db: DbOrTx, planId: string, wanted: string): Promise<string> {
  const matches = await actionsOfPlan(db, planId, 'live')
    .select(['actions.id', 'actions.code', 'actions.title'])
    .where((eb) => eb.or([eb('actions.id', '=', wanted), eb('actions.code', '=', wanted.trim())]))
    .execute();
  const byId = matches.find((m) => m.id === wanted);
  if (byId) return byId.id;
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new AppError('not_found', `No action with code or id "${wanted}" in this plan`);
  throw new AppError('invalid_input', `${matches.length} actions have the code ${wanted}; name one by its id: ${matches.map((m) => `${m.id} "${m.title}"`).join(', ')}`);
}
