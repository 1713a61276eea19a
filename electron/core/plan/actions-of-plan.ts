// A plan holds chapters, chapters hold statements, statements hold actions: a plan's actions (and through them
// its indicators and agency links) are found through their statement and chapter.
import type { DbOrTx } from '../db/schema';
import { live } from '../db/live';

/**
 * The actions of a plan, joined to their statement and chapter, to select from or join onto: `live`, the actions
 * not deleted in a statement and chapter not deleted; `all`, every action the plan has had.
 */
export function actionsOfPlan(db: DbOrTx, planId: string, which: 'live' | 'all') {
  const all = db
    .selectFrom('actions')
    .innerJoin('policy_statements', 'policy_statements.id', 'actions.statement_id')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .where('chapters.plan_id', '=', planId);
  if (which === 'all') return all;
  return all.where(live('actions')).where(live('policy_statements')).where(live('chapters'));
}
