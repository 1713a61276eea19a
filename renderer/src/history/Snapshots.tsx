// Snapshots: take one before a steering committee meeting ("Steering committee, 14 March 2027"), and compare
// the plan now with any of them: actions added and removed, statuses changed, ends slipped, targets changed.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SnapshotComparison } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatMoment, formatNumber, text } from '../language/language';
import { StatusBadge } from '../ui/Status';
import { formatDate, formatDateTime } from '../ui/format';
import { statusKeyOf } from '../ui/status-view';
import { slipWords } from './change-words';
import './snapshots.css';

interface Props {
  readonly planId: string;
  readonly revision: number;
  readonly openAction: (actionId: string) => void;
}

/** "Steering committee, 14 March 2027": a name to keep or change, the day written out in the language shown. */
function defaultName(): string {
  return text()['history.snapshotName'](formatMoment(new Date().toISOString(), 'longDay'));
}

function endWords(month: string | null, open = false): string {
  if (open) return text()['common.continue'];
  return month ? formatMonth(month) : text()['history.noEnd'];
}

/** The kinds of difference a comparison lists, in the order of its summary. */
const KINDS = ['added', 'removed', 'status', 'slipped', 'targets'] as const;

function ActionLink({ item, openAction, canOpen = true }: { item: { actionId: string; code: string; title: string }; openAction: (id: string) => void; canOpen?: boolean }) {
  const content = (
    <>
      <span className="row-link__code">{item.code}</span>
      <span className="row-link__title">{item.title}</span>
    </>
  );
  if (!canOpen) return <span className="row-link row-link--plain">{content}</span>;
  return (
    <button type="button" className="row-link" onClick={() => openAction(item.actionId)} title={text()['history.openAction']}>
      {content}
    </button>
  );
}

/** A kind of difference; kinds with none are named together at the end instead. */
function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="comparison-section" aria-labelledby={id} data-section={id}>
      <h4 id={id} className="comparison-section__title">
        {title} <span className="comparison-section__n">{formatNumber(count)}</span>
      </h4>
      {children}
    </section>
  );
}

