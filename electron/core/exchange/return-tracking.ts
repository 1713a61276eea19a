// Who has answered, per reporting period: each agency's workbook sent, returned, merged, or overdue (its due date
// passed and nothing came back), with how many days late and when it was last chased. The Exchange view and
// `exchange status` show this table.
import { daysBetween } from '../../../shared/dates';
import type { ExchangePackage, ReturnRow, ReturnTracking } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import type { DbOrTx } from '../db/schema';
import { chasesOf, type PackageChases } from './chase';
import { listPackages } from './packages-list';


/** The newest workbook of each agency for the period: an agency sent a second workbook is tracked by that one. */
export function newestPerAgency(packages: readonly ExchangePackage[], periodId: string): ExchangePackage[] {
  const newest = new Map<string, ExchangePackage>();
  for (const p of packages) {
    if (p.period.id !== periodId) continue;
    const held = newest.get(p.agency.id);
    if (!held || p.issuedAt > held.issuedAt) newest.set(p.agency.id, p);
  }
  return [...newest.values()];
}

/**
 * The newest workbook of each agency for the period, as it stands on `today` (YYYY-MM-DD), with its chases.
 * Ordered: overdue first (most late first), then by agency.
 */
export function trackReturns(
  packages: readonly ExchangePackage[],
  periodId: string,
  today: string,
  chases: ReadonlyMap<string, PackageChases> = new Map(),
): ReturnRow[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new AppError('invalid_input', `"${today}" is not a date written YYYY-MM-DD`);
  const rows = newestPerAgency(packages, periodId).map((p): ReturnRow => {
    const overdue = p.status === 'sent' && p.dueDate !== null && p.dueDate < today;
    const chased = chases.get(p.id);
    return {
      agency: p.agency.label,
      agencyId: p.agency.id,
      packageId: p.id,
      fileName: p.fileName,
      actions: p.actions,
      sentOn: p.issuedAt.slice(0, 10),
      dueDate: p.dueDate,
      standing: overdue ? 'overdue' : p.status,
      daysLate: overdue ? daysBetween(p.dueDate!, today) : 0,
      returnedOn: p.returnedAt?.slice(0, 10) ?? null,
      mergedOn: p.mergedAt?.slice(0, 10) ?? null,
      chasedAt: chased?.at ?? null,
      chasedBy: chased?.by ?? null,
      chases: chased?.count ?? 0,
    };
  });
  return rows.sort((a, b) => b.daysLate - a.daysLate || a.agency.localeCompare(b.agency));
}

/** The tracking table of a period of the plan, as of `today`, read from the workspace (nothing is written). */
export async function returnTracking(db: DbOrTx, planId: string, periodId: string, today: string): Promise<ReturnTracking> {
  const packages = await listPackages(db, planId);
  const tracked = newestPerAgency(packages, periodId).map((p) => p.id);
  return { today, rows: trackReturns(packages, periodId, today, await chasesOf(db, tracked)) };
}
