// Return tracking: for one reporting period, each agency's newest workbook sent, returned, merged or overdue (its
// due date passed and nothing came back) with the days late, and when it was last chased; sortable by any column,
// each standing told by word and shape as well as colour. An agency that has not answered can be chased from here.
import { useMemo, useState } from 'react';
import type { ExchangePackage, ReturnRow, ReturnStanding } from '../../../shared/domain';
import { api, attempt } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatDate, formatDateTime } from '../ui/format';
import { ChaseDialog } from './ChaseDialog';
import { plural } from './review-model';
import './return-tracking.css';

const STANDING: Readonly<Record<ReturnStanding, { readonly shape: string; readonly word: string }>> = {
  overdue: { shape: '■', word: 'Overdue' },
  sent: { shape: '○', word: 'Awaiting' },
  returned: { shape: '◆', word: 'Returned' },
  merged: { shape: '✓', word: 'Merged' },
};
/** Who needs attention first when sorted by standing: overdue, then awaiting, then to merge, then done. */
const STANDING_ORDER: Readonly<Record<ReturnStanding, number>> = { overdue: 0, sent: 1, returned: 2, merged: 3 };

type SortKey = 'agency' | 'actions' | 'sent' | 'due' | 'standing' | 'late' | 'chased';
const COLUMNS: readonly { readonly key: SortKey; readonly label: string; readonly numeric?: boolean }[] = [
  { key: 'agency', label: 'Agency' },
  { key: 'actions', label: 'Actions', numeric: true },
  { key: 'sent', label: 'Sent' },
  { key: 'due', label: 'Due' },
  { key: 'standing', label: 'Standing' },
  { key: 'late', label: 'Days late', numeric: true },
  { key: 'chased', label: 'Last chased' },
];

function compare(a: ReturnRow, b: ReturnRow, key: SortKey): number {
  switch (key) {
    case 'agency':
      return a.agency.localeCompare(b.agency);
    case 'actions':
      return a.actions - b.actions;
    case 'sent':
      return a.sentOn.localeCompare(b.sentOn);
    case 'due':
      return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
    case 'standing':
      return STANDING_ORDER[a.standing] - STANDING_ORDER[b.standing];
    case 'late':
      return a.daysLate - b.daysLate;
    case 'chased':
      return (a.chasedAt ?? '').localeCompare(b.chasedAt ?? '');
  }
}

/** What follows the standing's word: the days late, when it came back, or when it is due. */
function standingDetail(row: ReturnRow, today: string): string {
  switch (row.standing) {
    case 'overdue':
      return `${plural(row.daysLate, 'day')} late`;
    case 'returned':
      return `${row.returnedOn ? formatDate(row.returnedOn) : ''} · to merge`;
    case 'merged':
      return row.mergedOn ? formatDate(row.mergedOn) : '';
    case 'sent':
      return row.dueDate === null ? 'no due date' : row.dueDate === today ? 'due today' : 'not due yet';
  }
}

/** The periods that workbooks were sent for, the newest send's first. */
function sentPeriods(packages: readonly ExchangePackage[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const p of packages) if (!seen.has(p.period.id)) seen.set(p.period.id, p.period.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

interface Props {
  readonly planId: string;
  readonly revision: number;
  readonly packages: readonly ExchangePackage[] | null;
}

export function ReturnTrackingTable({ planId, revision, packages }: Props) {
  const periods = useMemo(() => sentPeriods(packages ?? []), [packages]);
  const [chosen, setChosen] = useState<string | null>(null);
  const periodId = chosen !== null && periods.some((p) => p.id === chosen) ? chosen : (periods[0]?.id ?? null);
  const [chasing, setChasing] = useState<ReturnRow | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean } | null>(null);
  const { data: tracking, reload } = usePlanQuery(
    () => (periodId === null ? Promise.resolve(undefined) : attempt(api().exchange.tracking({ planId, periodId }))),
    [planId, periodId, revision, packages],
  );
  const rows = useMemo(() => {
    const list = [...(tracking?.rows ?? [])];
    // Unsorted: as the core orders them, the most overdue first.
    if (sort) list.sort((a, b) => (sort.ascending ? 1 : -1) * compare(a, b, sort.key) || a.agency.localeCompare(b.agency));
    return list;
  }, [tracking, sort]);
  const count = (standing: ReturnStanding) => rows.filter((r) => r.standing === standing).length;
  const sortBy = (key: SortKey) => setSort((current) => ({ key, ascending: current?.key === key ? !current.ascending : key !== 'late' && key !== 'chased' }));

  if (periods.length === 0) return null;
  return (
    <section className="exchange-card return-tracking" aria-labelledby="return-tracking-title">
      <div className="exchange-card__head exchange-card__head--row">
        <h3 id="return-tracking-title">Return tracking</h3>
        <label className="return-tracking__period">
          <span>Reporting period</span>
          <select className="select-input" value={periodId ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {tracking && (
        <p className="return-tracking__counts" aria-live="polite">
          {plural(rows.length, 'agency', 'agencies')} as of {formatDate(tracking.today)}: <strong className="return-tracking__count--overdue">{count('overdue')} overdue</strong> · {count('sent')} awaiting ·{' '}
          {count('returned')} returned, to merge · {count('merged')} merged
        </p>
      )}
      <div className="exchange-table__scroll">
        <table className="data-table exchange-table return-tracking__table">
          <caption className="visually-hidden">Return of the update workbooks by agency; the column buttons sort the table</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort?.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="return-tracking__sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="return-tracking__arrow">
                      {sort?.key === c.key ? (sort.ascending ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Chase</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const standing = STANDING[r.standing];
              return (
                <tr key={r.packageId} data-agency={r.agency} data-standing={r.standing}>
                  <th scope="row" title={r.fileName}>
                    {r.agency}
                  </th>
                  <td className="num">{r.actions}</td>
                  <td className="return-tracking__day">{formatDate(r.sentOn)}</td>
                  <td className="return-tracking__day">{r.dueDate ? formatDate(r.dueDate) : <span className="muted">—</span>}</td>
                  <td>
                    <span className={`exchange-state exchange-state--${r.standing} return-standing`}>
                      <span aria-hidden="true" className="return-standing__shape">
                        {standing.shape}
                      </span>
                      {standing.word}
                    </span>
                    <span className="exchange-table__sub">{standingDetail(r, tracking?.today ?? '')}</span>
                  </td>
                  <td className={`num${r.daysLate > 0 ? ' return-tracking__late' : ''}`}>{r.daysLate > 0 ? r.daysLate : <span className="muted">—</span>}</td>
                  <td>
                    {r.chasedAt ? (
                      <span title={`Chased ${formatDateTime(r.chasedAt)} by ${r.chasedBy}${r.chases > 1 ? ` (${r.chases} reminders)` : ''}`}>
                        chased {formatDate(r.chasedAt).replace(/ \d{4}$/, '')}
                        <span className="exchange-table__sub">
                          {r.chasedBy}
                          {r.chases > 1 ? ` · ${r.chases} times` : ''}
                        </span>
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="return-tracking__chase">
                    {(r.standing === 'overdue' || r.standing === 'sent') && (
                      <button type="button" className={`button button--small${r.standing === 'overdue' ? ' button--primary' : ''}`} aria-label={`Chase ${r.agency}`} onClick={() => setChasing(r)}>
                        Chase…
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {chasing && (
        <ChaseDialog
          planId={planId}
          row={chasing}
          onChased={() => void reload()}
          onClose={() => setChasing(null)}
        />
      )}
    </section>
  );
}
