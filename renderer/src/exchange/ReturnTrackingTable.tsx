// Return tracking: for one reporting period, each agency's newest workbook sent, returned, merged or overdue (its
// due date passed and nothing came back) with the days late, and when it was last chased; sortable by any column,
// each standing told by word and shape as well as colour. An agency that has not answered can be chased from here.
import { useMemo, useState } from 'react';
import type { ExchangePackage, ReturnRow, ReturnStanding } from '../../../shared/domain';
import { api, attempt } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { formatDate, formatDateTime } from '../ui/format';
import { ChaseDialog } from './ChaseDialog';
import './return-tracking.css';

/** Each standing's shape, beside its word (exchange.standing.* in the catalogue). */
const STANDING_SHAPE: Readonly<Record<ReturnStanding, string>> = { overdue: '■', sent: '○', returned: '◆', merged: '✓' };
/** Who needs attention first when sorted by standing: overdue, then awaiting, then to merge, then done. */
const STANDING_ORDER: Readonly<Record<ReturnStanding, number>> = { overdue: 0, sent: 1, returned: 2, merged: 3 };

type SortKey = 'agency' | 'actions' | 'sent' | 'due' | 'standing' | 'late' | 'chased';
/** The columns in their order; each one's header is exchange.column.<key> in the catalogue. */
const COLUMNS: readonly { readonly key: SortKey; readonly numeric?: boolean }[] = [
  { key: 'agency' },
  { key: 'actions', numeric: true },
  { key: 'sent' },
  { key: 'due' },
  { key: 'standing' },
  { key: 'late', numeric: true },
  { key: 'chased' },
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
  const words = text();
  switch (row.standing) {
    case 'overdue':
      return words['exchange.daysLate'](formatNumber(row.daysLate), row.daysLate);
    case 'returned':
      return `${row.returnedOn ? formatDate(row.returnedOn) : ''} · ${words['exchange.toMerge']}`;
    case 'merged':
      return row.mergedOn ? formatDate(row.mergedOn) : '';
    case 'sent':
      return row.dueDate === null ? words['exchange.noDueDate'] : row.dueDate === today ? words['exchange.dueToday'] : words['exchange.notDueYet'];
  }
}

/** "14 Mar" of "14 Mar 2027", in whichever digits the language writes the year. */
function withoutYear(day: string): string {
  return day.replace(/\s\p{Nd}{4}$/u, '');
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
  const words = text();
  return (
    <section className="exchange-card return-tracking" aria-labelledby="return-tracking-title">
      <div className="exchange-card__head exchange-card__head--row">
        <h3 id="return-tracking-title">{words['exchange.returnTracking']}</h3>
        <label className="return-tracking__period">
          <span>{words['exchange.reportingPeriod']}</span>
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
          {words['exchange.agenciesAsOf'](formatNumber(rows.length), rows.length, formatDate(tracking.today))}{' '}
          <strong className="return-tracking__count--overdue">{words['exchange.overdueCount'](formatNumber(count('overdue')))}</strong> ·{' '}
          {words['exchange.countsByState'](formatNumber(count('sent')), formatNumber(count('returned')), formatNumber(count('merged')))}
        </p>
      )}
      <div className="exchange-table__scroll">
        <table className="data-table exchange-table return-tracking__table">
          <caption className="visually-hidden">{words['exchange.trackingCaption']}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort?.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="return-tracking__sort" onClick={() => sortBy(c.key)}>
                    {words[`exchange.column.${c.key}`]}
                    <span aria-hidden="true" className="return-tracking__arrow">
                      {sort?.key === c.key ? (sort.ascending ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{words['exchange.chase']}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              return (
                <tr key={r.packageId} data-agency={r.agency} data-standing={r.standing}>
                  <th scope="row" title={r.fileName}>
                    {r.agency}
                  </th>
                  <td className="num">{formatNumber(r.actions)}</td>
                  <td className="return-tracking__day">{formatDate(r.sentOn)}</td>
                  <td className="return-tracking__day">{r.dueDate ? formatDate(r.dueDate) : <span className="muted">—</span>}</td>
                  <td>
                    <span className={`exchange-state exchange-state--${r.standing} return-standing`}>
                      <span aria-hidden="true" className="return-standing__shape">
                        {STANDING_SHAPE[r.standing]}
                      </span>
                      {words[`exchange.standing.${r.standing}`]}
                    </span>
                    <span className="exchange-table__sub">{standingDetail(r, tracking?.today ?? '')}</span>
                  </td>
                  <td className={`num${r.daysLate > 0 ? ' return-tracking__late' : ''}`}>{r.daysLate > 0 ? formatNumber(r.daysLate) : <span className="muted">—</span>}</td>
                  <td>
                    {r.chasedAt ? (
                      <span title={words['exchange.chasedTitle'](formatDateTime(r.chasedAt), r.chasedBy ?? '', formatNumber(r.chases), r.chases)}>
                        {words['exchange.chasedOn'](withoutYear(formatDate(r.chasedAt)))}
                        <span className="exchange-table__sub">
                          {r.chasedBy}
                          {r.chases > 1 ? ` · ${words['exchange.chaseTimes'](formatNumber(r.chases))}` : ''}
                        </span>
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="return-tracking__chase">
                    {(r.standing === 'overdue' || r.standing === 'sent') && (
                      <button type="button" className={`button button--small${r.standing === 'overdue' ? ' button--primary' : ''}`} aria-label={words['exchange.chaseAgency'](r.agency)} onClick={() => setChasing(r)}>
                        {words['exchange.chaseButton']}
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
