// File > Import plan…, the Import… button, or a file dropped on the window: the analyst sees how the file's
// columns were read (and can re-map any of them), the plan it gives, the import report, and, for an import into
// an existing plan, the matched actions with their differences. Nothing is written until "Import" is pressed.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ImportActionMatch, ImportColumn, ImportField, ImportOutcome, ImportPreview, PlanSummary } from '../../../shared/domain';
import { api, request } from '../data/api';
import { isCancelled, messageOf } from '../data/errors';
import { ACCEPTED_FILES, FIELD_OPTIONS, fieldLabel, fileToBase64, formatSize } from './import-model';
import { ImportReportTable } from './ImportReportTable';
import './import-dialog.css';

interface Props {
  readonly plans: readonly PlanSummary[];
  /** The plan open in the window: the default target of "into an existing plan". */
  readonly currentPlanId: string | null;
  /** A file dropped on the window (or null: the dialog asks for one). */
  readonly droppedFile: File | null;
  readonly onImported: (outcome: ImportOutcome) => void;
  readonly onClose: () => void;
}

interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly base64: string;
}

type Mapping = ReadonlyMap<string, { sheet: string | null; column: string; field: ImportField | null }>;
type Tab = 'columns' | 'tree' | 'report' | 'matches';

const keyOf = (c: { sheet: string | null; column: string }) => `${c.sheet ?? ''}\u0000${c.column}`;

