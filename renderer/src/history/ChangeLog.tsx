// The plan's change log, newest first: who changed what and when, from which file; filtered by dates,
// person, agency (changes to its actions) and source. An import's file opens the report kept with that import.
import { useId, useState } from 'react';
import type { ChangeSource } from '../../../shared/domain';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { formatDateTime } from '../ui/format';
import { CHANGE_SOURCES, entityLabel, fieldLabel, fileNameOf, isShownChange, sourceLabel } from './change-words';
import { ChangeValues } from './ChangeValues';
import { ImportReportDialog } from '../import/ImportReportDialog';
import './change-log.css';

interface Filter {
  readonly from: string;
  readonly to: string;
  readonly user: string;
  readonly agencyId: string;
  readonly source: ChangeSource | '';
}

const NO_FILTER: Filter = { from: '', to: '', user: '', agencyId: '', source: '' };
const PAGE = 500;

interface Props {
  readonly planId: string;
  readonly revision: number;
  readonly openAction: (actionId: string) => void;
  /** Chapters, statements, actions and indicators deleted now: their changes lead to the Deleted list. */
  readonly deletedIds: ReadonlySet<string>;
  readonly showDeleted: (id: string) => void;
}

/** The pieces of a plan the Deleted list can bring back. */
const RESTORABLE = new Set(['chapter', 'statement', 'action', 'indicator']);

