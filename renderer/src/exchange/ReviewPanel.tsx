// The review of returned update workbooks (or of a whole-plan package): every file with the reason it was refused,
// its problems cell by cell, and the proposed changes by action, field: plan now → proposed, conflicts flagged.
// The reviewer accepts or rejects each change, a whole action or a whole file, with an optional note; the summary
// says what the merge will do, and the merge is one transaction.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ProposedChange, Review, ReviewDecision, ReviewFile, ReviewGroup, ReviewProblem } from '../../../shared/domain';
import { formatNumber, text } from '../language/language';
import { formatDate, formatDateTime, formatDay } from '../ui/format';
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

/** "A and B", "A, B and C": names or values listed in a sentence. */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : text()['exchange.and'](items.slice(0, -1).join(', '), items.at(-1)!);
}

/** "3 changes", "1 change": a count of changes, in the language shown. */
function changeCount(count: number): string {
  return text()['exchange.changeCount'](formatNumber(count), count);
}

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
  /** What a full-size button decides on: "Accept all", "Accept action", "Accept file". */
  noun?: 'all' | 'action' | 'file';
}) {
  const which = compact ? 'one' : noun;
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
        {text()[`exchange.accept.${which}`]}
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
        {text()[`exchange.reject.${which}`]}
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
      <button type="button" className="link-button decision-note__add" onClick={() => setOpen(true)} aria-label={text()['exchange.addNoteTo'](label)}>
        {text()['exchange.addNote']}
      </button>
    );
  }
  return (
    <span className="decision-note">
      <label className="visually-hidden" htmlFor={id}>
        {text()['exchange.noteOn'](label)}
      </label>
      <input
        id={id}
        className="text-input decision-note__input"
        value={choice.note}
        maxLength={2000}
        placeholder={choice.accept ? text()['exchange.whyAcceptedOptional'] : text()['exchange.whyRejectedOptional']}
        autoFocus={open && choice.note === ''}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}

/** A value of the plan or of the file; `empty` says what no value means here (default "none"). */
function Value({ value, empty }: { value: string | null; empty?: string }) {
  return value === null || value === '' ? (
    <span className="review-value review-value--none">{empty ?? text()['exchange.none']}</span>
  ) : (
    <span className="review-value">{value}</span>
  );
}