export function ImportDialog({ plans, currentPlanId, droppedFile, onImported, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [target, setTarget] = useState<'new' | 'existing'>('new');
  const [intoPlanId, setIntoPlanId] = useState<string>(currentPlanId ?? plans[0]?.id ?? '');
  const [planTitle, setPlanTitle] = useState('');
  const [mapping, setMapping] = useState<Mapping>(new Map());
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [tab, setTab] = useState<Tab>('columns');
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Why the dialog proposes to update the open plan: the file's title is the plan's (null: nothing proposed).
  const [proposal, setProposal] = useState<string | null>(null);
  const targetChosen = useRef(false);
  const requestId = useRef(0);
  const shownPreview = useRef<ImportPreview | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  /** Asks for a preview; on failure the previous mapping and preview stay, with the reason shown. */
  const runPreview = useCallback(
    async (next: { file: ChosenFile; mapping: Mapping; target: 'new' | 'existing'; intoPlanId: string }, onSuccess?: (result: ImportPreview) => void) => {
      const id = ++requestId.current;
      setBusy('reading');
      setProblem(null);
      try {
        const result = await request(
          api().import.preview({
            fileName: next.file.name,
            contentBase64: next.file.base64,
            mapping: [...next.mapping.values()],
            ...(next.target === 'existing' && next.intoPlanId ? { intoPlanId: next.intoPlanId } : {}),
          }),
        );
        if (id !== requestId.current) return;
        // Keep the analyst's decisions on matches that are still the same pair; propose the others.
        const before = new Map((shownPreview.current?.merge?.matches ?? []).map((m) => [m.ref, m.actionId]));
        setAccepted((was) => new Set((result.merge?.matches ?? []).filter((m) => (before.get(m.ref) === m.actionId ? was.has(m.ref) : m.proposed)).map((m) => m.ref)));
        shownPreview.current = result;
        setPreview(result);
        onSuccess?.(result);
      } catch (error) {
        if (id !== requestId.current || isCancelled(error)) return;
        setProblem(messageOf(error));
      } finally {
        if (id === requestId.current) setBusy(null);
      }
    },
    [],
  );

  const openFile = useCallback(
    async (chosen: File) => {
      let base64: string;
      try {
        base64 = await fileToBase64(chosen);
        setProblem(null);
      } catch (error) {
        setProblem(`${chosen.name} cannot be read: ${messageOf(error)}`);
        return;
      }
      const next = { name: chosen.name, size: chosen.size, base64 };
      setFile(next);
      shownPreview.current = null;
      setPreview(null);
      setMapping(new Map());
      setTab('columns');
      setPlanTitle('');
      setProposal(null);
      // A target the dialog proposed for an earlier file was not the analyst's choice: each file starts from a new plan.
      const startTarget = targetChosen.current ? target : 'new';
      setTarget(startTarget);
      await runPreview({ file: next, mapping: new Map(), target: startTarget, intoPlanId }, (result) => {
        // A file whose title is the open plan's is most likely its new version: propose to update the plan (an
        // import --into it) rather than make a second plan, unless the analyst chose already.
        const open = plans.find((p) => p.id === currentPlanId);
        if (targetChosen.current || startTarget !== 'new' || !open || !result.sameTitlePlanIds.includes(open.id)) return;
        setProposal(`The file’s title matches the open plan “${open.title}”: importing it updates that plan (its actions matched, each change in the history, nothing deleted). Choose “as a new plan” to import it as a separate plan.`);
        setTarget('existing');
        setIntoPlanId(open.id);
        setTab('matches');
        void runPreview({ file: next, mapping: new Map(), target: 'existing', intoPlanId: open.id });
      });
    },
    [runPreview, target, intoPlanId, plans, currentPlanId],
  );

  useEffect(() => {
    if (!droppedFile) return undefined;
    // Read after this render (and once only when effects run twice in development).
    const timer = setTimeout(() => void openFile(droppedFile), 0);
    return () => clearTimeout(timer);
    // Only a newly dropped file opens; changing the target does not re-read it from here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [droppedFile]);

  const changeMapping = (column: ImportColumn, value: string) => {
    if (!file) return;
    const field = value === '' ? null : (value as ImportField);
    const next = new Map(mapping);
    if (field === column.detected) next.delete(keyOf(column));
    else next.set(keyOf(column), { sheet: column.sheet, column: column.column, field });
    void runPreview({ file, mapping: next, target, intoPlanId }, () => setMapping(next));
  };

  const changeTarget = (nextTarget: 'new' | 'existing', nextPlan = intoPlanId) => {
    targetChosen.current = true;
    setProposal(null);
    setTarget(nextTarget);
    setIntoPlanId(nextPlan);
    if (nextTarget === 'existing' && tab !== 'matches') setTab('matches');
    if (nextTarget === 'new' && tab === 'matches') setTab('columns');
    if (file) void runPreview({ file, mapping, target: nextTarget, intoPlanId: nextPlan });
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('importing');
    setProblem(null);
    try {
      const outcome = await request(
        api().import.commit({
          fileName: file.name,
          contentBase64: file.base64,
          mapping: [...mapping.values()],
          ...(target === 'existing' ? { intoPlanId, acceptedMatches: [...accepted] } : planTitle.trim() ? { planTitle: planTitle.trim() } : {}),
        }),
      );
      onImported(outcome);
    } catch (error) {
      // A cancelled import wrote nothing, and the progress bar said so: the preview stays, to import again.
      if (!isCancelled(error)) setProblem(messageOf(error));
      setBusy(null);
    }
  };

  const merge = target === 'existing' ? preview?.merge ?? null : null;
  const acceptedMatches = merge?.matches.filter((m) => accepted.has(m.ref)) ?? [];
  const changing = acceptedMatches.filter((m) => m.differences.length > 0).length;
  const adding = merge ? merge.newActions.length + merge.matches.length - acceptedMatches.length : 0;
  const canImport = Boolean(file && preview && busy === null && (target === 'new' || intoPlanId));
  const importLabel =
    busy === 'importing'
      ? 'Importing…'
      : !preview
        ? 'Import'
        : merge
          ? `Apply: ${changing} changed, ${adding} new`
          : `Import ${preview.counts.actions} action${preview.counts.actions === 1 ? '' : 's'} as a new plan`;

  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby="import-title"
      aria-busy={busy !== null}
      onClose={onClose}
      onCancel={(event) => {
        if (busy === 'importing') event.preventDefault();
      }}
    >
      <header className="import-dialog__head">
        <h2 id="import-title" className="dialog__title">
          Import plan
        </h2>
        <p className="dialog__hint">A spreadsheet (.xlsx, .csv, .tsv) or a PlanDesk plan file (.json). Nothing is saved until you press Import.</p>
      </header>

      <div className="import-setup">
        <div className="import-setup__file">
          <span className="field-label">File</span>
          <div className="import-file">
            {file ? (
              <span className="import-file__name" title={file.name}>
                <FileIcon />
                <span className="import-file__text">{file.name}</span>
                <span className="muted">{formatSize(file.size)}</span>
              </span>
            ) : (
              <span className="muted">No file chosen</span>
            )}
            <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy === 'importing'}>
              {file ? 'Choose another…' : 'Choose file…'}
            </button>
            <input
              ref={input}
              type="file"
              accept={ACCEPTED_FILES}
              className="visually-hidden"
              aria-label="File to import"
              tabIndex={-1}
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                event.target.value = '';
                if (chosen) void openFile(chosen);
              }}
            />
          </div>
        </div>
        <fieldset className="import-setup__target">
          <legend className="field-label">Import</legend>
          <label className="import-radio">
            <input type="radio" name="import-target" checked={target === 'new'} onChange={() => changeTarget('new')} />
            as a new plan
          </label>
          <input
            className="text-input import-setup__title"
            aria-label="Title of the new plan"
            placeholder={preview?.planTitle || 'Plan title (from the file)'}
            value={planTitle}
            maxLength={300}
            disabled={target !== 'new'}
            onChange={(event) => setPlanTitle(event.target.value)}
          />
          {plans.length > 0 && (
            <>
              <label className="import-radio">
                <input type="radio" name="import-target" checked={target === 'existing'} onChange={() => changeTarget('existing')} />
                into the plan
              </label>
              <select
                className="import-select"
                aria-label="Existing plan to import into"
                value={intoPlanId}
                disabled={target !== 'existing'}
                onChange={(event) => changeTarget('existing', event.target.value)}
              >
                {plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </>
          )}
        </fieldset>
      </div>

      {proposal && (
        <p className="import-dialog__proposal" role="status">
          {proposal}
        </p>
      )}
      {problem && (
        <p className="dialog__problem import-dialog__problem" role="alert">
          {problem}
        </p>
      )}

      <div className="import-body">
        {!file ? (
          <DropHint onChoose={() => input.current?.click()} />
        ) : !preview ? (
          busy === 'reading' ? <div className="import-empty muted">Reading {file.name}…</div> : <DropHint onChoose={() => input.current?.click()} again />
        ) : (
          <PreviewBody preview={preview} merge={merge} tab={tab} onTab={setTab} mapping={mapping} onMapping={changeMapping} accepted={accepted} onAccepted={setAccepted} reading={busy === 'reading'} />
        )}
      </div>

      <footer className="dialog__actions import-dialog__actions">
        <span className="import-dialog__status muted" aria-live="polite">
          {busy === 'reading' && preview ? 'Updating the preview…' : ''}
        </span>
        <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={busy === 'importing'}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void commit()} disabled={!canImport}>
          {importLabel}
        </button>
      </footer>
    </dialog>
  );
}

