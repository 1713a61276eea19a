// One action in full: where it sits in the plan, its status and timeline, agencies, fund, indicators,
// remarks and its recent history. Read-only for now; editing arrives with the grid.
import { useState } from 'react';
import type { ActionDetail, AgencyField, ChangeEntry, ChangeSource, Indicator } from '../../../shared/domain';
import { STATUS_LABELS } from '../../../shared/vocab/status';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { formatDateTime, formatEnd, formatTimelineDate } from '../ui/format';
import { fundLabel, statusKeyOf } from '../ui/status-view';
import { OverdueTag, StatusBadge } from '../ui/Status';
import './action-in-full.css';

const RECENT_HISTORY = 8;

/** The fields of an action the history names in words (overview.field.* in the catalogue); others by their own name. */
const NAMED_FIELDS = ['created', 'code', 'title', 'start', 'end', 'status', 'statusText', 'fundStatus', 'fundNote', 'leadText', 'collaboratorsText', 'remarks'] as const;
type NamedField = (typeof NAMED_FIELDS)[number];

function fieldName(field: string): string {
  if ((NAMED_FIELDS as readonly string[]).includes(field)) return text()[`overview.field.${field as NamedField}`];
  return field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function sourceName(source: ChangeSource): string {
  return text()[`overview.source.${source}`];
}

function shortValue(value: string | null): string {
  if (value === null || value === '') return text()['overview.emptyValue'];
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > 140 ? `${oneLine.slice(0, 139)}…` : oneLine;
}

function Agencies({ field }: { field: AgencyField }) {
  if (!field.text && field.agencies.length === 0) return <span className="muted">{text()['overview.notRecorded']}</span>;
  return (
    <span className="agencies">
      <span>{field.text}</span>
      {field.agencies.length > 0 && (
        <span className="agencies__list">
          {field.agencies.map((agency) => (
            <span key={agency.id} className="agency-tag" title={agency.name}>
              {agency.acronym ?? agency.name}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

function IndicatorTable({ indicators }: { indicators: readonly Indicator[] }) {
  if (indicators.length === 0) return <p className="muted">{text()['overview.noIndicator']}</p>;
  return (
    <table className="data-table indicator-table">
      <thead>
        <tr>
          <th scope="col">{text()['overview.indicator']}</th>
          <th scope="col">{text()['overview.baselineValue']}</th>
          <th scope="col">{text()['overview.target']}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={indicator.id}>
            <td>{indicator.name || <span className="muted">{text()['overview.unnamedIndicator']}</span>}</td>
            <td>{indicator.baseline.text || <span className="muted">{text()['overview.notApplicable']}</span>}</td>
            <td>{indicator.target.text || <span className="muted">{text()['overview.notApplicable']}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HistoryList({ entries }: { entries: readonly ChangeEntry[] }) {
  const [showAll, setShowAll] = useState(false);
  if (entries.length === 0) return <p className="muted">{text()['overview.noChange']}</p>;
  const shown = showAll ? entries : entries.slice(0, RECENT_HISTORY);
  return (
    <>
      <ol className="history">
        {shown.map((entry) => (
          <li key={entry.id} className="history__entry">
            <div className="history__meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span>{entry.user || text()['overview.unknownUser']}</span>
              <span>
                {sourceName(entry.source)}
                {entry.sourceFile ? ` · ${entry.sourceFile.split(/[\\/]/).pop()}` : ''}
              </span>
            </div>
            {entry.field === 'created' ? (
              <div className="history__change">
                {text()['overview.createdEntity'](entry.entity)}
                {entry.newValue ? <span className="history__value"> {shortValue(entry.newValue)}</span> : null}
              </div>
            ) : (
              <div className="history__change">
                <span className="history__field">{fieldName(entry.field)}</span>{' '}
                <span className="history__value history__value--old">{shortValue(entry.oldValue)}</span>
                <span aria-label={text()['overview.changedTo']}> → </span>
                <span className="history__value">{shortValue(entry.newValue)}</span>
              </div>
            )}
          </li>
        ))}
      </ol>
      {entries.length > RECENT_HISTORY && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? text()['overview.recentOnly'] : text()['overview.allChanges'](entries.length, formatNumber(entries.length))}
        </button>
      )}
    </>
  );
}

function ActionDetailBody({ detail }: { detail: ActionDetail }) {
  const { action, chapter, statement } = detail;
  const status = statusKeyOf(action.status);
  // The original wording is kept next to the normalised value; show it where it says more.
  const wording = action.statusText && action.status && action.statusText !== STATUS_LABELS[action.status] ? action.statusText : '';
  return (
    <article className="detail" aria-labelledby="detail-title">
      <nav className="breadcrumb" aria-label={text()['overview.whereActionSits']}>
        <span title={chapter.title}>{[chapter.code, chapter.title].filter(Boolean).join(' ')}</span>
        <span className="breadcrumb__sep" aria-hidden="true">›</span>
        <span title={statement.text}>{[statement.code, statement.text].filter(Boolean).join(' ')}</span>
      </nav>
      <header className="detail__header">
        <h2 id="detail-title" className="detail__title">
          {action.code && <span className="detail__code">{action.code}</span>}
          {action.title}
        </h2>
        <div className="detail__status">
          <StatusBadge status={status} />
          {action.overdue && <OverdueTag />}
          {!action.status && action.statusText && <span className="detail__wording">“{action.statusText}”</span>}
          {wording && <span className="detail__wording">{text()['overview.recordedAs'](wording)}</span>}
        </div>
      </header>

      <dl className="facts">
        <div className="facts__item">
          <dt>{text()['overview.timeline']}</dt>
          <dd>
            {formatTimelineDate(action.start, action.startPrecision)} – {formatEnd(action.end, action.endOpen, action.endPrecision)}
            {action.revisedEnd && (
              <span className="facts__note">
                {text()['overview.revisedEnd'](formatTimelineDate(action.revisedEnd))}
                {action.revisedEndReason && ` — ${action.revisedEndReason}`}
              </span>
            )}
            {action.timelineText && <span className="facts__note">{text()['overview.asWritten'](action.timelineText)}</span>}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{text()['overview.fund']}</dt>
          <dd>
            {action.fundStatus ? fundLabel(action.fundStatus) : <span className="muted">{text()['fund.unknown']}</span>}
            {action.fundNote && <span className="facts__note">{action.fundNote}</span>}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{text()['overview.leadAgency']}</dt>
          <dd>
            <Agencies field={action.lead} />
          </dd>
        </div>
        <div className="facts__item">
          <dt>{text()['overview.collaborators']}</dt>
          <dd>
            <Agencies field={action.collaborators} />
          </dd>
        </div>
      </dl>

      <section className="detail__section" aria-labelledby="indicators-heading">
        <h3 id="indicators-heading">{text()['overview.indicators']}</h3>
        <IndicatorTable indicators={detail.indicators} />
      </section>

      <section className="detail__section" aria-labelledby="remarks-heading">
        <h3 id="remarks-heading">{text()['overview.remarks']}</h3>
        {action.remarks.trim() ? <div className="remarks">{action.remarks}</div> : <p className="muted">{text()['overview.noRemarks']}</p>}
      </section>

      <section className="detail__section" aria-labelledby="history-heading">
        <h3 id="history-heading">{text()['overview.recentChanges']}</h3>
        <HistoryList entries={detail.history} />
      </section>
    </article>
  );
}

export function ActionInFull({ actionId, revision }: { actionId: string; revision: number }) {
  // A quicker later selection wins: the answer for an action no longer selected is dropped.
  const { data: detail, problem } = usePlanQuery(() => request(api().actions.get({ actionId })), [actionId, revision]);

  if (problem) {
    return (
      <div className="detail-message" role="alert">
        <p className="detail-message__title">{text()['overview.couldNotOpenAction']}</p>
        <p>{problem}</p>
      </div>
    );
  }
  if (!detail) return <div className="detail-message muted">{text()['overview.openingAction']}</div>;
  // While the next action loads, the previous one stays (dimmed) rather than flashing an empty pane.
  const stale = detail.action.id !== actionId;
  return (
    <div className={stale ? 'detail--stale' : undefined} aria-busy={stale}>
      <ActionDetailBody key={detail.action.id} detail={detail} />
    </div>
  );
}
