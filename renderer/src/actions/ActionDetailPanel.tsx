// The detail panel beside the grid: every field of the focused action, editable (saved when the field is left
// or Enter is pressed, refused with the reason under the field), its indicators, and its history:
// who changed what, when, and from where.
import { useId, useRef, useState } from 'react';
import type { ActionDetail, ActionGridRow, ActionRating, ChangeEntry } from '../../../shared/domain';
import type { ActionEditableField } from '../../../shared/contract';
import { STATUS_LABELS } from '../../../shared/vocab/status';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { OverdueTag, StatusBadge } from '../ui/Status';
import { formatDateTime, formatTimelineDate } from '../ui/format';
import { formatNumber, text } from '../language/language';
import { entityLabel, fieldLabel, fileNameOf, isShownChange, sourceLabel } from '../history/change-words';
import { ChangeValues } from '../history/ChangeValues';
import { fundChoices, statusChoices, statusKeyOf } from '../ui/status-view';
import { RatingSection } from '../ratings/RatingSection';
import { cellText, columnName } from './columns';
import './action-detail-panel.css';

export interface DetailSavers {
  /** Each resolves to the reason the value was refused, or null when it was saved. */
  readonly saveField: (actionId: string, field: ActionEditableField, value: string) => Promise<string | null>;
  readonly saveAgencies: (actionId: string, role: 'lead' | 'collaborator', text: string) => Promise<string | null>;
}

/** What a change in the panel's history is about when it is not the action itself: "Indicator % of uptime", "% of uptime, FY 2025-26". */
function subjectOf(entry: ChangeEntry, detail: ActionDetail): string | null {
  if (entry.entity === 'action') return null;
  const label = entityLabel(entry.entity);
  if (entry.entity === 'indicator') {
    const name = detail.indicators.find((i) => i.id === entry.entityId)?.name;
    return name ? `${label} ${name}` : label;
  }
  if (entry.entity === 'progress') {
    const update = detail.progress.find((p) => p.id === entry.entityId);
    // The field already says "Actual": the subject names what it measures and when.
    return update ? [update.indicatorName, update.periodLabel].filter(Boolean).join(', ') : label;
  }
  return label;
}

/** One editable field: saved when left or on Enter (Ctrl+Enter in long text); Escape puts the saved value back. */
/** Under the End field: the revised end and its reason where there is one, else how an end is typed. */
function revisedEndHint(row: ActionGridRow, detail: ActionDetail | null): string {
  if (!row.revisedEnd) return text()['actions.endTypedHint'];
  return text()['actions.revisedEndHint'](formatTimelineDate(row.revisedEnd), detail?.action.revisedEndReason ?? '');
}

