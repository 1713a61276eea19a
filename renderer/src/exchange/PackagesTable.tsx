// The update workbooks sent for this plan, newest first, with where each stands: sent, returned, merged.
import type { ExchangePackage } from '../../../shared/domain';
import { formatNumber, text } from '../language/language';
import { formatDate, formatDateTime } from '../ui/format';
import './packages-table.css';

function isLate(pkg: ExchangePackage, today: string): boolean {
  return pkg.status === 'sent' && pkg.dueDate !== null && pkg.dueDate < today;
}

export function PackagesTable({ packages }: { packages: readonly ExchangePackage[] | null }) {
  const today = new Date().toISOString().slice(0, 10);
  const counts = { sent: 0, returned: 0, merged: 0 };
  for (const p of packages ?? []) counts[p.status] += 1;
  const words = text();
  return (
    <section className="exchange-card exchange-packages" aria-labelledby="exchange-packages-title">
      <div className="exchange-card__head exchange-card__head--row">
        <h3 id="exchange-packages-title">{words['exchange.updateWorkbooks']}</h3>
        {packages && packages.length > 0 && (
          <span className="muted exchange-packages__counts">
            {words['exchange.countsByState'](formatNumber(counts.sent), formatNumber(counts.returned), formatNumber(counts.merged))}
          </span>
        )}
      </div>
      <div className="exchange-table__scroll">
        {packages === null ? (
          <p className="muted exchange-empty">{words['exchange.loading']}</p>
        ) : packages.length === 0 ? (
          <div className="exchange-empty">
            <p className="exchange-empty__title">{words['exchange.noneSent']}</p>
            <p className="muted">{words['exchange.noneSentHint']}</p>
          </div>
        ) : (
          <table className="data-table exchange-table exchange-packages__table">
            <thead>
              <tr>
                <th scope="col">{words['exchange.column.agency']}</th>
                <th scope="col">{words['exchange.column.period']}</th>
                <th scope="col" className="num">
                  {words['exchange.column.actions']}
                </th>
                <th scope="col">{words['exchange.column.sent']}</th>
                <th scope="col">{words['exchange.column.due']}</th>
                <th scope="col">{words['exchange.column.state']}</th>
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
                  <td className="num">{formatNumber(p.actions)}</td>
                  <td>
                    <span title={words['exchange.sentAtBy'](formatDateTime(p.issuedAt), p.issuedBy)}>{formatDate(p.issuedAt)}</span>
                    <span className="exchange-table__sub">{p.issuedBy}</span>
                  </td>
                  <td className={isLate(p, today) ? 'exchange-late' : undefined}>
                    {p.dueDate ? formatDate(p.dueDate) : <span className="muted">—</span>}
                    {isLate(p, today) && <span className="exchange-table__sub">{words['exchange.late']}</span>}
                  </td>
                  <td>
                    <span className={`exchange-state exchange-state--${p.status}`}>{words[`exchange.state.${p.status}`]}</span>
                    <span className="exchange-table__sub">
                      {p.status === 'merged' && p.mergedAt
                        ? `${formatDate(p.mergedAt)}${p.accepted !== null ? ` · ${words['exchange.acceptedRejected'](formatNumber(p.accepted), formatNumber(p.rejected ?? 0))}` : ''}`
                        : p.status === 'returned' && p.returnedAt
                          ? `${formatDate(p.returnedAt)} · ${words['exchange.notMergedYet']}`
                          : words['exchange.awaitingAgency']}
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
