// What the reviewer decided on each proposed change of a merge, kept in review_decisions with its note: for returned
// update workbooks and plan packages alike, in the merge's own transaction. The one module touching that table.
import type { DbOrTx } from '../db/schema';
import type { ChangeContext } from '../host/context';
import type { DecidedChange } from './decisions';

/** The merge the decisions belong to. */
export interface DecidedMerge {
  readonly kind: 'exchange' | 'package';
  /** The update workbook's package, or the plan package. */
  readonly packageId: string;
  readonly planId: string;
  readonly sourceFile: string;
  readonly batchId: string;
}

export async function recordDecisions(
  tx: DbOrTx,
  context: Pick<ChangeContext, 'user' | 'at'>,
  merge: DecidedMerge,
  decided: readonly (Pick<DecidedChange, 'change' | 'accept' | 'note'> & { readonly value?: string | null })[],
): Promise<void> {
  for (const d of decided) {
    await tx
      .insertInto('review_decisions')
      .values({
        kind: merge.kind,
        package_id: merge.packageId,
        plan_id: merge.planId,
        change_id: d.change.id,
        entity: d.change.entity,
        entity_id: d.change.entityId,
        field: d.change.field,
        old_value: d.change.oldValue,
        // The value merged: the reviewer's own where they typed one for a conflict between lead agencies.
        new_value: d.value ?? d.change.newValue,
        conflict: d.change.conflict,
        accepted: d.accept ? 1 : 0,
        note: d.note,
        source_file: merge.sourceFile,
        decided_by: context.user,
        decided_at: context.at,
        batch_id: merge.batchId,
      })
      .execute();
  }
}

/** How many changes were accepted and rejected, by file (package) and by the merge (batch) that decided them. */
export async function countDecisions(
  db: DbOrTx,
  kind: DecidedMerge['kind'],
  planId: string,
): Promise<{ packageId: string; batchId: string; accepted: boolean; count: number }[]> {
  const rows = await db
    .selectFrom('review_decisions')
    .select(['package_id', 'batch_id', 'accepted', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', kind)
    .where('plan_id', '=', planId)
    .groupBy(['package_id', 'batch_id', 'accepted'])
    .execute();
  return rows.map((r) => ({ packageId: r.package_id, batchId: r.batch_id, accepted: r.accepted === 1, count: Number(r.n) }));
}
