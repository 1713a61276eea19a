// The review of returned update workbooks (or of a whole-plan package): every file with the reason it was refused,
// its problems cell by cell, and the proposed changes by action, field: plan now → proposed, conflicts flagged.
// The reviewer accepts or rejects each change, a whole action or a whole file, with an optional note; the summary
// says what the merge will do, and the merge is one transaction.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ProposedChange, Review, ReviewDecision, ReviewFile, ReviewGroup, ReviewProblem } from '../../../shared/domain';
import { formatDate, formatDateTime } from '../ui/format';
import { dayWords } from '../../../shared/dates';
import {
  changeKey,
  decide,
  decisionsForMerge,
  decisionsFromSaved,
  effectiveOf,
  fileKey,
  groupKey,
  jointConflicts,
  keepAnswer,
  keptValues,
  plural,
  stateOf,
  tally,
  unsettled,
  withNote,
  type Choice,
  type Decisions,
  type JointConflict,
} from './review-model';
import './review-panel.css';

type ButtonsState = 'accepted' | 'rejected' | 'undecided' | 'mixed';

function DecisionButtons({
  state,
  label,
  onChoose,
  compact = false,
  noun = 'all',
}: {
  state: ButtonsState;
  label: string;
  onChoose: (accept: boolean | null) => void;
  compact?: boolean;
  noun?: string;
}) {
  return (
    <div className={`decision${compact ? ' decision--compact' : ''}`} role="group" aria-label={label}>
      <button
        type="button"
        className="decision__button decision__button--accept"
        aria-pressed={state === 'accepted'}
        onClick={() => onChoose(state === 'accepted' ? null : true)}
      >
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2.2 6.3 4.9 9l5-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {compact ? 'Accept' : `Accept ${noun}`}
      </button>
      <button
        type="button"
        className="decision__button decision__button--reject"
        aria-pressed={state === 'rejected'}
        onClick={() => onChoose(state === 'rejected' ? null : false)}
      >
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 3l6 6M9 3l-6 6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        {compact ? 'Reject' : `Reject ${noun}`}
      </button>
    </div>
  );
}