export function ChangeLog({ planId, revision, openAction, deletedIds, showDeleted }: Props) {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  // The import whose kept report is open (from the Source of one of its entries).
  const [reportOf, setReportOf] = useState<{ readonly batchId: string; readonly fileName: string | null } | null>(null);
  const choices = usePlanQuery(async () => {
    const [users, agencies] = await Promise.all([request(api().history.users({ planId })), request(api().agencies.list({}))]);
    return { users, agencies: [...agencies].sort((x, y) => (x.acronym ?? x.name).localeCompare(y.acronym ?? y.name)) };
  }, [planId, revision]);
  const list = usePlanQuery(
    () =>
      request(
        api().history.list({
          planId,
          limit,
          from: filter.from || undefined,
          to: filter.to || undefined,
          user: filter.user || undefined,
          agencyId: filter.agencyId || undefined,
          source: filter.source || undefined,
        }),
      ),
    [planId, revision, filter, limit],
  );
  const entries = list.data ?? null;
  const users = choices.data?.users ?? [];
  const agencies = choices.data?.agencies ?? [];
  const problem = list.problem ?? choices.problem;
  const ids = useId();

  const change = (next: Partial<Filter>) => {
    setFilter((current) => ({ ...current, ...next }));
    setLimit(PAGE);
  };
  const filtered = filter.from !== '' || filter.to !== '' || filter.user !== '' || filter.agencyId !== '' || filter.source !== '';
  const shown = entries?.filter(isShownChange) ?? [];
  const words = text();

  return (
    <div className="change-log">
      <form className="history-filters" aria-label={words['history.filtersLabel']} onSubmit={(e) => e.preventDefault()}>
        <label className="history-filter">
          <span className="history-filter__label">{words['filter.from']}</span>
          <input type="date" className="text-input" value={filter.from} max={filter.to || undefined} onChange={(e) => change({ from: e.target.value })} />
        </label>
        <label className="history-filter">
          <span className="history-filter__label">{words['filter.to']}</span>
          <input type="date" className="text-input" value={filter.to} min={filter.from || undefined} onChange={(e) => change({ to: e.target.value })} />
        </label>
        <label className="history-filter">
          <span className="history-filter__label">{words['history.person']}</span>
          <select className="select-input" value={filter.user} onChange={(e) => change({ user: e.target.value })}>
            <option value="">{words['history.everyone']}</option>
            {users.map((user) => (
              <option key={user} value={user}>
                {user}
              </option>
            ))}
          </select>
        </label>
        <label className="history-filter">
          <span className="history-filter__label">{words['history.agency']}</span>
          <select className="select-input history-filter__agency" value={filter.agencyId} onChange={(e) => change({ agencyId: e.target.value })}>
            <option value="">{words['history.allAgencies']}</option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.acronym ? `${agency.acronym} — ${agency.name}` : agency.name}
              </option>
            ))}
          </select>
        </label>
        <label className="history-filter">
          <span className="history-filter__label">{words['history.source']}</span>
          <select className="select-input" value={filter.source} onChange={(e) => change({ source: e.target.value as ChangeSource | '' })}>
            <option value="">{words['history.anySource']}</option>
            {CHANGE_SOURCES.map((source) => (
              <option key={source} value={source}>
                {sourceLabel(source)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button history-filters__clear" disabled={!filtered} onClick={() => change(NO_FILTER)}>
          {words['filter.clear']}
        </button>
      </form>
      {problem && (
        <p className="view-notice view-notice--problem" role="alert">
          {problem}
        </p>
      )}
      <p className="change-log__count" role="status" id={`${ids}-count`}>
        {entries === null
          ? words['history.loadingChanges']
          : shown.length === 0
            ? filtered
              ? words['history.noMatch']
              : words['history.noChanges']
            : words['history.changeCount'](formatNumber(shown.length), shown.length, filtered, entries.length >= limit)}
      </p>
      {shown.length > 0 && (
        <div className="change-log__table" tabIndex={0} role="region" aria-label={words['history.changesRegion']} aria-describedby={`${ids}-count`}>
          <table className="data-table change-table">
            <thead>
              <tr>
                <th scope="col" className="change-table__when">
                  {words['history.when']}
                </th>
                <th scope="col" className="change-table__who">
                  {words['history.who']}
                </th>
                <th scope="col">{words['history.what']}</th>
                <th scope="col">{words['history.change']}</th>
                <th scope="col" className="change-table__source">
                  {words['history.source']}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id}>
                  <td className="change-table__when">{formatDateTime(entry.at)}</td>
                  <td className="change-table__who">{entry.user}</td>
                  <td className="change-table__what">
                    <span className="change-entity">{entityLabel(entry.entity)}</span>
                    {RESTORABLE.has(entry.entity) && deletedIds.has(entry.entityId) ? (
                      <button type="button" className="link-button change-subject" onClick={() => showDeleted(entry.entityId)} title={words['history.seeDeleted']}>
                        {entry.subject ?? words['history.aDeleted'](entityLabel(entry.entity))} <span className="change-subject__deleted">{words['history.deletedMark']}</span>
                      </button>
                    ) : entry.entity === 'action' ? (
                      <button type="button" className="link-button change-subject" onClick={() => openAction(entry.entityId)} title={words['history.openAction']}>
                        {entry.subject ?? words['history.anAction']}
                      </button>
                    ) : (
                      <span className="change-subject">{entry.subject ?? ''}</span>
                    )}
                  </td>
                  <td className="change-table__change">
                    <span className="change-field">{fieldLabel(entry)}</span>
                    <ChangeValues entry={entry} />
                  </td>
                  <td className="change-table__source">
                    {sourceLabel(entry.source)}
                    {entry.importBatchId ? (
                      <button
                        type="button"
                        className="link-button change-file change-file--report"
                        title={words['history.openReport']}
                        onClick={() => setReportOf({ batchId: entry.importBatchId!, fileName: fileNameOf(entry.sourceFile) })}
                      >
                        {fileNameOf(entry.sourceFile) ?? words['history.theFile']}
                        <span className="visually-hidden">{words['history.openReportHidden']}</span>
                      </button>
                    ) : (
                      entry.sourceFile && (
                        <span className="change-file" title={entry.sourceFile}>
                          {fileNameOf(entry.sourceFile)}
                        </span>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries !== null && entries.length >= limit && (
            <div className="change-log__more">
              <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
                {words['history.showOlder'](formatNumber(PAGE))}
              </button>
            </div>
          )}
        </div>
      )}
      {reportOf && (
        <ImportReportDialog
          batchId={reportOf.batchId}
          fileName={reportOf.fileName}
          onOpenAction={(actionId) => {
            setReportOf(null);
            openAction(actionId);
          }}
          onClose={() => setReportOf(null)}
        />
      )}
    </div>
  );
}
