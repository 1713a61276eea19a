// The import report as a table: what the importer did, row by row, filtered by kind, topic or text, saved as CSV.
// In the import dialog it is the preview's; reopened from the History it is the one kept with the import, and each
// entry about an action leads to that action.
import { useMemo, useState } from 'react';
import type { ImportReportEntry } from '../../../shared/domain';
import { downloadText } from './download';
import { formatNumber, text } from '../language/language';
import { ALL_ENTRIES, REPORT_TOPICS, filterEntries, placeOf, reportCsv, reportFileName, severityLabel, topicLabel, type ReportFilter } from './import-model';
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
  const topics = useMemo(() => REPORT_TOPICS.filter((t) => entries.some((e) => e.topic === t)), [entries]);
  const count = (severity: string) => formatNumber(entries.filter((e) => e.severity === severity).length);
  const words = text();
  return (
    <div className="import-report">
      <div className="import-report__filters">
        <select className="import-select" aria-label={words['import.severity']} value={filter.severity} onChange={(event) => setFilter({ ...filter, severity: event.target.value as ReportFilter['severity'] })}>
          <option value="all">{words['import.allKinds'](formatNumber(entries.length))}</option>
          {severities.map((s) => (
            <option key={s} value={s}>
              {words['import.choiceCount'](severityLabel(s), count(s))}
            </option>
          ))}
        </select>
        <select className="import-select" aria-label={words['import.topic']} value={filter.topic} onChange={(event) => setFilter({ ...filter, topic: event.target.value as ReportFilter['topic'] })}>
          <option value="all">{words['import.allTopics']}</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {topicLabel(t)}
            </option>
          ))}
        </select>
        <input
          type="search"
          className="text-input import-report__search"
          placeholder={words['import.searchPlaceholder']}
          aria-label={words['import.searchReport']}
          value={filter.text}
          onChange={(event) => setFilter({ ...filter, text: event.target.value })}
        />
        <span className="muted import-report__shown">
          {shown.length === entries.length ? words['import.entries'](formatNumber(entries.length)) : words['common.countOf'](formatNumber(shown.length), formatNumber(entries.length))}
        </span>
        <button
          type="button"
          className="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(reportFileName(fileName), reportCsv(shown), 'text/csv;charset=utf-8')}
        >
          {words['import.saveReport']}
        </button>
      </div>
      {/* Focusable so that the keyboard can scroll a long report (it holds no control of its own). */}
      <div className="import-scroll" tabIndex={0} role="region" aria-label={words['import.reportEntries']}>
        <table className="data-table import-table import-report__table">
          <thead>
            <tr>
              <th scope="col">{words['import.where']}</th>
              <th scope="col">{words['import.kind']}</th>
              <th scope="col">{words['import.topic']}</th>
              <th scope="col">{words['import.whatDone']}</th>
              <th scope="col">{words['import.read']}</th>
              <th scope="col">{words['import.stored']}</th>
              {onOpenAction && <th scope="col">{words['import.action']}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, REPORT_ROWS_SHOWN).map((e, i) => (
              <tr key={i}>
                <td className="mono nowrap">{placeOf(e)}</td>
                <td className="nowrap">
                  <span className={`severity severity--${e.severity}`}>{severityLabel(e.severity)}</span>
                </td>
                <td className="nowrap">{topicLabel(e.topic)}</td>
                <td className="import-report__message">{e.message}</td>
                <td className="import-report__cell">{e.read}</td>
                <td className="import-report__cell">{e.stored}</td>
                {onOpenAction && (
                  <td className="nowrap">
                    {e.actionId && (
                      <button
                        type="button"
                        className="link-button import-report__action"
                        title={words['import.selectAction']}
                        onClick={() => onOpenAction(e.actionId!)}
                      >
                        {e.actionCode || words['import.open']} →
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
            {words['import.firstShown'](formatNumber(REPORT_ROWS_SHOWN), formatNumber(shown.length))}
          </p>
        )}
        {shown.length === 0 && <p className="import-report__more muted">{words['import.noEntryMatches']}</p>}
      </div>
    </div>
  );
}
