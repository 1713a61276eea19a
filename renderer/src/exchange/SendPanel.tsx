// Send for update: the reporting period, the lead agencies (all or some), the due date and the PMU's contact.
// The host asks for a folder and writes one workbook per agency and a .zip of them.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { LeadAgency, NotSentAction, ReportingPeriod, SendCounts, SendOutcome } from '../../../shared/domain';
import { api, attempt } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import './send-panel.css';

const CONTACT_KEY = 'plandesk.exchangeContact';

function agencyLabel(agency: LeadAgency): string {
  return agency.acronym ?? agency.name;
}

/** The period holding today (the last listed), else the last one. */
function defaultPeriod(periods: readonly ReportingPeriod[]): string {
  const month = new Date().toISOString().slice(0, 7);
  return (periods.find((p) => p.start <= month && month <= p.end) ?? periods[periods.length - 1])?.id ?? '';
}

/** Four weeks from today, as the PMU usually asks. */
function defaultDue(): string {
  const date = new Date(Date.now() + 28 * 24 * 3600 * 1000);
  return date.toISOString().slice(0, 10);
}

/** Why an action is in no workbook: "led by a group (Respective Agencies)", or "no lead agency". */
export function notSentWords(action: NotSentAction): string {
  const words = text();
  return action.reason === 'group' ? words['exchange.ledByGroup'](action.lead || words['exchange.aGroup']) : words['exchange.noLeadAgency'];
}

/** "10 workbooks, 41 actions of 60 (54 rows: 11 actions led jointly go to each lead agency)". */
function countsWords(counts: SendCounts): string {
  const words = text();
  const joint = counts.jointlyLed > 0 ? words['exchange.sendCountsJoint'](formatNumber(counts.rows), counts.rows, formatNumber(counts.jointlyLed), counts.jointlyLed) : '';
  return words['exchange.sendCounts'](formatNumber(counts.workbooks), counts.workbooks, formatNumber(counts.actionsOut), counts.actionsOut, formatNumber(counts.planActions)) + joint;
}

function actionCount(count: number): string {
  return text()['exchange.actionCount'](formatNumber(count), count);
}