function Field({
  label,
  value,
  onSave,
  multiline = false,
  lines = 2,
  hint,
  wide = false,
}: {
  label: string;
  value: string;
  onSave: (text: string) => Promise<string | null>;
  multiline?: boolean;
  /** How many lines a long text shows. */
  lines?: number;
  hint?: string;
  wide?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  // The stored value wins whenever the field is not being typed in.
  const shown = editing ? draft : value;

  const save = async () => {
    setEditing(false);
    if (draft === value) return setProblem(null);
    setSaving(true);
    const refused = await onSave(draft);
    setSaving(false);
    setProblem(refused);
    if (refused) setEditing(true);
  };
  const common = {
    id,
    className: multiline ? 'panel-field__input panel-field__input--long' : 'panel-field__input',
    value: shown,
    'aria-invalid': problem !== null,
    'aria-describedby': `${id}-message`,
    onFocus: () => {
      if (!editing) setDraft(value);
      setEditing(true);
    },
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      setEditing(true);
    },
    onBlur: () => void save(),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        setDraft(value);
        setProblem(null);
        setEditing(false);
        (event.target as HTMLElement).blur();
      } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void save();
      }
    },
  };
  return (
    <div className={wide ? 'panel-field panel-field--wide' : 'panel-field'}>
      <label htmlFor={id} className="panel-field__label">
        {label}
        {saving && <span className="panel-field__saving">{text()['actions.savingField']}</span>}
      </label>
      {multiline ? <textarea {...common} rows={lines} /> : <input {...common} />}
      {problem ? (
        <p id={`${id}-message`} className="panel-field__problem" role="alert">
          {problem}
        </p>
      ) : (
        <p id={`${id}-message`} className="panel-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Keys that step a closed drop-down through its choices, each step a change event. */
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A drop-down saved once, when the choice is made: picked from its open list, or stepped to with the arrow keys on the
 * closed drop-down and then left (Tab, a click elsewhere) or confirmed (Enter). Stepping through five statuses is one
 * change, one history entry, one undo; Escape goes back to the stored choice.
 */
function ChoiceField({
  label,
  value,
  options,
  onSave,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onSave: (value: string) => Promise<string | null>;
}) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  // The choice stepped to with the keys and not saved yet (null: the stored value shows).
  const [stepped, setStepped] = useState<string | null>(null);
  const stepping = useRef(false);
  const save = async (chosen: string) => {
    setStepped(null);
    if (chosen === value) return;
    setProblem(await onSave(chosen));
  };
  return (
    <div className="panel-field">
      <label htmlFor={id} className="panel-field__label">
        {label}
      </label>
      <select
        id={id}
        className="panel-field__input"
        value={stepped ?? value}
        onKeyDown={(event) => {
          // Alt+↓ and Space open the list: a choice made there is saved at once, as a click in it.
          stepping.current = !event.altKey && (STEPPING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' '));
          if (event.key === 'Enter' && stepped !== null) {
            event.preventDefault();
            void save(stepped);
          } else if (event.key === 'Escape' && stepped !== null) {
            event.stopPropagation();
            setStepped(null);
          }
        }}
        onPointerDown={() => {
          stepping.current = false;
        }}
        onChange={(event) => {
          const chosen = event.target.value;
          // A change right after a stepping key comes from the closed drop-down: kept until the choice is left.
          if (stepping.current) setStepped(chosen);
          else void save(chosen);
          stepping.current = false;
        }}
        onBlur={() => {
          if (stepped !== null) void save(stepped);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {problem && (
        <p className="panel-field__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}


/** The action's changes, worded as the History view words them (change-words), newest first. */
function History({ detail }: { detail: ActionDetail }) {
  const [all, setAll] = useState(false);
  const entries = detail.history.filter(isShownChange);
  if (entries.length === 0) return <p className="muted">{text()['actions.noChange']}</p>;
  const shown = all ? entries : entries.slice(0, 10);
  return (
    <>
      <ol className="panel-history">
        {shown.map((entry) => {
          const subject = subjectOf(entry, detail);
          const file = fileNameOf(entry.sourceFile);
          return (
            <li key={entry.id} className="panel-history__entry">
              <div className="panel-history__change">
                {subject && <span className="panel-history__subject">{subject}</span>}
                <span className="change-field">{fieldLabel(entry)}</span>
                <ChangeValues entry={entry} />
              </div>
              <div className="panel-history__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {entry.user || text()['actions.unknownUser']} · {sourceLabel(entry.source)}
                {file && <span title={entry.sourceFile ?? undefined}> ({file})</span>}
              </div>
            </li>
          );
        })}
      </ol>
      {entries.length > 10 && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? text()['actions.latestOnly'] : text()['actions.showAllChanges'](formatNumber(entries.length))}
        </button>
      )}
    </>
  );
}

/** The delivery rating of the panel's action, and the period an override is set for (see ratings/RatingSection). */
export interface DetailRating {
  readonly rating: ActionRating | undefined;
  readonly period: { readonly id: string; readonly label: string } | null;
  readonly onOpenRules: () => void;
}

export function ActionDetailPanel({
  row,
  revision,
  savers,
  rating,
  onClose,
}: {
  row: ActionGridRow;
  revision: number;
  savers: DetailSavers;
  rating: DetailRating;
  onClose: () => void;
}) {
  const id = row.id;
  // Fetched again when the action changes, is edited (updatedAt) or the plan was reloaded (revision), once the
  // focus rests on it: arrowing down the grid does not ask for every action passed.
  const detail = usePlanQuery(() => request(api().actions.get({ actionId: id })), [id, row.updatedAt, revision], { waitMs: 120 });

  const save = (field: ActionEditableField) => (value: string) => savers.saveField(id, field, value);
  // What could not be read is left out, as for an action being read.
  const fresh = detail.problem === null && detail.data?.action.id === id ? detail.data : null;
  const wording = row.statusText && (!row.status || row.statusText !== STATUS_LABELS[row.status]) ? row.statusText : '';

  return (
    <aside className="action-panel" aria-label={text()['actions.panelLabel']}>
      <header className="action-panel__head">
        <div className="action-panel__where" title={`${row.chapterCode} ${row.chapterTitle} › ${row.statementCode} ${row.statementText}`}>
          {row.statementCode || row.chapterCode} {row.statementText}
        </div>
        <button type="button" className="action-panel__close" aria-label={text()['actions.closePanel']} title={text()['actions.closePanelTip']} onClick={onClose}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="action-panel__body" key={id}>
        <h2 className="action-panel__title">
          {row.code && <span className="action-panel__code">{row.code}</span>}
          {row.title}
        </h2>
        <div className="action-panel__status">
          <StatusBadge status={statusKeyOf(row.status)} />
          {row.overdue && <OverdueTag compact />}
          {wording && <span className="action-panel__wording">{text()['actions.recordedAs'](wording)}</span>}
        </div>

        <RatingSection actionId={id} rating={rating.rating} period={rating.period} onOpenRules={rating.onOpenRules} />

        <div className="panel-grid">
          <Field label={columnName('code')} value={row.code} onSave={save('code')} />
          <ChoiceField label={columnName('status')} value={row.status ?? ''} options={statusChoices()} onSave={save('status')} />
          <Field label={columnName('title')} value={row.title} onSave={save('title')} multiline wide />
          <Field label={columnName('start')} value={cellText('start', row)} onSave={save('start')} hint={text()['actions.startTypedHint']} />
          <Field label={columnName('end')} value={cellText('end', row)} onSave={save('end')} hint={revisedEndHint(row, fresh)} />
          <Field label={columnName('lead')} value={row.leadText} onSave={(typed) => savers.saveAgencies(id, 'lead', typed)} wide />
          <Field label={text()['actions.collaboratingAgencies']} value={row.collaboratorsText} onSave={(typed) => savers.saveAgencies(id, 'collaborator', typed)} wide />
          <ChoiceField label={columnName('fund')} value={row.fundStatus ?? ''} options={fundChoices()} onSave={save('fundStatus')} />
          <Field label={text()['actions.fundNote']} value={row.fundNote} onSave={save('fundNote')} />
          <Field label={text()['actions.statusWording']} value={row.statusText} onSave={save('statusText')} wide hint={text()['actions.statusWordingHint']} />
          <Field label={columnName('remarks')} value={row.remarks} onSave={save('remarks')} multiline lines={7} wide hint={text()['actions.remarksHint']} />
        </div>

        <section className="action-panel__section" aria-labelledby={`${id}-indicators`}>
          <h3 id={`${id}-indicators`}>{text()['actions.indicators']}</h3>
          {row.indicators.length === 0 ? (
            <p className="muted">{text()['actions.noIndicator']}</p>
          ) : (
            <table className="data-table panel-indicators">
              <thead>
                <tr>
                  <th scope="col">{text()['actions.indicator']}</th>
                  <th scope="col">{columnName('baseline')}</th>
                  <th scope="col">{columnName('target')}</th>
                </tr>
              </thead>
              <tbody>
                {row.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <td>{indicator.name || <span className="muted">{text()['actions.unnamed']}</span>}</td>
                    <td>{indicator.baseline || <span className="muted">{text()['actions.notAvailable']}</span>}</td>
                    <td>{indicator.target || <span className="muted">{text()['actions.notAvailable']}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="action-panel__section" aria-labelledby={`${id}-progress`}>
          <h3 id={`${id}-progress`}>{text()['actions.progressUpdates']}</h3>
          {!fresh ? (
            <p className="muted">{text()['actions.loadingProgress']}</p>
          ) : fresh.progress.length === 0 ? (
            <p className="muted">{text()['actions.nothingReported']}</p>
          ) : (
            <table className="data-table panel-progress">
              <thead>
                <tr>
                  <th scope="col">{text()['actions.period']}</th>
                  <th scope="col">{text()['actions.indicator']}</th>
                  <th scope="col">{text()['actions.actual']}</th>
                  <th scope="col">{text()['actions.narrative']}</th>
                </tr>
              </thead>
              <tbody>
                {fresh.progress.map((update) => (
                  <tr key={update.id}>
                    <td>{update.periodLabel}</td>
                    <td>{update.indicatorName ?? <span className="muted">{text()['actions.theAction']}</span>}</td>
                    <td>{update.actual || <span className="muted">—</span>}</td>
                    <td>
                      {update.narrative}
                      {update.supportNeeded && <span className="panel-progress__support">{text()['actions.supportNeeded'](update.supportNeeded)}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="action-panel__section" aria-labelledby={`${id}-history`}>
          <h3 id={`${id}-history`}>{text()['actions.history']}</h3>
          {fresh ? <History detail={fresh} /> : <p className="muted">{text()['actions.loadingHistory']}</p>}
        </section>
      </div>
    </aside>
  );
}
