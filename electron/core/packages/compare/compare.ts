// Compares a package's plan with the local plan of the same id, by internal id: fields of the plan, chapters,
// statements, actions (agency links included) and indicators; actuals, narratives and support needed per period;
// items added, moved (another parent or another place among their siblings) and removed. Each difference is
// weighed against the two change histories: a field changed only on the other laptop since their common entries
// is proposed; changed on both, it is a conflict; changed only here, the package simply holds the older value,
// so nothing is proposed and the review lists it as kept. Reads only.
import { loadAgencyIndex } from '../../agencies/registry';
import type { DbOrTx } from '../../db/schema';
import type { PlanFilePlan } from '../../planfile/format';
import type { PackHistoryEntry, PackProgress } from '../pack-format';
import { AgencyRefs } from './agency-refs';
import { flatten } from './flatten';
import { readHistorySides } from './history-sides';
import { compareItems } from './items';
import { proposeMoves } from './moves';
import { compareProgress } from './progress';
import { proposeRemovals } from './removals';
import { PackReview, type PackComparison } from './review';

export type { PackComparison } from './review';

export interface ComparedPack {
  readonly packId: string;
  readonly plan: PlanFilePlan;
  readonly history: readonly PackHistoryEntry[];
  readonly progress: PackProgress;
}

export async function comparePack(db: DbOrTx, pack: ComparedPack, local: PlanFilePlan): Promise<PackComparison> {
  const planId = local.id ?? '';
  const sides = await readHistorySides(db, planId, pack.history);
  const review = new PackReview(pack.packId, flatten(pack.plan), flatten(local), sides);
  const refs = new AgencyRefs(await loadAgencyIndex(db), review.problems);
  await compareItems(db, review, refs, pack.plan, local);
  proposeMoves(review);
  proposeRemovals(review);
  await compareProgress(db, review, planId, pack.progress);
  return review.result();
}
