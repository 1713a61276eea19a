// Snapshots: take one before a steering committee meeting ("Steering committee, 14 March 2027"), and compare
// the plan now with any of them: actions added and removed, statuses changed, ends slipped, targets changed.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SnapshotComparison } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import { StatusBadge } from '../ui/Status';
import { formatDate, formatDateTime } from '../ui/format';
import { statusKeyOf } from '../ui/status-view';
import './snapshots.css';

interface Props {
  readonly planId: string;
  readonly revision: number;
  readonly openAction: (actionId: string) => void;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function defaultName(): string {
  return `Steering committee, ${longDate.format(new Date())}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function endWords(month: string | null, open = false): string {
  if (open) return 'Continue';
  return month ? formatMonth(month) : 'no end';
}

/** "3 months later", "2 months earlier", "now open-ended". */
export function slipWords(item: SnapshotComparison['slipped'][number]): string {
  if (item.endOpenAfter) return 'now open-ended';
  if (item.slipMonths === null) return item.endAfter ? 'end set' : 'end removed';
  if (item.slipMonths === 0) return 'same month';
  const n = Math.abs(item.slipMonths);
  return `${plural(n, 'month', 'months')} ${item.slipMonths > 0 ? 'later' : 'earlier'}`;
}

function ActionLink({ item, openAction, canOpen = true }: { item: { actionId: string; code: string; title: string }; openAction: (id: string) => void; canOpen?: boolean }) {
  const content = (
    <>
      <span className="row-link__code">{item.code}</span>
      <span className="row-link__title">{item.title}</span>
    </>
  );
  if (!canOpen) return <span className="row-link row-link--plain">{content}</span>;
  return (
    <button type="button" className="row-link" onClick={() => openAction(item.actionId)} title="Open the action">
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
        {title} <span className="comparison-section__n">{count}</span>
      </h4>
      {children}
    </section>
  );
}

function Comparison({ comparison, openAction }: { comparison: SnapshotComparison; openAction: (id: string) => void }) {
  const { snapshot, added, removed, statusChanged, slipped, targetsChanged } = comparison;
  const total = added.length + removed.length + statusChanged.length + slipped.length + targetsChanged.length;
  const none = [
    statusChanged.length === 0 && 'statuses',
    slipped.length === 0 && 'end dates',
    targetsChanged.length === 0 && 'targets',
    added.length === 0 && 'actions added',
    removed.length === 0 && 'actions removed',
  ].filter((word): word is string => word !== false);
  return (
    <div className="comparison" aria-live="polite">
      <header className="comparison__header">
        <p className="comparison__kind">The plan now, compared with</p>
        <h3 className="comparison__title">{snapshot.name}</h3>
        <p className="comparison__meta">
          Taken {formatDateTime(snapshot.takenAt)} by {snapshot.createdBy} · {plural(snapshot.actions, 'action', 'actions')} then
        </p>
        <ul className="comparison__summary" aria-label="Summary of the differences">
          {[
            plural(added.length, 'action added', 'actions added'),
            plural(removed.length, 'action removed', 'actions removed'),
            plural(statusChanged.length, 'status changed', 'statuses changed'),
            plural(slipped.length, 'end date moved', 'end dates moved'),
            plural(targetsChanged.length, 'target changed', 'targets changed'),
          ].map((words) => (
            <li key={words} className={words.startsWith('0 ') ? 'comparison__none' : undefined}>
              {words}
            </li>
          ))}
        </ul>
      </header>
      {total === 0 ? (
        <p className="comparison__same">Nothing has changed since this snapshot.</p>
      ) : (
        <>
          <Section id="cmp-status" title="Status changed" count={statusChanged.length}>
            <table className="data-table comparison-table">
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Then</th>
                  <th scope="col">Now</th>
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
          <Section id="cmp-slipped" title="End dates moved" count={slipped.length}>
            <table className="data-table comparison-table">
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">End then</th>
                  <th scope="col">End now</th>
                  <th scope="col">Slip</th>
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
          <Section id="cmp-targets" title="Targets changed" count={targetsChanged.length}>
            <table className="data-table comparison-table">
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Indicator</th>
                  <th scope="col">Target then</th>
                  <th scope="col">Target now</th>
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
          <Section id="cmp-added" title="Actions added" count={added.length}>
            <ul className="comparison-list">
              {added.map((item) => (
                <li key={item.actionId}>
                  <ActionLink item={item} openAction={openAction} />
                </li>
              ))}
            </ul>
          </Section>
          <Section id="cmp-removed" title="Actions removed" count={removed.length}>
            <ul className="comparison-list">
              {removed.map((item) => (
                <li key={item.actionId}>
                  <ActionLink item={item} openAction={openAction} canOpen={false} />
                </li>
              ))}
            </ul>
          </Section>
          {none.length > 0 && <p className="comparison__unchanged">Unchanged: {none.join(', ')}.</p>}
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

  return (
    <div className="snapshots">
      <div className="snapshots__side">
        <form className="snapshot-form" onSubmit={take} aria-labelledby="snapshot-form-title">
          <h3 id="snapshot-form-title" className="snapshots__heading">
            Take a snapshot
          </h3>
          <p className="snapshots__hint">Freezes the plan as it stands now, to compare with later.</p>
          <label htmlFor="snapshot-name" className="field-label">
            Name
          </label>
          <input id="snapshot-name" className="text-input" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--primary snapshot-form__button" disabled={busy || !name.trim()}>
            {busy ? 'Taking the snapshot…' : 'Take snapshot'}
          </button>
        </form>
        <h3 id="snapshot-list-title" className="snapshots__heading snapshots__heading--list">
          Compare the plan now with
        </h3>
        {snapshots === null ? (
          <p className="muted">Loading…</p>
        ) : snapshots.length === 0 ? (
          <p className="snapshots__none">No snapshot yet. Take one before each steering committee meeting.</p>
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
          snapshots !== null && <p className="snapshots__empty">Take a snapshot, change the plan, and the differences show here.</p>
        )}
      </div>
    </div>
  );
}
