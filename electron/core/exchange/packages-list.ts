// The update workbooks a plan has sent, newest first, with where each stands (sent, returned, merged).
import type { ExchangePackage, ExchangePackageStatus } from '../../../shared/domain';
import type { DbOrTx } from '../db/schema';
import { countDecisions } from '../review/record-decisions';

const STATUSES: readonly ExchangePackageStatus[] = ['sent', 'returned', 'merged'];

export async function listPackages(db: DbOrTx, planId: string): Promise<ExchangePackage[]> {
  const rows = await db
    .selectFrom('exchange_packages')
    .selectAll()
    .select((eb) => [
      eb.selectFrom('exchange_package_rows').select((e) => e.fn.count<number>('action_id').distinct().as('n')).whereRef('package_id', '=', 'exchange_packages.id').as('actions'),
    ])
    .where('plan_id', '=', planId)
    .orderBy('issued_at', 'desc')
    .orderBy('agency_label')
    .execute();
  // Counted from the merge that stands: an undone merge keeps its decisions on record, and a later merge adds its own.
  const decisions = await countDecisions(db, 'exchange', planId);
  const countOf = (packageId: string, mergeBatchId: string | null, accepted: boolean) =>
    decisions.find((d) => d.packageId === packageId && d.batchId === mergeBatchId && d.accepted === accepted)?.count ?? 0;
  return rows.map((r) => {
    const merged = r.status === 'merged';
    return {
      id: r.id,
      planId: r.plan_id,
      sendId: r.send_id,
      agency: { id: r.agency_id, label: r.agency_label },
      period: { id: r.period_id, label: r.period_label },
      issuedAt: r.issued_at,
      issuedBy: r.issued_by,
      dueDate: r.due_date,
      contact: r.contact,
      fileName: r.file_name,
      actions: Number(r.actions ?? 0),
      status: STATUSES.includes(r.status as ExchangePackageStatus) ? (r.status as ExchangePackageStatus) : 'sent',
      returnedAt: r.returned_at,
      returnedFile: r.returned_file,
      mergedAt: r.merged_at,
      mergedBy: r.merged_by,
      accepted: merged ? countOf(r.id, r.merge_batch_id, true) : null,
      rejected: merged ? countOf(r.id, r.merge_batch_id, false) : null,
    };
  });
}