function ProblemsTable({ problems }: { problems: readonly ReviewProblem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const words = text();
  return (
    <details className="review-problems" open>
      <summary>
        <span className="review-problems__title">{words['exchange.problemCount'](formatNumber(problems.length), problems.length)}</span>
        <span className="muted">
          {errors > 0 ? words['exchange.notTakenCount'](formatNumber(errors)) : ''}
          {errors > 0 && problems.length > errors ? ' · ' : ''}
          {problems.length > errors ? words['exchange.toKnowCount'](formatNumber(problems.length - errors)) : ''}
        </span>
      </summary>
      <table className="data-table review-problems__table">
        <thead>
          <tr>
            <th scope="col">{words['exchange.column.where']}</th>
            <th scope="col">{words['exchange.column.column']}</th>
            <th scope="col">{words['exchange.column.value']}</th>
            <th scope="col">{words['exchange.column.problem']}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={`review-problem review-problem--${p.severity}`}>
              <td className="review-problems__where">
                <span className={`review-severity review-severity--${p.severity}`}>{words[`exchange.severity.${p.severity}`]}</span>
                <span className="mono">
                  {p.sheet}
                  {p.row !== null && `, ${words['exchange.row'](String(p.row))}`}
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
  return andList(conflict.answers.map((a) => agencyOf(a.file)));
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
  const agencies = agenciesWords(conflict);
  const words = text();
  return (
    <div className={`joint-conflict${clash ? ' joint-conflict--clash' : ''}`} role="group" aria-label={words['exchange.conflictOn'](agencies, conflict.what)}>
      <p className="joint-conflict__what">
        <strong>{words['exchange.conflictBetween'](agencies)}</strong> {words['exchange.conflictExplained']}
      </p>
      <div className="joint-conflict__choices">
        {conflict.answers.map((a) => (
          <label key={a.change.id} className="joint-conflict__choice">
            <input type="radio" name={name} checked={kept?.change.id === a.change.id && typed === undefined && !clash} onChange={() => setDecisions((d) => keepAnswer(d, conflict, a.change.id))} />
            <span>
              {words['exchange.keepAgencys'](agencyOf(a.file))} <Value value={a.change.newValue} empty={words['exchange.cleared']} />
              <span className="muted"> — {words['exchange.fileCell'](a.file.fileName, a.change.cell ?? '')}</span>
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
          <span>{words['exchange.anotherValue']}</span>
          <input
            className="text-input joint-conflict__typed"
            aria-label={words['exchange.valueInstead'](conflict.what)}
            value={typed ?? ''}
            maxLength={5000}
            placeholder={words['exchange.typeValue']}
            onChange={(e) => {
              const text = e.target.value;
              setDecisions((d) => keepAnswer(d, conflict, conflict.answers[0]!.change.id, text));
            }}
          />
        </label>
        {kept && (
          <button type="button" className="link-button" onClick={() => setDecisions((d) => keepAnswer(d, conflict, null))}>
            {words['exchange.decideLater']}
          </button>
        )}
      </div>
      <p className={clash ? 'joint-conflict__state joint-conflict__state--clash' : 'joint-conflict__state muted'} role={clash ? 'alert' : undefined}>
        {clash
          ? words['exchange.bothAccepted'](andList(values.filter((v) => v !== null).map((v) => words['exchange.quoted'](v))))
          : kept
            ? typed !== undefined
              ? words['exchange.willMergeTyped'](typed)
              : words['exchange.willMergeAgencys'](kept.change.newValue ?? '', agencyOf(kept.file))
            : words['exchange.notSettledYet']}
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
  const words = text();
  return (
    <>
    <tr className={`review-change review-change--${state} review-change--${change.kind ?? 'field'}${change.conflict || joint ? ' review-change--conflict' : ''}`} data-change={change.id}>
      <th scope="row" className="review-change__field">
        {change.label}
        {change.cell && <span className="review-change__cell mono">{words['exchange.cell'](change.cell)}</span>}
      </th>
      <td className="review-change__old">
        <Value value={change.oldValue} empty={change.kind === 'added' ? words['exchange.notInPlan'] : undefined} />
      </td>
      <td className="review-change__arrow" aria-hidden="true">
        →
      </td>
      <td className="review-change__new">
        <Value value={change.newValue} empty={words['exchange.cleared']} />
        {change.note && (
          <span className="review-change__note">
            <span className="review-change__tag">{words['common.reason']}</span> {change.note}
          </span>
        )}
        {change.evidence && (
          <span className="review-change__note review-change__evidence">
            <span className="review-change__tag">{words['exchange.evidence']}</span> {change.evidence}
          </span>
        )}
        {change.conflict && (
          <span className="review-conflict">
            <svg width="13" height="13" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M6 1 11.4 10.5H.6z" fill="currentColor" />
              <path d="M6 4.4v3M6 8.8v.2" stroke="var(--text-inverse)" strokeWidth="1.4" strokeLinecap="round" />
            </svg>
            <span>
              <strong>{words['exchange.conflictLabel']}</strong> {change.conflict}
            </span>
          </span>
        )}
      </td>
      <td className="review-change__decision">
        {joint ? (
          <span className="review-change__from">
            {shownHere ? words['exchange.conflictBelow'] : words['exchange.conflictSettledUnder'](agencyOf(joint.answers[0]!.file), joint.answers[0]!.file.fileName)}
            {state !== 'undecided' && ` · ${state === 'accepted' ? words['exchange.kept'] : words['exchange.notKept']}`}
          </span>
        ) : (
          <DecisionButtons compact state={state} label={words['exchange.decisionOn'](what)} onChoose={(accept) => setDecision(file, { change }, accept)} />
        )}
        {!joint && (
          <span className="review-change__from">
            {effective.from === 'group' ? words['exchange.byTheAction'] : effective.from === 'file' ? words['exchange.byTheFile'] : effective.from === null ? words['exchange.undecided'] : ''}
          </span>
        )}
        {choice && !showNote && !joint && (
          <button type="button" className="link-button decision-note__add" onClick={() => setNoteOpen(true)} aria-label={words['exchange.addNoteTo'](what)}>
            {words['exchange.addNote']}
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
          <label htmlFor={noteId}>{choice.accept ? words['exchange.whyAccepted'] : words['exchange.whyRejected']}</label>
        </td>
        <td colSpan={2}>
          <input
            id={noteId}
            className="text-input decision-note__input"
            value={choice.note}
            maxLength={2000}
            placeholder={words['exchange.notePlaceholder']}
            aria-label={words['exchange.noteOn'](what)}
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
  // An indicator's or a progress report's changes are decided with its action's.
  const entityWord = group.entity === 'action' || group.entity === 'progress' || group.entity === 'indicator' ? 'action' : group.entity;
  const words = text();
  return (
    <section className="review-group" aria-labelledby={headingId} data-group={group.code}>
      <div className="review-group__head">
        <h4 id={headingId} className="review-group__title">
          {group.code && <span className="review-group__code mono">{group.code}</span>}
          <span>{group.title}</span>
          {group.entity !== 'action' && group.entity !== 'progress' && <span className="review-group__kind">{words[`exchange.entity.${group.entity}`]}</span>}
        </h4>
        <div className="review-group__decide">
          <DecisionNote choice={decisions.get(key)} label={words[`exchange.whole.${entityWord}`](group.code)} onChange={(note) => setNote(key, note)} />
          <span className="review-group__count muted">{changeCount(group.changes.length)}</span>
          <DecisionButtons
            state={stateOf(t)}
            noun={entityWord === 'action' ? 'action' : 'all'}
            label={words['exchange.decisionOnEvery'](group.code || group.title)}
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
            <th scope="col">{words['exchange.column.field']}</th>
            <th scope="col">{words['exchange.column.planNow']}</th>
            <th scope="col">
              <span className="visually-hidden">{words['exchange.column.becomes']}</span>
            </th>
            <th scope="col">{words['exchange.column.proposed']}</th>
            <th scope="col">{words['exchange.column.decision']}</th>
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
  const words = text();
  if (!by) return words['exchange.notSigned'];
  const who = [by.name || words['exchange.noNameGiven'], by.position].filter(Boolean).join(', ');
  return by.date ? words['exchange.reportedByOn'](who, formatDay(by.date)) : words['exchange.reportedByNoDate'](who);
}

function sourceLine(file: ReviewFile): string | null {
  const s = file.source;
  if (!s) return null;
  if (s.kind === 'exchange') return `${s.agency.label} · ${s.period.label} · ${text()['exchange.sentOnBy'](formatDate(s.issuedAt), s.issuedBy)}`;
  return `${s.planTitle} · ${text()['exchange.packedOnBy'](formatDate(s.createdAt), s.createdBy)}`;
}

/** What a package brings besides its proposed changes: the other laptop's history and snapshots not yet here. */
function packageExtras(file: ReviewFile): string | null {
  const s = file.source;
  if (s?.kind !== 'package' || s.newPlan || file.refused || (s.historyEntries === 0 && s.snapshots === 0)) return null;
  const words = text();
  const parts: string[] = [];
  if (s.historyEntries > 0) parts.push(words['exchange.historyEntries'](formatNumber(s.historyEntries), s.historyEntries));
  if (s.snapshots > 0) parts.push(words['exchange.snapshotCount'](formatNumber(s.snapshots), s.snapshots));
  return words['exchange.comesWithMerge'](andList(parts));
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
  const words = text();
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
            <DecisionNote choice={decisions.get(key)} label={words['exchange.wholeFile'](file.fileName)} onChange={(note) => setNote(key, note)} />
            <span className="muted">{changeCount(changes)}</span>
            <DecisionButtons
              state={stateOf(t)}
              noun="file"
              label={words['exchange.decisionOnEvery'](file.fileName)}
              onChoose={(accept) => setDecision(file, {}, accept)}
            />
          </div>
        )}
      </header>
      {file.refused && (
        <div className="review-refused" role="note">
          <div className="review-refused__text">
            <strong>{leftOut ? words['exchange.fileLeftOutOfMerge'] : words['exchange.fileRefusedNothing']}</strong>
            <span>{file.refused}</span>
          </div>
          {onLeaveOut && (
            <button type="button" className="button review-refused__leave" onClick={() => onLeaveOut(!leftOut)}>
              {leftOut ? words['exchange.putBack'] : words['exchange.leaveFileOut']}
            </button>
          )}
        </div>
      )}
      {file.source?.kind === 'package' && file.source.newPlan && (
        <p className="review-info">{words['exchange.newPlanHint']}</p>
      )}
      {packageExtras(file) && <p className="review-info">{packageExtras(file)}</p>}
      {file.problems.length > 0 && <ProblemsTable problems={file.problems} />}
      {!file.refused && file.groups.length === 0 && <p className="muted review-file__nothing">{words['exchange.noChangeProposed']}</p>}
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
          <summary>{words['exchange.keptHere'](formatNumber(file.onlyHere.length), file.onlyHere.length)}</summary>
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
  const words = text();
  const title = review.kind === 'exchange' ? words['exchange.reviewWorkbooks'] : words['exchange.reviewPackage'];
  const counted = (key: 'exchange.fileCount' | 'exchange.proposedChangeCount' | 'exchange.conflictCount' | 'exchange.problemCount', count: number) => words[key](formatNumber(count), count);

  return (
    <section className="view review" aria-labelledby="review-heading">
      <div className="view-toolbar review__toolbar">
        <button type="button" className="button review__back" onClick={onClose}>
          <span aria-hidden="true">←</span> {words['exchange.closeWithoutMerging']}
        </button>
        <div className="view-toolbar__title">
          <h2 id="review-heading">{title}</h2>
          <span className="view-toolbar__count">
            {counted('exchange.fileCount', review.files.length)} · {counted('exchange.proposedChangeCount', review.counts.changes)}
            {review.counts.conflicts > 0 && ` · ${counted('exchange.conflictCount', review.counts.conflicts)}`}
            {review.counts.problems > 0 && ` · ${counted('exchange.problemCount', review.counts.problems)}`}
            {review.counts.refused > 0 && ` · ${words['exchange.refusedCount'](formatNumber(review.counts.refused))}`}
          </span>
        </div>
      </div>
      <div className="review__body">
        <div className="review__files" tabIndex={-1}>
          {resumed && (resumed.decisions.length > 0 || resumed.changedFiles.length > 0) && (
            <div className="review-info review-resumed" role="status">
              {resumed.decisions.length > 0 && (
                <p>{words['exchange.resumed'](formatNumber(resumed.decisions.length), resumed.decisions.length, formatDateTime(resumed.savedAt), resumed.savedBy)}</p>
              )}
              {resumed.changedFiles.length > 0 && (
                <p>{words['exchange.resumedChanged'](resumed.changedFiles.join(', '))}</p>
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
          <h3 id="review-summary-title">{words['exchange.whatWillMerge']}</h3>
          <dl className="review-summary__counts" aria-live="polite">
            <div className="review-summary__count review-summary__count--accepted">
              <dt>{words['exchange.accepted']}</dt>
              <dd>{formatNumber(total.accepted)}</dd>
            </div>
            <div className="review-summary__count review-summary__count--rejected">
              <dt>{words['exchange.rejected']}</dt>
              <dd>{formatNumber(total.rejected)}</dd>
            </div>
            <div className="review-summary__count review-summary__count--undecided">
              <dt>{words['exchange.undecided']}</dt>
              <dd>{formatNumber(total.undecided)}</dd>
            </div>
          </dl>
          <p className="review-summary__line" hidden={readable.length === 0}>
            {total.accepted > 0
              ? words['exchange.willWrite'](
                  changeCount(total.accepted),
                  words[review.kind === 'exchange' ? 'exchange.actionCount' : 'exchange.itemCount'](formatNumber(total.actionsTouched), total.actionsTouched),
                )
              : recordsOnly
                ? words['exchange.recordsOnly']
                : words['exchange.nothingAccepted']}
          </p>
          {total.undecided > 0 && <p className="review-summary__line muted">{words['exchange.undecidedNotMerged']}</p>}
          {total.acceptedConflicts > 0 && (
            <p className="review-summary__warn">
              {words['exchange.overrides'](formatNumber(total.acceptedConflicts), total.acceptedConflicts)}
            </p>
          )}
          {clashing.length > 0 && (
            <div className="review-summary__block" role="note">
              {clashing.map((c) => (
                <p key={c.key}>{words['exchange.clashing'](agenciesWords(c), c.code || words['exchange.thisAction'], c.label)}</p>
              ))}
            </div>
          )}
          {notSettled.length > 0 && (
            <p className="review-summary__line muted">
              {words['exchange.notSettled'](formatNumber(notSettled.length), notSettled.length)}
            </p>
          )}
          {refused.length > 0 && readable.length === 0 && (
            <p className="review-summary__block" role="note">
              {words['exchange.nothingCanMerge'](formatNumber(refused.length), refused.length)}
            </p>
          )}
          {blocking.length > 0 && readable.length > 0 && (
            <div className="review-summary__block" role="note">
              <p>{blocking.length === 1 ? words['exchange.blockingOne'](blocking[0]!.fileName) : words['exchange.blockingMany'](formatNumber(blocking.length))}</p>
              <button type="button" className="button review-summary__leave" onClick={() => leaveOut(blocking.map((f) => f.path), true)}>
                {blocking.length === 1 ? words['exchange.leaveFileOut'] : words['exchange.leaveFilesOut'](formatNumber(blocking.length))}
              </button>
            </div>
          )}
          {leftOut.size > 0 && (
            <p className="review-summary__line muted">
              {words['exchange.leftOutSummary'](
                refused
                  .filter((f) => leftOut.has(f.path))
                  .map((f) => f.fileName)
                  .join(', '),
                leftOut.size,
              )}
            </p>
          )}
          {readable.length > 1 && (
            <nav className="review-summary__files" aria-label={words['exchange.filesInReview']}>
              <ul>
                {review.files.map((file, i) => {
                  const t = tally(review, decisions, { file });
                  return (
                    <li key={`${file.path}-${i}`}>
                      <a href={`#review-file-${i}`}>{file.fileName}</a>
                      <span className="muted">
                        {file.refused
                          ? leftOut.has(file.path)
                            ? words['exchange.fileLeftOut']
                            : words['exchange.fileRefused']
                          : words['exchange.acceptedOf'](formatNumber(t.accepted), formatNumber(t.accepted + t.rejected + t.undecided))}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
          <button type="button" className="button button--primary review-summary__merge" disabled={!canMerge} onClick={() => onMerge(decisionsForMerge(decisions), [...leftOut])}>
            {merging ? words['exchange.merging'] : words['exchange.mergeAccepted']}
          </button>
          <p className="review-summary__hint muted">{words['exchange.keyboardHint']}</p>
          {onDecisionsChange && readable.length > 0 && (
            <p className="review-summary__hint muted">{words['exchange.keptHint']}</p>
          )}
        </aside>
      </div>
    </section>
  );
}