/** The note that goes with a decision: offered once decided, kept in the history with it. */
function DecisionNote({ choice, label, onChange }: { choice: Choice | undefined; label: string; onChange: (note: string) => void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!choice) return null;
  if (!open && choice.note === '') {
    return (
      <button type="button" className="link-button decision-note__add" onClick={() => setOpen(true)} aria-label={`Add a note: ${label}`}>
        Add a note
      </button>
    );
  }
  return (
    <span className="decision-note">
      <label className="visually-hidden" htmlFor={id}>
        {`Note: ${label}`}
      </label>
      <input
        id={id}
        className="text-input decision-note__input"
        value={choice.note}
        maxLength={2000}
        placeholder={choice.accept ? 'Why accepted (optional)' : 'Why rejected (optional)'}
        autoFocus={open && choice.note === ''}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}

function Value({ text, empty = 'none' }: { text: string | null; empty?: string }) {
  return text === null || text === '' ? <span className="review-value review-value--none">{empty}</span> : <span className="review-value">{text}</span>;
}

function ProblemsTable({ problems }: { problems: readonly ReviewProblem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details className="review-problems" open>
      <summary>
        <span className="review-problems__title">{plural(problems.length, 'problem')}</span>
        <span className="muted">
          {errors > 0 ? `${errors} not taken` : ''}
          {errors > 0 && problems.length > errors ? ' · ' : ''}
          {problems.length > errors ? `${problems.length - errors} to know` : ''}
        </span>
      </summary>
      <table className="data-table review-problems__table">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={`review-problem review-problem--${p.severity}`}>
              <td className="review-problems__where">
                <span className={`review-severity review-severity--${p.severity}`}>{p.severity === 'error' ? 'Not taken' : 'Warning'}</span>
                <span className="mono">
                  {p.sheet}
                  {p.row !== null && `, row ${p.row}`}
                </span>
              </td>
              <td>
                {p.column ? <span className="mono review-problems__col">{p.column}</span> : null}
                {p.columnName ?? (p.column ? '' : <span className="muted">—</span>)}
              </td>
              <td className="review-problems__value">{p.value ? <q>{p.value}</q> : <span className="muted">—</span>}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function agencyOf(file: ReviewFile): string {
  return file.source?.kind === 'exchange' ? file.source.agency.label : file.fileName;
}

function agenciesWords(conflict: JointConflict): string {
  const names = conflict.answers.map((a) => agencyOf(a.file));
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * One conflict between lead agencies, shown once (under the first workbook that holds it): both answers side by side,
 * one to keep, or a value typed instead. Keeping one rejects the others.
 */
function JointConflictBlock({ conflict, decisions, setDecisions }: { conflict: JointConflict; decisions: Decisions; setDecisions: (next: (d: Decisions) => Decisions) => void }) {
  const name = useId();
  const kept = conflict.answers.find((a) => decisions.get(changeKey(a.change.id))?.accept === true);
  const typed = kept ? decisions.get(changeKey(kept.change.id))?.value : undefined;
  const clash = unsettled(conflict, decisions);
  const values = keptValues(conflict, decisions);
  const words = agenciesWords(conflict);
  return (
    <div className={`joint-conflict${clash ? ' joint-conflict--clash' : ''}`} role="group" aria-label={`Conflict between ${words}: ${conflict.what}`}>
      <p className="joint-conflict__what">
        <strong>Conflict between {words}.</strong> Both lead this action and answered differently; only one value can be merged. Keep one of
        them, or type the value to keep.
      </p>
      <div className="joint-conflict__choices">
        {conflict.answers.map((a) => (
          <label key={a.change.id} className="joint-conflict__choice">
            <input type="radio" name={name} checked={kept?.change.id === a.change.id && typed === undefined && !clash} onChange={() => setDecisions((d) => keepAnswer(d, conflict, a.change.id))} />
            <span>
              Keep {agencyOf(a.file)}’s <Value text={a.change.newValue} empty="(cleared)" />
              <span className="muted"> — {a.file.fileName}, cell {a.change.cell}</span>
            </span>
          </label>
        ))}
        <label className="joint-conflict__choice">
          <input
            type="radio"
            name={name}
            checked={typed !== undefined && !clash}
            onChange={() => setDecisions((d) => keepAnswer(d, conflict, conflict.answers[0]!.change.id, conflict.answers[0]!.change.newValue ?? ''))}
          />
          <span>Another value:</span>
          <input
            className="text-input joint-conflict__typed"
            aria-label={`Value to keep instead: ${conflict.what}`}
            value={typed ?? ''}
            maxLength={5000}
            placeholder="Type the value to keep"
            onChange={(e) => {
              const text = e.target.value;
              setDecisions((d) => keepAnswer(d, conflict, conflict.answers[0]!.change.id, text));
            }}
          />
        </label>
        {kept && (
          <button type="button" className="link-button" onClick={() => setDecisions((d) => keepAnswer(d, conflict, null))}>
            Decide later
          </button>
        )}
      </div>
      <p className={clash ? 'joint-conflict__state joint-conflict__state--clash' : 'joint-conflict__state muted'} role={clash ? 'alert' : undefined}>
        {clash
          ? `Both values are accepted (${values.filter((v) => v !== null).map((v) => `“${v}”`).join(' and ')}): keep one before merging.`
          : kept
            ? `Will be merged: “${typed ?? kept.change.newValue ?? ''}”${typed !== undefined ? ' (typed here)' : ` (${agencyOf(kept.file)}’s)`}; the other answer is rejected.`
            : 'Not settled yet: nothing of it is merged until one value is kept.'}
      </p>
    </div>
  );
}

interface SetDecision {
  (file: ReviewFile, target: { group?: ReviewGroup; change?: ProposedChange }, accept: boolean | null): void;
}

function ChangeRow({
  file,
  group,
  change,
  decisions,
  setDecision,
  setNote,
  conflictOf,
  setDecisions,
}: {
  file: ReviewFile;
  group: ReviewGroup;
  change: ProposedChange;
  decisions: Decisions;
  setDecision: SetDecision;
  setNote: (key: string, note: string) => void;
  conflictOf: ReadonlyMap<string, JointConflict>;
  setDecisions: (next: (d: Decisions) => Decisions) => void;
}) {
  const joint = conflictOf.get(change.id);
  // A conflict between lead agencies is one decision, taken where it is first shown.
  const shownHere = joint !== undefined && joint.answers[0]!.change.id === change.id;
  const [noteOpen, setNoteOpen] = useState(false);
  const noteId = useId();
  const effective = effectiveOf(decisions, file, group, change);
  const state: ButtonsState = effective.accept === true ? 'accepted' : effective.accept === false ? 'rejected' : 'undecided';
  const key = changeKey(change.id);
  const what = `${group.code} ${change.label}`.trim();
  const choice = decisions.get(key);
  const showNote = choice !== undefined && (noteOpen || choice.note !== '');
  return (
    <>
    <tr className={`review-change review-change--${state} review-change--${change.kind ?? 'field'}${change.conflict || joint ? ' review-change--conflict' : ''}`} data-change={change.id}>
      <th scope="row" className="review-change__field">
        {change.label}
        {change.cell && <span className="review-change__cell mono">cell {change.cell}</span>}
      </th>
      <td className="review-change__old">
        <Value text={change.oldValue} empty={change.kind === 'added' ? 'not in this plan' : 'none'} />
      </td>
      <td className="review-change__arrow" aria-hidden="true">
        →
      </td>
      <td className="review-change__new">
        <Value text={change.newValue} empty="(cleared)" />
        {change.note && (
          <span className="review-change__note">
            <span className="review-change__tag">Reason</span> {change.note}
          </span>
        )}
        {change.evidence && (
          <span className="review-change__note review-change__evidence">
            <span className="review-change__tag">Evidence</span> {change.evidence}
          </span>
        )}
        {change.conflict && (
          <span className="review-conflict">
            <svg width="13" height="13" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M6 1 11.4 10.5H.6z" fill="currentColor" />
              <path d="M6 4.4v3M6 8.8v.2" stroke="var(--text-inverse)" strokeWidth="1.4" strokeLinecap="round" />
            </svg>
            <span>
              <strong>Conflict:</strong> {change.conflict}
            </span>
          </span>
        )}
      </td>
      <td className="review-change__decision">
        {joint ? (
          <span className="review-change__from">
            {shownHere ? 'Conflict between agencies: below' : `In the conflict with ${agencyOf(joint.answers[0]!.file)}, settled under ${joint.answers[0]!.file.fileName}`}
            {state !== 'undecided' && ` · ${state === 'accepted' ? 'kept' : 'not kept'}`}
          </span>
        ) : (
          <DecisionButtons compact state={state} label={`Decision on ${what}`} onChoose={(accept) => setDecision(file, { change }, accept)} />
        )}
        {!joint && (
          <span className="review-change__from">
            {effective.from === 'group' ? 'by the action' : effective.from === 'file' ? 'by the file' : effective.from === null ? 'Undecided' : ''}
          </span>
        )}
        {choice && !showNote && !joint && (
          <button type="button" className="link-button decision-note__add" onClick={() => setNoteOpen(true)} aria-label={`Add a note: ${what}`}>
            Add a note
          </button>
        )}
      </td>
    </tr>
    {shownHere && (
      <tr className="review-change-joint">
        <td colSpan={5}>
          <JointConflictBlock conflict={joint} decisions={decisions} setDecisions={setDecisions} />
        </td>
      </tr>
    )}
    {showNote && !joint && (
      <tr className={`review-change-note review-change--${state}`}>
        <td colSpan={3} className="review-change-note__label">
          <label htmlFor={noteId}>{choice.accept ? 'Why accepted' : 'Why rejected'}</label>
        </td>
        <td colSpan={2}>
          <input
            id={noteId}
            className="text-input decision-note__input"
            value={choice.note}
            maxLength={2000}
            placeholder="A note kept with the decision (optional)"
            aria-label={`Note: ${what}`}
            autoFocus={noteOpen && choice.note === ''}
            onChange={(e) => setNote(key, e.target.value)}
          />
        </td>
      </tr>
    )}
    </>
  );
}

interface ConflictProps {
  conflictOf: ReadonlyMap<string, JointConflict>;
  setDecisions: (next: (d: Decisions) => Decisions) => void;
}

function GroupBlock({
  review,
  file,
  group,
  decisions,
  setDecision,
  setNote,
  conflictOf,
  setDecisions,
}: {
  review: Review;
  file: ReviewFile;
  group: ReviewGroup;
  decisions: Decisions;
  setDecision: SetDecision;
  setNote: (key: string, note: string) => void;
} & ConflictProps) {
  const t = tally(review, decisions, { file, group });
  const key = file.fileId ? groupKey(file.fileId, group.key) : '';
  const headingId = useId();
  const entityWord = group.entity === 'action' || group.entity === 'progress' || group.entity === 'indicator' ? 'action' : group.entity;
  return (
    <section className="review-group" aria-labelledby={headingId} data-group={group.code}>
      <div className="review-group__head">
        <h4 id={headingId} className="review-group__title">
          {group.code && <span className="review-group__code mono">{group.code}</span>}
          <span>{group.title}</span>
          {group.entity !== 'action' && group.entity !== 'progress' && <span className="review-group__kind">{group.entity === 'statement' ? 'policy statement' : group.entity}</span>}
        </h4>
        <div className="review-group__decide">
          <DecisionNote choice={decisions.get(key)} label={`the whole ${entityWord} ${group.code}`} onChange={(note) => setNote(key, note)} />
          <span className="review-group__count muted">{plural(group.changes.length, 'change')}</span>
          <DecisionButtons
            state={stateOf(t)}
            noun={entityWord === 'action' ? 'action' : 'all'}
            label={`Decision on every change of ${group.code || group.title}`}
            onChoose={(accept) => setDecision(file, { group }, accept)}
          />
        </div>
      </div>
      <table className="review-changes">
        <colgroup>
          <col className="review-changes__field" />
          <col className="review-changes__old" />
          <col className="review-changes__arrow" />
          <col className="review-changes__new" />
          <col className="review-changes__decision" />
        </colgroup>
        <thead className="review-changes__head">
          <tr>
            <th scope="col">Field</th>
            <th scope="col">In the plan now</th>
            <th scope="col">
              <span className="visually-hidden">Becomes</span>
            </th>
            <th scope="col">Proposed</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {group.changes.map((change) => (
            <ChangeRow
              key={change.id}
              file={file}
              group={group}
              change={change}
              decisions={decisions}
              setDecision={setDecision}
              setNote={setNote}
              conflictOf={conflictOf}
              setDecisions={setDecisions}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "Reported by Sonam Wangchuk, Chief ICT Officer, on 20 January 2027", from the workbook's sign-off. */
function reportedByLine(file: ReviewFile): string | null {
  const by = file.reportedBy;
  if (file.source?.kind !== 'exchange' || file.refused) return null;
  if (!by) return 'Not signed: the "Reported by" block of the workbook is empty';
  const who = [by.name || 'no name given', by.position].filter(Boolean).join(', ');
  return `Reported by ${who}${by.date ? ` on ${dayWords(by.date)}` : ', no date given'}`;
}

function sourceLine(file: ReviewFile): string | null {
  const s = file.source;
  if (!s) return null;
  if (s.kind === 'exchange') return `${s.agency.label} · ${s.period.label} · sent ${formatDate(s.issuedAt)} by ${s.issuedBy}`;
  return `${s.planTitle} · packed ${formatDate(s.createdAt)} by ${s.createdBy}`;
}

/** What a package brings besides its proposed changes: the other laptop's history and snapshots not yet here. */
function packageExtras(file: ReviewFile): string | null {
  const s = file.source;
  if (s?.kind !== 'package' || s.newPlan || file.refused || (s.historyEntries === 0 && s.snapshots === 0)) return null;
  const parts = [s.historyEntries > 0 && `${plural(s.historyEntries, 'history entry', 'history entries')} (who changed what on the other laptop)`, s.snapshots > 0 && plural(s.snapshots, 'snapshot')].filter(Boolean);
  return `Comes with the merge: ${parts.join(' and ')}. Entries of changes you reject stay out.`;
}

function FileSection({
  review,
  file,
  index,
  decisions,
  setDecision,
  setNote,
  leftOut,
  onLeaveOut,
  conflictOf,
  setDecisions,
}: ConflictProps & {
  review: Review;
  file: ReviewFile;
  index: number;
  decisions: Decisions;
  setDecision: SetDecision;
  setNote: (key: string, note: string) => void;
  leftOut: boolean;
  /** Offered for a refused file when other files can still be merged: leave it out (true) or put it back (false). */
  onLeaveOut: ((leave: boolean) => void) | null;
}) {
  const t = tally(review, decisions, { file });
  const changes = t.accepted + t.rejected + t.undecided;
  const key = file.fileId ? fileKey(file.fileId) : '';
  const source = sourceLine(file);
  const reportedBy = reportedByLine(file);
  return (
    <section
      className={`review-file${file.refused ? ' review-file--refused' : ''}${leftOut ? ' review-file--left-out' : ''}`}
      id={`review-file-${index}`}
      aria-labelledby={`review-file-${index}-title`}
    >
      <header className="review-file__head">
        <div className="review-file__name">
          <h3 id={`review-file-${index}-title`}>{file.fileName}</h3>
          {source && <p className="muted">{source}</p>}
          {reportedBy && <p className={`review-file__signed${file.reportedBy ? '' : ' review-file__signed--none'}`}>{reportedBy}</p>}
        </div>
        {!file.refused && changes > 0 && (
          <div className="review-file__decide">
            <DecisionNote choice={decisions.get(key)} label={`the whole file ${file.fileName}`} onChange={(note) => setNote(key, note)} />
            <span className="muted">{plural(changes, 'change')}</span>
            <DecisionButtons
              state={stateOf(t)}
              noun="file"
              label={`Decision on every change of ${file.fileName}`}
              onChoose={(accept) => setDecision(file, {}, accept)}
            />
          </div>
        )}
      </header>
      {file.refused && (
        <div className="review-refused" role="note">
          <div className="review-refused__text">
            <strong>{leftOut ? 'Left out of this merge — nothing of this file is read or written.' : 'Refused — nothing of this file can be merged.'}</strong>
            <span>{file.refused}</span>
          </div>
          {onLeaveOut && (
            <button type="button" className="button review-refused__leave" onClick={() => onLeaveOut(!leftOut)}>
              {leftOut ? 'Put it back' : 'Leave this file out'}
            </button>
          )}
        </div>
      )}
      {file.source?.kind === 'package' && file.source.newPlan && (
        <p className="review-info">This workspace does not hold this plan: merging adds it whole, with its snapshots and history.</p>
      )}
      {packageExtras(file) && <p className="review-info">{packageExtras(file)}</p>}
      {file.problems.length > 0 && <ProblemsTable problems={file.problems} />}
      {!file.refused && file.groups.length === 0 && <p className="muted review-file__nothing">No change proposed: every value is as in the plan.</p>}
      {file.groups.map((group) => (
        <GroupBlock
          key={group.key}
          review={review}
          file={file}
          group={group}
          decisions={decisions}
          setDecision={setDecision}
          setNote={setNote}
          conflictOf={conflictOf}
          setDecisions={setDecisions}
        />
      ))}
      {file.onlyHere && file.onlyHere.length > 0 && (
        <details className="review-only-here">
          <summary>Kept as they are here: {plural(file.onlyHere.length, 'item')} the package does not change</summary>
          <ul>
            {file.onlyHere.map((o, i) => (
              <li key={`${o.entityId}-${i}`}>
                <span className="mono">{o.code}</span> {o.title} <span className="muted">— {o.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function ReviewPanel({
  review,
  merging,
  onMerge,
  onClose,
  onDecisionsChange,
}: {
  review: Review;
  merging: boolean;
  /** leaveOut: the paths of the files the reviewer left out (refused ones). */
  onMerge: (decisions: ReviewDecision[], leaveOut: string[]) => void;
  onClose: () => void;
  /** Called as decisions change, for keeping them (returned workbooks). */
  onDecisionsChange?: (decisions: ReviewDecision[]) => void;
}) {
  const [decisions, setDecisions] = useState<Decisions>(() => decisionsFromSaved(review.resumed?.decisions ?? []));
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const total = useMemo(() => tally(review, decisions), [review, decisions]);
  const refused = review.files.filter((f) => f.refused !== null);
  const readable = review.files.filter((f) => f.refused === null);
  const blocking = refused.filter((f) => !leftOut.has(f.path));
  const changes = total.accepted + total.rejected + total.undecided;
  const conflicts = useMemo(() => jointConflicts(review), [review]);
  const conflictOf = useMemo(() => new Map(conflicts.flatMap((c) => c.answers.map((a) => [a.change.id, c] as const))), [conflicts]);
  const clashing = conflicts.filter((c) => unsettled(c, decisions));
  const notSettled = conflicts.filter((c) => !clashing.includes(c) && keptValues(c, decisions).every((v) => v === null));
  const setDecision: SetDecision = (file, target, accept) => setDecisions((d) => decide(d, file, target, accept));
  const setNote = (key: string, note: string) => setDecisions((d) => withNote(d, key, note));
  const leaveOut = (paths: readonly string[], leave: boolean) =>
    setLeftOut((current) => {
      const next = new Set(current);
      for (const path of paths) {
        if (leave) next.add(path);
        else next.delete(path);
      }
      return next;
    });
  // A package with nothing to decide on may still bring the other laptop's history entries and snapshots.
  const recordsOnly = changes === 0 && readable.some((f) => f.source?.kind === 'package' && !f.source.newPlan && (f.source.historyEntries > 0 || f.source.snapshots > 0));
  const canMerge = blocking.length === 0 && clashing.length === 0 && ((decisions.size > 0 && changes > 0) || recordsOnly) && !merging;
  const reported = useRef(decisions);
  useEffect(() => {
    // Only the reviewer's own decisions are kept, not the ones just put back.
    if (reported.current === decisions) return;
    reported.current = decisions;
    onDecisionsChange?.(decisionsForMerge(decisions));
  }, [decisions, onDecisionsChange]);
  const resumed = review.resumed;
  const title = review.kind === 'exchange' ? 'Review returned workbooks' : 'Review plan package';

  return (
    <section className="view review" aria-labelledby="review-heading">
      <div className="view-toolbar review__toolbar">
        <button type="button" className="button review__back" onClick={onClose}>
          <span aria-hidden="true">←</span> Close without merging
        </button>
        <div className="view-toolbar__title">
          <h2 id="review-heading">{title}</h2>
          <span className="view-toolbar__count">
            {plural(review.files.length, 'file')} · {plural(review.counts.changes, 'proposed change')}
            {review.counts.conflicts > 0 && ` · ${plural(review.counts.conflicts, 'conflict')}`}
            {review.counts.problems > 0 && ` · ${plural(review.counts.problems, 'problem')}`}
            {review.counts.refused > 0 && ` · ${review.counts.refused} refused`}
          </span>
        </div>
      </div>
      <div className="review__body">
        <div className="review__files" tabIndex={-1}>
          {resumed && (resumed.decisions.length > 0 || resumed.changedFiles.length > 0) && (
            <div className="review-info review-resumed" role="status">
              {resumed.decisions.length > 0 && (
                <p>
                  Resumed where the review was left: {plural(resumed.decisions.length, 'decision')} saved on {formatDateTime(resumed.savedAt)} by {resumed.savedBy}{' '}
                  {resumed.decisions.length === 1 ? 'is' : 'are'} back.
                </p>
              )}
              {resumed.changedFiles.length > 0 && (
                <p>
                  The decisions saved on {resumed.changedFiles.join(', ')} were not put back: the file is not the one they were taken on (it changed since), so
                  it starts undecided.
                </p>
              )}
            </div>
          )}
          {review.files.map((file, i) => (
            <FileSection
              key={`${file.path}-${i}`}
              review={review}
              file={file}
              index={i}
              decisions={decisions}
              setDecision={setDecision}
              setNote={setNote}
              leftOut={leftOut.has(file.path)}
              conflictOf={conflictOf}
              setDecisions={setDecisions}
              onLeaveOut={file.refused !== null && readable.length > 0 ? (leave) => leaveOut([file.path], leave) : null}
            />
          ))}
        </div>
        <aside className="review-summary" aria-labelledby="review-summary-title">
          <h3 id="review-summary-title">What will be merged</h3>
          <dl className="review-summary__counts" aria-live="polite">
            <div className="review-summary__count review-summary__count--accepted">
              <dt>Accepted</dt>
              <dd>{total.accepted}</dd>
            </div>
            <div className="review-summary__count review-summary__count--rejected">
              <dt>Rejected</dt>
              <dd>{total.rejected}</dd>
            </div>
            <div className="review-summary__count review-summary__count--undecided">
              <dt>Undecided</dt>
              <dd>{total.undecided}</dd>
            </div>
          </dl>
          <p className="review-summary__line" hidden={readable.length === 0}>
            {total.accepted > 0
              ? `${plural(total.accepted, 'change')} to ${plural(total.actionsTouched, review.kind === 'exchange' ? 'action' : 'item')} will be written to the plan, in one step recorded in its history.`
              : recordsOnly
                ? 'Nothing to decide on: merging brings only the other laptop’s history entries and snapshots.'
                : 'Nothing accepted yet: accept changes one by one, by action or by file.'}
          </p>
          {total.undecided > 0 && <p className="review-summary__line muted">Undecided changes are not merged.</p>}
          {total.acceptedConflicts > 0 && (
            <p className="review-summary__warn">
              {plural(total.acceptedConflicts, 'accepted change')} {total.acceptedConflicts === 1 ? 'overrides' : 'override'} a value the plan changed since the file was made.
            </p>
          )}
          {clashing.length > 0 && (
            <div className="review-summary__block" role="note">
              {clashing.map((c) => (
                <p key={c.key}>
                  {agenciesWords(c)} both lead {c.code || 'this action'} and answered “{c.label}” differently, and both values are accepted: keep one value (or type
                  the value to keep) before merging.
                </p>
              ))}
            </div>
          )}
          {notSettled.length > 0 && (
            <p className="review-summary__line muted">
              {plural(notSettled.length, 'conflict')} between lead agencies not settled yet: nothing of {notSettled.length === 1 ? 'it' : 'them'} is merged until one value is kept.
            </p>
          )}
          {refused.length > 0 && readable.length === 0 && (
            <p className="review-summary__block" role="note">
              Nothing can be merged: {refused.length === 1 ? 'the file is refused' : `all ${refused.length} files are refused`} (the reason is beside it).
            </p>
          )}
          {blocking.length > 0 && readable.length > 0 && (
            <div className="review-summary__block" role="note">
              <p>
                {blocking.length === 1 ? `${blocking[0]!.fileName} is refused` : `${blocking.length} files are refused`}: nothing can be merged while{' '}
                {blocking.length === 1 ? 'it is' : 'they are'} in this merge. Leave {blocking.length === 1 ? 'it' : 'them'} out to merge the other files.
              </p>
              <button type="button" className="button review-summary__leave" onClick={() => leaveOut(blocking.map((f) => f.path), true)}>
                {blocking.length === 1 ? 'Leave this file out' : `Leave these ${blocking.length} files out`}
              </button>
            </div>
          )}
          {leftOut.size > 0 && (
            <p className="review-summary__line muted">
              Left out: {refused.filter((f) => leftOut.has(f.path)).map((f) => f.fileName).join(', ')}. {leftOut.size === 1 ? 'It stays' : 'They stay'} as received; nothing of{' '}
              {leftOut.size === 1 ? 'it' : 'them'} is written.
            </p>
          )}
          {readable.length > 1 && (
            <nav className="review-summary__files" aria-label="Files in this review">
              <ul>
                {review.files.map((file, i) => {
                  const t = tally(review, decisions, { file });
                  return (
                    <li key={`${file.path}-${i}`}>
                      <a href={`#review-file-${i}`}>{file.fileName}</a>
                      <span className="muted">
                        {file.refused ? (leftOut.has(file.path) ? 'left out' : 'refused') : `${t.accepted} / ${t.accepted + t.rejected + t.undecided} accepted`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
          <button type="button" className="button button--primary review-summary__merge" disabled={!canMerge} onClick={() => onMerge(decisionsForMerge(decisions), [...leftOut])}>
            {merging ? 'Merging…' : 'Merge accepted changes'}
          </button>
          <p className="review-summary__hint muted">Tab moves between the decisions; Space or Enter accepts or rejects. Pressing a chosen decision again undoes it.</p>
          {onDecisionsChange && readable.length > 0 && (
            <p className="review-summary__hint muted">Decisions are kept as you take them: close now, receive the same files later, and the review goes on from here.</p>
          )}
        </aside>
      </div>
    </section>
  );
}