export function SendPanel({ planId, revision, onSent }: { planId: string; revision: number; onSent: (outcome: SendOutcome) => void }) {
  const choices = usePlanQuery(async () => {
    const [periods, agencies] = await Promise.all([attempt(api().plans.periods({ planId })), attempt(api().exchange.leadAgencies({ planId }))]);
    return { periods: periods ?? [], agencies: agencies ?? [] };
  }, [planId, revision]);
  const periods = choices.data?.periods ?? null;
  const agencies = choices.data?.agencies ?? null;
  // The period chosen, while the plan has it; else the period holding today.
  const [periodChoice, setPeriodId] = useState('');
  const periodId = periods === null ? '' : periods.some((p) => p.id === periodChoice) ? periodChoice : defaultPeriod(periods);
  const [everyAgency, setEveryAgency] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [dueDate, setDueDate] = useState(defaultDue);
  const [contact, setContact] = useState(() => localStorage.getItem(CONTACT_KEY) ?? '');
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();

  // A group ("Respective Agencies") is not someone to send a workbook to: only agencies are listed; what only
  // groups lead is named below the list, and listed action by action after sending.
  const leads = useMemo(() => (agencies ?? []).filter((a) => a.kind === 'agency'), [agencies]);
  const groups = useMemo(() => (agencies ?? []).filter((a) => a.kind === 'group' && a.notSent > 0), [agencies]);
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return leads.filter((a) => !words || `${a.acronym ?? ''} ${a.name}`.toLowerCase().includes(words));
  }, [leads, filter]);

  const recipients = everyAgency ? leads : leads.filter((a) => chosen.has(a.id));
  // Counted by the core: an action two agencies lead is in two workbooks but is one action.
  const chosenKey = [...chosen].sort().join(',');
  const counts = usePlanQuery(
    () => attempt(api().exchange.sendCounts({ planId, agencyIds: everyAgency ? null : chosenKey.split(',').filter(Boolean) })),
    [planId, revision, everyAgency, chosenKey],
  ).data;

  const toggle = (id: string) => {
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setProblem(null);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!periodId) return setProblem(text()['exchange.choosePeriod']);
    if (recipients.length === 0) return setProblem(text()['exchange.chooseAgency']);
    setProblem(null);
    setBusy(true);
    localStorage.setItem(CONTACT_KEY, contact.trim());
    try {
      const outcome = await attempt(
        api().exchange.send({ planId, periodId, agencyIds: everyAgency ? null : [...chosen], dueDate: dueDate || null, contact: contact.trim() }),
      );
      if (outcome) onSent(outcome);
    } finally {
      setBusy(false);
    }
  };

  const words = text();
  return (
    <form className="exchange-card exchange-send" aria-labelledby={`${ids}-title`} onSubmit={(e) => void send(e)}>
      <div className="exchange-card__head">
        <h3 id={`${ids}-title`}>{words['exchange.sendTitle']}</h3>
        <p className="muted">{words['exchange.sendHint']}</p>
      </div>
      <div className="exchange-send__body">
        <div className="exchange-field">
          <label className="field-label" htmlFor={`${ids}-period`}>
            {words['exchange.reportingPeriod']}
          </label>
          <select id={`${ids}-period`} className="select-input select-input--full" value={periodId} onChange={(e) => setPeriodId(e.target.value)} disabled={!periods}>
            {periods?.length === 0 && <option value="">{words['exchange.noPeriods']}</option>}
            {periods?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="exchange-field exchange-agencies">
          <legend className="field-label">{words['exchange.leadAgencies']}</legend>
          <div className="exchange-agencies__modes">
            <label className="exchange-radio">
              <input type="radio" name={`${ids}-who`} checked={everyAgency} onChange={() => setEveryAgency(true)} />
              {words['exchange.allLeadAgencies'](agencies ? formatNumber(leads.length) : '')}
            </label>
            <label className="exchange-radio">
              <input type="radio" name={`${ids}-who`} checked={!everyAgency} onChange={() => setEveryAgency(false)} />
              {words['exchange.choose']}
            </label>
          </div>
            <div className="exchange-agencies__pick">
              <input
                className="text-input exchange-agencies__filter"
                type="search"
                placeholder={words['exchange.findAgency']}
                aria-label={words['exchange.findAgency']}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
              <ul className={`exchange-agencies__list${everyAgency ? ' exchange-agencies__list--all' : ''}`} aria-label={words['exchange.agenciesToSendTo']}>
                {shown.map((a) => (
                  <li key={a.id}>
                    <label className="exchange-check">
                      <input type="checkbox" checked={everyAgency || chosen.has(a.id)} disabled={everyAgency} onChange={() => toggle(a.id)} />
                      <span className="exchange-check__label" title={a.acronym ? `${a.acronym}: ${a.name}` : a.name}>
                        <strong>{agencyLabel(a)}</strong>
                        {a.acronym && <span className="muted"> {a.name}</span>}
                      </span>
                      <span className="exchange-check__count">{actionCount(a.actions)}</span>
                    </label>
                  </li>
                ))}
                {agencies && shown.length === 0 && <li className="muted exchange-agencies__none">{words['exchange.noAgencyMatches'](filter)}</li>}
              </ul>
              {everyAgency && groups.length > 0 && (
                <p className="exchange-agencies__groups" role="note">
                  {words['exchange.groupsNotSent'](groups.map((g) => `${agencyLabel(g)} (${actionCount(g.notSent)})`).join(', '))}
                </p>
              )}
              {counts && counts.notSent.length > 0 && (
                <details className="exchange-not-sent">
                  <summary>
                    {words['exchange.inNoWorkbook'](formatNumber(counts.notSent.length), counts.notSent.length)}
                  </summary>
                  <ul>
                    {counts.notSent.map((a) => (
                      <li key={a.actionId}>
                        <strong>{a.code}</strong> {a.title} <span className="muted">— {notSentWords(a)}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {counts && counts.otherAgencies > 0 && (
                <p className="muted exchange-other-agencies">{words['exchange.otherAgencies'](formatNumber(counts.otherAgencies), counts.otherAgencies)}</p>
              )}
            </div>
        </fieldset>

        <div className="exchange-send__row">
          <div className="exchange-field">
            <label className="field-label" htmlFor={`${ids}-due`}>
              {words['exchange.returnBy']}
            </label>
            <input id={`${ids}-due`} className="text-input" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </div>
          <div className="exchange-field exchange-field--grow">
            <label className="field-label" htmlFor={`${ids}-contact`}>
              {words['exchange.contact']}
            </label>
            <input
              id={`${ids}-contact`}
              className="text-input"
              value={contact}
              maxLength={300}
              placeholder={words['exchange.contactPlaceholder']}
              onChange={(e) => setContact(e.target.value)}
            />
          </div>
        </div>
        {problem && (
          <p className="exchange-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="exchange-card__foot">
        <span className="muted" aria-live="polite">
          {counts ? countsWords(counts) : words['exchange.loading']}
        </span>
        <button type="submit" className="button button--primary" disabled={busy || !agencies || recipients.length === 0}>
          {busy ? words['exchange.writingWorkbooks'] : words['exchange.send']}
        </button>
      </div>
    </form>
  );
}
