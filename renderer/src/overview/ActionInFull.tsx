// One action in full: where it sits in the plan, its status and timeline, agencies, fund, indicators,
// remarks and its recent history. Read-only for now; editing arrives with the grid.
import { useState } from 'react';
import type { ActionDetail, AgencyField, ChangeEntry, ChangeSource, Indicator } from '../../../shared/domain';
import { FUND_LABELS, STATUS_LABELS } from '../../../shared/vocab/status';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatDateTime, formatEnd, formatTimelineDate } from '../ui/format';
import { statusKeyOf } from '../ui/status-view';
import { OverdueTag, StatusBadge } from '../ui/Status';
import './action-in-full.css';

const RECENT_HISTORY = 8;

const FIELD_NAMES: Readonly<Record<string, string>> = {
  created: 'Created',
  code: 'Code',
  title: 'Title',
  start: 'Start',
  end: 'End',
  status: 'Status',
  statusText: 'Status wording',
  fundStatus: 'Fund',
  fundNote: 'Fund note',
  leadText: 'Lead agency',
  collaboratorsText: 'Collaborating agencies',
  remarks: 'Remarks',
};

const SOURCE_NAMES: Readonly<Record<ChangeSource, string>> = {
  edit: 'Edited',
  import: 'Imported',
  exchange: 'From an agency update',
  package: 'From a package',
  undo: 'Undone',
  system: 'PlanDesk',
};

function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function shortValue(value: string | null): string {
  if (value === null || value === '') return '(empty)';
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

function Agencies({ field }: { field: AgencyField }) {
  if (!field.text && field.agencies.length === 0) return <span className="muted">Not recorded</span>;
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
  if (indicators.length === 0) return <p className="muted">No indicator recorded.</p>;
  return (
    <table className="data-table indicator-table">
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Baseline</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={indicator.id}>
            <td>{indicator.name || <span className="muted">Unnamed indicator</span>}</td>
            <td>{indicator.baseline.text || <span className="muted">NA</span>}</td>
            <td>{indicator.target.text || <span className="muted">NA</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HistoryList({ entries }: { entries: readonly ChangeEntry[] }) {
  const [showAll, setShowAll] = useState(false);
  if (entries.length === 0) return <p className="muted">No change recorded.</p>;
  const shown = showAll ? entries : entries.slice(0, RECENT_HISTORY);
  return (
    <>
      <ol className="history">
        {shown.map((entry) => (
          <li key={entry.id} className="history__entry">
            <div className="history__meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span>{entry.user || 'Unknown user'}</span>
              <span>
                {SOURCE_NAMES[entry.source]}
                {entry.sourceFile ? ` · ${entry.sourceFile.split(/[\\/]/).pop()}` : ''}
              </span>
            </div>
            {entry.field === 'created' ? (
              <div className="history__change">
                Created {entry.entity}
                {entry.newValue ? <span className="history__value"> {shortValue(entry.newValue)}</span> : null}
              </div>
            ) : (
              <div className="history__change">
                <span className="history__field">{fieldName(entry.field)}</span>{' '}
                <span className="history__value history__value--old">{shortValue(entry.oldValue)}</span>
                <span aria-label="changed to"> → </span>
                <span className="history__value">{shortValue(entry.newValue)}</span>
              </div>
            )}
          </li>
        ))}
      </ol>
      {entries.length > RECENT_HISTORY && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show recent changes only' : `Show all ${entries.length} changes`}
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
      <nav className="breadcrumb" aria-label="Where this action sits">
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
          {wording && <span className="detail__wording">Recorded as “{wording}”</span>}
        </div>
      </header>

      <dl className="facts">
        <div className="facts__item">
          <dt>Timeline</dt>
          <dd>
            {formatTimelineDate(action.start, action.startPrecision)} – {formatEnd(action.end, action.endOpen, action.endPrecision)}
            {action.revisedEnd && (
              <span className="facts__note">
                Revised end: {formatTimelineDate(action.revisedEnd)}
                {action.revisedEndReason && ` — ${action.revisedEndReason}`}
              </span>
            )}
            {action.timelineText && <span className="facts__note">As written: {action.timelineText}</span>}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Fund</dt>
          <dd>
            {action.fundStatus ? FUND_LABELS[action.fundStatus] : <span className="muted">Not recorded</span>}
            {action.fundNote && <span className="facts__note">{action.fundNote}</span>}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Lead agency</dt>
          <dd>
            <Agencies field={action.lead} />
          </dd>
        </div>
        <div className="facts__item">
          <dt>Collaborating agencies</dt>
          <dd>
            <Agencies field={action.collaborators} />
          </dd>
        </div>
      </dl>

      <section className="detail__section" aria-labelledby="indicators-heading">
        <h3 id="indicators-heading">Indicators</h3>
        <IndicatorTable indicators={detail.indicators} />
      </section>

      <section className="detail__section" aria-labelledby="remarks-heading">
        <h3 id="remarks-heading">Remarks</h3>
        {action.remarks.trim() ? <div className="remarks">{action.remarks}</div> : <p className="muted">No remarks yet.</p>}
      </section>

      <section className="detail__section" aria-labelledby="history-heading">
        <h3 id="history-heading">Recent changes</h3>
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
        <p className="detail-message__title">This action could not be opened</p>
        <p>{problem}</p>
      </div>
    );
  }
  if (!detail) return <div className="detail-message muted">Opening the action…</div>;
  // While the next action loads, the previous one stays (dimmed) rather than flashing an empty pane.
  const stale = detail.action.id !== actionId;
  return (
    <div className={stale ? 'detail--stale' : undefined} aria-busy={stale}>
      <ActionDetailBody key={detail.action.id} detail={detail} />
    </div>
  );
}
