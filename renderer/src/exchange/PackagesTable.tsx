// The update workbooks sent for this plan, newest first, with where each stands: sent, returned, merged.
import type { ExchangePackage } from '../../../shared/domain';
import { formatDate, formatDateTime } from '../ui/format';
import './packages-table.css';

const STATE_LABEL: Record<ExchangePackage['status'], string> = { sent: 'Sent', returned: 'Returned', merged: 'Merged' };

function isLate(pkg: ExchangePackage, today: string): boolean {
  return pkg.status === 'sent' && pkg.dueDate !== null && pkg.dueDate < today;
}

export function PackagesTable({ packages }: { packages: readonly ExchangePackage[] | null }) {
  const today = new Date().toISOString().slice(0, 10);
  const counts = { sent: 0, returned: 0, merged: 0 };
  for (const p of packages ?? []) counts[p.status] += 1;
  return (
    <section className="exchange-card exchange-packages" aria-labelledby="exchange-packages-title">
      <div className="exchange-card__head exchange-card__head--row">
        <h3 id="exchange-packages-title">Update workbooks</h3>
        {packages && packages.length > 0 && (
          <span className="muted exchange-packages__counts">
            {counts.sent} awaiting · {counts.returned} returned, to merge · {counts.merged} merged
          </span>
        )}
      </div>
      <div className="exchange-table__scroll">
        {packages === null ? (
          <p className="muted exchange-empty">Loading…</p>
        ) : packages.length === 0 ? (
          <div className="exchange-empty">
            <p className="exchange-empty__title">No workbook sent yet</p>
            <p className="muted">Send the lead agencies their workbooks; each one is listed here until its answers are merged.</p>
          </div>
        ) : (
          <table className="data-table exchange-table exchange-packages__table">
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Actions
                </th>
                <th scope="col">Sent</th>
                <th scope="col">Due</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {packages.map((p) => (
                <tr key={p.id} data-package={p.agency.label}>
                  <th scope="row" className="exchange-packages__agency">
                    {p.agency.label}
                    <span className="exchange-table__sub" title={p.fileName}>
                      {p.fileName}
                    </span>
                  </th>
                  <td>{p.period.label}</td>
                  <td className="num">{p.actions}</td>
                  <td>
                    <span title={`Sent ${formatDateTime(p.issuedAt)} by ${p.issuedBy}`}>{formatDate(p.issuedAt)}</span>
                    <span className="exchange-table__sub">{p.issuedBy}</span>
                  </td>
                  <td className={isLate(p, today) ? 'exchange-late' : undefined}>
                    {p.dueDate ? formatDate(p.dueDate) : <span className="muted">—</span>}
                    {isLate(p, today) && <span className="exchange-table__sub">Late</span>}
                  </td>
                  <td>
                    <span className={`exchange-state exchange-state--${p.status}`}>{STATE_LABEL[p.status]}</span>
                    <span className="exchange-table__sub">
                      {p.status === 'merged' && p.mergedAt
                        ? `${formatDate(p.mergedAt)}${p.accepted !== null ? ` · ${p.accepted} accepted, ${p.rejected ?? 0} rejected` : ''}`
                        : p.status === 'returned' && p.returnedAt
                          ? `${formatDate(p.returnedAt)} · not merged yet`
                          : 'awaiting the agency'}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
