// Who has answered, per reporting period: each agency's workbook sent, returned, merged, or overdue (its due date
// passed and nothing came back), with how many days late. The Exchange view and `exchange status` show this table.
import type { ExchangePackage } from '../../../shared/domain';
import { AppError } from '../../../shared/result';

export type ReturnStanding = 'sent' | 'overdue' | 'returned' | 'merged';

export interface ReturnRow {
  readonly agency: string;
  readonly packageId: string;
  readonly fileName: string;
  readonly sentOn: string;
  readonly dueDate: string | null;
  readonly standing: ReturnStanding;
  /** Overdue: whole days since the due date (0 otherwise). */
  readonly daysLate: number;
  readonly returnedOn: string | null;
  readonly mergedOn: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The newest workbook of each agency for the period, as it stands on `today` (YYYY-MM-DD): an agency sent a second
 * workbook for the same period is tracked by that one. Ordered: overdue first (most late first), then by agency.
 */
export function trackReturns(packages: readonly ExchangePackage[], periodId: string, today: string): ReturnRow[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new AppError('invalid_input', `"${today}" is not a date written YYYY-MM-DD`);
  const newest = new Map<string, ExchangePackage>();
  for (const p of packages) {
    if (p.period.id !== periodId) continue;
    const held = newest.get(p.agency.id);
    if (!held || p.issuedAt > held.issuedAt) newest.set(p.agency.id, p);
  }
  const rows = [...newest.values()].map((p): ReturnRow => {
    const overdue = p.status === 'sent' && p.dueDate !== null && p.dueDate < today;
    return {
      agency: p.agency.label,
      packageId: p.id,
      fileName: p.fileName,
      sentOn: p.issuedAt.slice(0, 10),
      dueDate: p.dueDate,
      standing: overdue ? 'overdue' : p.status,
      daysLate: overdue ? daysBetween(p.dueDate!, today) : 0,
      returnedOn: p.returnedAt?.slice(0, 10) ?? null,
      mergedOn: p.mergedAt?.slice(0, 10) ?? null,
    };
  });
  return rows.sort((a, b) => b.daysLate - a.daysLate || a.agency.localeCompare(b.agency));
}
