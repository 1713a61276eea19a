// The import report as a table: what the importer did, row by row, filtered by kind, topic or text, saved as CSV.
// In the import dialog it is the preview's; reopened from the History it is the one kept with the import, and each
// entry about an action leads to that action.
import { useMemo, useState } from 'react';
import type { ImportReportEntry } from '../../../shared/domain';
import { downloadText } from './download';
import { ALL_ENTRIES, SEVERITY_LABELS, TOPIC_LABELS, filterEntries, placeOf, reportCsv, reportFileName, type ReportFilter } from './import-model';
import './import-dialog.css';

interface Props {
  readonly entries: readonly ImportReportEntry[];
  /** The imported file's name (the saved report is named after it). */
  readonly fileName: string;
  /** Given: each entry about an action has a link that selects the action in the Actions view. */
  readonly onOpenAction?: (actionId: string) => void;
}

const REPORT_ROWS_SHOWN = 400;

export function ImportReportTable({ entries, fileName, onOpenAction }: Props) {
  const [filter, setFilter] = useState<ReportFilter>(ALL_ENTRIES);
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const severities = useMemo(() => (['error', 'doubt', 'repair', 'info'] as const).filter((s) => entries.some((e) => e.severity === s)), [entries]);
  const topics = useMemo(() => Object.keys(TOPIC_LABELS).filter((t) => entries.some((e) => e.topic === t)) as (keyof typeof TOPIC_LABELS)[], [entries]);
  const count = (severity: string) => entries.filter((e) => e.severity === severity).length;
  return (
    <div className="import-report">
      <div className="import-report__filters">
        <select className="import-select" aria-label="Severity" value={filter.severity} onChange={(event) => setFilter({ ...filter, severity: event.target.value as ReportFilter['severity'] })}>
          <option value="all">All kinds ({entries.length})</option>
          {severities.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]} ({count(s)})
            </option>
          ))}
        </select>
        <select className="import-select" aria-label="Topic" value={filter.topic} onChange={(event) => setFilter({ ...filter, topic: event.target.value as ReportFilter['topic'] })}>
          <option value="all">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t]}
            </option>
          ))}
        </select>
        <input
          type="search"
          className="text-input import-report__search"
          placeholder="Search messages, cells, rows…"
          aria-label="Search the report"
          value={filter.text}
          onChange={(event) => setFilter({ ...filter, text: event.target.value })}
        />
        <span className="muted import-report__shown">
          {shown.length === entries.length ? `${entries.length} entries` : `${shown.length} of ${entries.length}`}
        </span>
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(reportFileName(fileName), reportCsv(shown), 'text/csv;charset=utf-8')}
        >
          Save report (.csv)…
        </button>
      </div>
      {/* Focusable so that the keyboard can scroll a long report (it holds no control of its own). */}
      <div className="import-scroll" tabIndex={0} role="region" aria-label="Report entries">
        <table className="data-table import-table import-report__table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Kind</th>
              <th scope="col">Topic</th>
              <th scope="col">What the importer did</th>
              <th scope="col">Read</th>
              <th scope="col">Stored</th>
              {onOpenAction && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, REPORT_ROWS_SHOWN).map((e, i) => (
              <tr key={i}>
                <td className="mono nowrap">{placeOf(e)}</td>
                <td className="nowrap">
                  <span className={`severity severity--${e.severity}`}>{SEVERITY_LABELS[e.severity]}</span>
                </td>
                <td className="nowrap">{TOPIC_LABELS[e.topic]}</td>
                <td className="import-report__message">{e.message}</td>
                <td className="import-report__cell">{e.read}</td>
                <td className="import-report__cell">{e.stored}</td>
                {onOpenAction && (
                  <td className="nowrap">
                    {e.actionId && (
                      <button
                        type="button"
                        className="link-button import-report__action"
                        title="Select this action in the Actions view"
                        onClick={() => onOpenAction(e.actionId!)}
                      >
                        {e.actionCode || 'Open'} →
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > REPORT_ROWS_SHOWN && (
          <p className="import-report__more muted">
            The first {REPORT_ROWS_SHOWN} of {shown.length} entries are shown; filter to see the others. The saved report holds all {shown.length}.
          </p>
        )}
        {shown.length === 0 && <p className="import-report__more muted">No entry matches the filter.</p>}
      </div>
    </div>
  );
}