function DropHint({ onChoose, again = false }: { onChoose: () => void; again?: boolean }) {
  return (
    <div className="import-drop">
      <FileIcon size={34} />
      <p className="import-drop__title">{again ? 'Correct the file and drop it again, or drop another one' : 'Drop a plan file anywhere on the window'}</p>
      <p className="muted">or</p>
      <button type="button" className="button button--primary" onClick={onChoose}>
        Choose file…
      </button>
      <p className="import-drop__formats muted">Excel workbooks (.xlsx), text exports (.csv, .tsv), PlanDesk plan files (.json)</p>
    </div>
  );
}

interface BodyProps {
  readonly preview: ImportPreview;
  readonly merge: ImportPreview['merge'];
  readonly tab: Tab;
  readonly onTab: (tab: Tab) => void;
  readonly mapping: Mapping;
  readonly onMapping: (column: ImportColumn, value: string) => void;
  readonly accepted: ReadonlySet<string>;
  readonly onAccepted: (accepted: ReadonlySet<string>) => void;
  readonly reading: boolean;
}

function PreviewBody({ preview, merge, tab, onTab, mapping, onMapping, accepted, onAccepted, reading }: BodyProps) {
  const report = preview.report;
  const doubts = report?.counts.doubts ?? 0;
  const tabs: { id: Tab; label: string; count?: number; hidden?: boolean }[] = [
    { id: 'columns', label: 'Columns', count: preview.columns.length, hidden: preview.kind !== 'spreadsheet' },
    { id: 'tree', label: 'Plan', count: preview.counts.actions },
    { id: 'report', label: 'Report', count: report?.entries.length ?? 0, hidden: !report },
    { id: 'matches', label: 'Matches', count: merge?.matches.length ?? 0, hidden: !merge },
  ];
  const shown = tabs.filter((t) => !t.hidden);
  const current = shown.some((t) => t.id === tab) ? tab : shown[0]!.id;
  return (
    <>
      <dl className="import-figures">
        <Figure n={preview.counts.chapters} label="chapters" />
        <Figure n={preview.counts.statements} label="statements" />
        <Figure n={preview.counts.actions} label="actions" />
        <Figure n={preview.counts.indicators} label="indicators" />
        {report && <Figure n={report.counts.repairs} label="repaired" />}
        {report && <Figure n={doubts} label="to check" tone={doubts > 0 ? 'warn' : undefined} />}
        <Figure n={preview.counts.newAgencies} label="new agencies" />
        {merge && (
          <>
            <span className="import-figures__gap" aria-hidden="true" />
            <Figure n={merge.matches.length} label="matched" />
            <Figure n={merge.newActions.length} label="new actions" />
            <Figure n={merge.untouchedActions} label="left as they are" />
          </>
        )}
      </dl>
      <div className="import-tabs" role="tablist" aria-label="Preview">
        {shown.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`import-tab-${t.id}`}
            aria-selected={current === t.id}
            aria-controls={`import-panel-${t.id}`}
            className="import-tabs__tab"
            onClick={() => onTab(t.id)}
          >
            {t.label}
            {t.count !== undefined && <span className="import-tabs__count">{t.count}</span>}
          </button>
        ))}
      </div>
      <div className={`import-panel${reading ? ' import-panel--stale' : ''}`} role="tabpanel" id={`import-panel-${current}`} aria-labelledby={`import-tab-${current}`}>
        {current === 'columns' && <ColumnsTable preview={preview} mapping={mapping} onMapping={onMapping} disabled={reading} />}
        {current === 'tree' && <PlanTreePreview preview={preview} />}
        {current === 'report' && report && <ImportReportTable entries={report.entries} fileName={preview.fileName} />}
        {current === 'matches' && merge && <MatchesTable merge={merge} accepted={accepted} onAccepted={onAccepted} />}
      </div>
    </>
  );
}