function Comparison({ comparison, openAction }: { comparison: SnapshotComparison; openAction: (id: string) => void }) {
  const { snapshot, added, removed, statusChanged, slipped, targetsChanged } = comparison;
  const words = text();
  const counts = { added: added.length, removed: removed.length, status: statusChanged.length, slipped: slipped.length, targets: targetsChanged.length };
  const total = KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  // Named in the order the sections come.
  const none = (['status', 'slipped', 'targets', 'added', 'removed'] as const).filter((kind) => counts[kind] === 0).map((kind) => words[`history.unchanged.${kind}`]);
  return (
    <div className="comparison" aria-live="polite">
      <header className="comparison__header">
        <p className="comparison__kind">{words['history.comparedWith']}</p>
        <h3 className="comparison__title">{snapshot.name}</h3>
        <p className="comparison__meta">
          {words['history.taken'](formatDateTime(snapshot.takenAt), snapshot.createdBy, formatNumber(snapshot.actions), snapshot.actions)}
        </p>
        <ul className="comparison__summary" aria-label={words['history.summaryLabel']}>
          {KINDS.map((kind) => (
            <li key={kind} className={counts[kind] === 0 ? 'comparison__none' : undefined}>
              {words[`history.summary.${kind}`](formatNumber(counts[kind]), counts[kind])}
            </li>
          ))}
        </ul>
      </header>
      {total === 0 ? (
        <p className="comparison__same">{words['history.nothingChanged']}</p>
      ) : (
        <>
          <Section id="cmp-status" title={words['history.section.status']} count={statusChanged.length}>
            <table className="data-table comparison-table">
              <thead>
                <tr>
                  <th scope="col">{words['history.action']}</th>
                  <th scope="col">{words['history.then']}</th>
                  <th scope="col">{words['history.now']}</th>
                </tr>
              </thead>
              <tbody>
                {statusChanged.map((item) => (
                  <tr key={item.actionId}>
                    <td>
                      <ActionLink item={item} openAction={openAction} />
                    </td>
                    <td className="comparison-table__badge">
                      <StatusBadge status={statusKeyOf(item.before)} />
                    </td>
                    <td className="comparison-table__badge">
                      <StatusBadge status={statusKeyOf(item.after)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="cmp-slipped" title={words['history.section.slipped']} count={slipped.length}>
            <table className="data-table comparison-table">
              <thead>
                <tr>
                  <th scope="col">{words['history.action']}</th>
                  <th scope="col">{words['history.endThen']}</th>
                  <th scope="col">{words['history.endNow']}</th>
                  <th scope="col">{words['history.slip']}</th>
                </tr>
              </thead>
              <tbody>
                {slipped.map((item) => (
                  <tr key={item.actionId}>
                    <td>
                      <ActionLink item={item} openAction={openAction} />
                    </td>
                    <td className="comparison-table__date">{endWords(item.endBefore)}</td>
                    <td className="comparison-table__date">{endWords(item.endAfter, item.endOpenAfter)}</td>
                    <td className={item.slipMonths !== null && item.slipMonths > 0 ? 'comparison-table__slip comparison-table__slip--late' : 'comparison-table__slip'}>
                      {slipWords(item)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="cmp-targets" title={words['history.section.targets']} count={targetsChanged.length}>
            <table className="data-table comparison-table">
              <thead>
                <tr>
                  <th scope="col">{words['history.action']}</th>
                  <th scope="col">{words['history.indicator']}</th>
                  <th scope="col">{words['history.targetThen']}</th>
                  <th scope="col">{words['history.targetNow']}</th>
                </tr>
              </thead>
              <tbody>
                {targetsChanged.map((item, index) => (
                  <tr key={`${item.actionId}-${index}`}>
                    <td>
                      <ActionLink item={item} openAction={openAction} />
                    </td>
                    <td>{item.indicator}</td>
                    <td className="comparison-table__date">{item.before || '—'}</td>
                    <td className="comparison-table__date">{item.after || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="cmp-added" title={words['history.section.added']} count={added.length}>
            <ul className="comparison-list">
              {added.map((item) => (
                <li key={item.actionId}>
                  <ActionLink item={item} openAction={openAction} />
                </li>
              ))}
            </ul>
          </Section>
          <Section id="cmp-removed" title={words['history.section.removed']} count={removed.length}>
            <ul className="comparison-list">
              {removed.map((item) => (
                <li key={item.actionId}>
                  <ActionLink item={item} openAction={openAction} canOpen={false} />
                </li>
              ))}
            </ul>
          </Section>
          {none.length > 0 && <p className="comparison__unchanged">{words['history.unchanged'](none.join(', '))}</p>}
        </>
      )}
    </div>
  );
}

export function Snapshots({ planId, revision, openAction }: Props) {
  const list = usePlanQuery(() => request(api().snapshots.list({ planId })), [planId, revision]);
  const snapshots = list.data ?? null;
  // The snapshot the user chose, while it is in the list; else the first (the newest).
  const [choice, setChoice] = useState<string | null>(null);
  const chosenId = choice && snapshots?.some((s) => s.id === choice) ? choice : (snapshots?.[0]?.id ?? null);
  const compared = usePlanQuery(() => (chosenId ? request(api().snapshots.compare({ snapshotId: chosenId })) : Promise.resolve(undefined)), [chosenId, revision]);
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);
  const [takeProblem, setTakeProblem] = useState<string | null>(null);
  const problem = takeProblem ?? list.problem ?? compared.problem;
  // A comparison is shown only for the snapshot chosen (not the previous one while the next loads).
  const shownComparison = compared.data && compared.data.snapshot.id === chosenId ? compared.data : null;

  const take = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      const snapshot = await request(api().snapshots.create({ planId, name: name.trim() }));
      setTakeProblem(null);
      setChoice(snapshot.id);
      await list.reload();
      setName(defaultName());
    } catch (error) {
      setTakeProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const words = text();
  return (
    <div className="snapshots">
      <div className="snapshots__side">
        <form className="snapshot-form" onSubmit={take} aria-labelledby="snapshot-form-title">
          <h3 id="snapshot-form-title" className="snapshots__heading">
            {words['history.takeHeading']}
          </h3>
          <p className="snapshots__hint">{words['history.takeHint']}</p>
          <label htmlFor="snapshot-name" className="field-label">
            {words['history.name']}
          </label>
          <input id="snapshot-name" className="text-input" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--primary snapshot-form__button" disabled={busy || !name.trim()}>
            {busy ? words['history.taking'] : words['history.take']}
          </button>
        </form>
        <h3 id="snapshot-list-title" className="snapshots__heading snapshots__heading--list">
          {words['history.compareWith']}
        </h3>
        {snapshots === null ? (
          <p className="muted">{words['history.loading']}</p>
        ) : snapshots.length === 0 ? (
          <p className="snapshots__none">{words['history.noSnapshot']}</p>
        ) : (
          <ul className="snapshot-list" aria-labelledby="snapshot-list-title">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <button
                  type="button"
                  className="snapshot-item"
                  aria-pressed={snapshot.id === chosenId}
                  onClick={() => setChoice(snapshot.id)}
                >
                  <span className="snapshot-item__name">{snapshot.name}</span>
                  <span className="snapshot-item__meta">
                    {formatDate(snapshot.takenAt)} · {snapshot.createdBy}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="snapshots__main" tabIndex={-1}>
        {problem && (
          <p className="view-notice view-notice--problem" role="alert">
            {problem}
          </p>
        )}
        {shownComparison ? (
          <Comparison comparison={shownComparison} openAction={openAction} />
        ) : (
          snapshots !== null && <p className="snapshots__empty">{words['history.differencesHere']}</p>
        )}
      </div>
    </div>
  );
}