function Figure({ n, label, tone }: { n: number; label: string; tone?: 'warn' | undefined }) {
  return (
    <div className={`import-figure${tone ? ` import-figure--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>{n.toLocaleString('en')}</dd>
    </div>
  );
}

function ColumnsTable({ preview, mapping, onMapping, disabled }: { preview: ImportPreview; mapping: Mapping; onMapping: (c: ImportColumn, v: string) => void; disabled: boolean }) {
  const sheets = new Set(preview.columns.map((c) => c.sheet));
  return (
    // Focusable so that the keyboard can scroll the columns while their choices are disabled (a preview updating).
    <div className="import-scroll" tabIndex={0} role="region" aria-label="Columns of the file">
      <table className="data-table import-table import-columns">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Header in the file</th>
            <th scope="col">First cells</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => {
            const chosen = mapping.has(keyOf(column));
            return (
              <tr key={keyOf(column)} className={column.field === null ? 'import-columns__unmapped' : undefined}>
                <td className="mono nowrap">
                  {sheets.size > 1 && column.sheet ? `${column.sheet}!` : ''}
                  {column.column}
                </td>
                <td>{column.header || <span className="muted">(no header)</span>}</td>
                <td className="import-columns__samples" title={column.samples.join('\n')}>
                  {column.samples.length === 0 ? (
                    <span className="muted">(empty)</span>
                  ) : (
                    column.samples.map((sample, i) => (
                      <span key={i}>
                        {i > 0 && (
                          <span className="import-columns__sep" aria-hidden="true">
                            ·
                          </span>
                        )}
                        {sample}
                      </span>
                    ))
                  )}
                </td>
                <td className="import-columns__field">
                  <select
                    className="import-select"
                    aria-label={`Meaning of column ${column.column}${column.header ? ` (${column.header})` : ''}`}
                    value={column.field ?? ''}
                    disabled={disabled}
                    onChange={(event) => onMapping(column, event.target.value)}
                  >
                    {FIELD_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {chosen ? (
                    <span className="import-columns__note">
                      Your choice; the header says {fieldLabel(column.detected).toLowerCase()}.{' '}
                      <button type="button" className="link-button" onClick={() => onMapping(column, column.detected ?? '')} disabled={disabled}>
                        Undo
                      </button>
                    </span>
                  ) : column.field === null ? (
                    <span className="import-columns__note">Its cells are kept with each action, under “{column.header || `Column ${column.column}`}”.</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function PlanTreePreview({ preview }: { preview: ImportPreview }) {
  return (
    <div className="import-scroll import-tree">
      <p className="import-tree__title">{preview.planTitle}</p>
      {preview.tree.map((chapter, ci) => {
        const actions = chapter.statements.reduce((n, s) => n + s.actions.length, 0);
        return (
          <details key={ci} className="import-tree__chapter" open={preview.tree.length <= 12}>
            <summary>
              <Code code={chapter.code} />
              <span className="import-tree__label">{chapter.title}</span>
              <span className="import-tree__count">
                {chapter.statements.length} statement{chapter.statements.length === 1 ? '' : 's'}, {actions} action{actions === 1 ? '' : 's'}
              </span>
            </summary>
            {chapter.statements.map((statement, si) => (
              <details key={si} className="import-tree__statement">
                <summary>
                  <Code code={statement.code} />
                  <span className="import-tree__label">{statement.text}</span>
                  <span className="import-tree__count">
                    {statement.actions.length} action{statement.actions.length === 1 ? '' : 's'}
                  </span>
                </summary>
                <ul className="import-tree__actions">
                  {statement.actions.map((action) => (
                    <li key={action.ref}>
                      <Code code={action.code} />
                      <span className="import-tree__label">{action.title || <span className="muted">(no title)</span>}</span>
                      {action.indicators > 0 && (
                        <span className="import-tree__count">
                          {action.indicators} indicator{action.indicators === 1 ? '' : 's'}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </details>
        );
      })}
    </div>
  );
}

function Code({ code }: { code: string }) {
  return <span className="import-tree__code mono">{code}</span>;
}

const HOW_LABELS: Readonly<Record<ImportActionMatch['how'], string>> = {
  code_and_title: 'Same code and title',
  title: 'Same title, other code',
  code: 'Same code only',
};

function MatchesTable({ merge, accepted, onAccepted }: { merge: NonNullable<ImportPreview['merge']>; accepted: ReadonlySet<string>; onAccepted: (a: ReadonlySet<string>) => void }) {
  const [onlyChanged, setOnlyChanged] = useState(false);
  const matches = onlyChanged ? merge.matches.filter((m) => m.differences.length > 0 || !m.proposed) : merge.matches;
  const toggle = (ref: string, on: boolean) => {
    const next = new Set(accepted);
    if (on) next.add(ref);
    else next.delete(ref);
    onAccepted(next);
  };
  const withChanges = merge.matches.filter((m) => m.differences.length > 0).length;
  return (
    <div className="import-matches">
      <div className="import-report__filters">
        <p className="import-matches__intro">
          {merge.matches.length} action{merge.matches.length === 1 ? '' : 's'} of the file match actions of “{merge.planTitle}” ({withChanges} with differences). A ticked match
          updates the plan’s action, each difference recorded in the history; an unticked one is added as a new action.
          {merge.newActions.length > 0 && ` ${merge.newActions.length} other action${merge.newActions.length === 1 ? ' is' : 's are'} new`}
          {merge.newStatements > 0 && ` (with ${merge.newStatements} new statement${merge.newStatements === 1 ? '' : 's'}${merge.newChapters > 0 ? ` and ${merge.newChapters} new chapter${merge.newChapters === 1 ? '' : 's'}` : ''})`}
          {merge.newActions.length > 0 && '.'} Nothing is deleted.
        </p>
        <label className="import-check">
          <input type="checkbox" checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} />
          Only those with differences
        </label>
        <button type="button" className="button" onClick={() => onAccepted(new Set(merge.matches.map((m) => m.ref)))}>
          Tick all
        </button>
        <button type="button" className="button" onClick={() => onAccepted(new Set(merge.matches.filter((m) => m.proposed).map((m) => m.ref)))}>
          Proposed only
        </button>
      </div>
      <div className="import-scroll">
        <table className="data-table import-table import-matches__table">
          <thead>
            <tr>
              <th scope="col" className="import-matches__tick">
                <span className="visually-hidden">Accept</span>
              </th>
              <th scope="col">In the file</th>
              <th scope="col">In the plan</th>
              <th scope="col">Matched by</th>
              <th scope="col">What changes</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m) => (
              <tr key={m.ref} className={accepted.has(m.ref) ? undefined : 'import-matches__rejected'}>
                <td className="import-matches__tick">
                  <input type="checkbox" aria-label={`Accept the match of ${m.file.code || m.file.title}`} checked={accepted.has(m.ref)} onChange={(event) => toggle(m.ref, event.target.checked)} />
                </td>
                <td>
                  <ActionLabel code={m.file.code} title={m.file.title} />
                </td>
                <td>
                  <ActionLabel code={m.plan.code} title={m.plan.title} />
                </td>
                <td className="nowrap">
                  <span className={`match-how match-how--${m.how}`}>{HOW_LABELS[m.how]}</span>
                </td>
                <td className="import-matches__changes">
                  {!accepted.has(m.ref) ? (
                    <span className="muted">Added as a new action</span>
                  ) : m.differences.length === 0 ? (
                    <span className="muted">No difference</span>
                  ) : (
                    <ul>
                      {m.differences.map((d, i) => (
                        <li key={i}>
                          <span className="import-matches__field">{d.label}</span> <Change before={d.before} after={d.after} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {merge.newActions.length > 0 && !onlyChanged && (
          <div className="import-matches__new">
            <p className="field-label">New actions ({merge.newActions.length})</p>
            <ul>
              {merge.newActions.slice(0, 200).map((a) => (
                <li key={a.ref}>
                  <ActionLabel code={a.code} title={a.title} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

function ActionLabel({ code, title }: { code: string; title: string }): ReactNode {
  return (
    <span className="import-action">
      {code && <span className="import-tree__code mono">{code}</span>}
      <span>{title || <span className="muted">(no title)</span>}</span>
    </span>
  );
}

function Change({ before, after }: { before: string; after: string }) {
  const short = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text);
  return (
    <span className="import-change">
      <del title={before}>{short(before)}</del>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> becomes </span>
      <ins title={after}>{short(after)}</ins>
    </span>
  );
}

function FileIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="file-icon">
      <path d="M4 1.5h5.2L12.5 4.8V14a.5.5 0 0 1-.5.5H4a.5.5 0 0 1-.5-.5V2a.5.5 0 0 1 .5-.5Z" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M9 1.7V5h3.3M5.5 8h5M5.5 10.3h5M5.5 12.5h3" fill="none" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
