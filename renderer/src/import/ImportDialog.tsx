// File > Import plan…, the Import… button, or a file dropped on the window: the analyst sees how the file's
// columns were read (and can re-map any of them), the plan it gives, the import report, and, for an import into
// an existing plan, the matched actions with their differences. Nothing is written until "Import" is pressed.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ImportColumn, ImportField, ImportOutcome, ImportPreview, PlanSummary } from '../../../shared/domain';
import { api, request } from '../data/api';
import { isCancelled, messageOf } from '../data/errors';
import { formatNumber, text } from '../language/language';
import { ACCEPTED_FILES, fieldLabel, fieldOptions, fileToBase64, formatSize } from './import-model';
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
        setProblem(text()['import.cannotRead'](chosen.name, messageOf(error)));
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
        setProposal(text()['import.proposal'](open.title));
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
  const words = text();
  const importLabel =
    busy === 'importing'
      ? words['import.importing']
      : !preview
        ? words['import.import']
        : merge
          ? words['import.apply'](formatNumber(changing), formatNumber(adding))
          : words['import.importAsNew'](formatNumber(preview.counts.actions), preview.counts.actions);

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
          {words['import.title']}
        </h2>
        <p className="dialog__hint">{words['import.hint']}</p>
      </header>

      <div className="import-setup">
        <div className="import-setup__file">
          <span className="field-label">{words['import.file']}</span>
          <div className="import-file">
            {file ? (
              <span className="import-file__name" title={file.name}>
                <FileIcon />
                <span className="import-file__text">{file.name}</span>
                <span className="muted">{formatSize(file.size)}</span>
              </span>
            ) : (
              <span className="muted">{words['import.noFile']}</span>
            )}
            <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy === 'importing'}>
              {file ? words['import.chooseAnother'] : words['import.chooseFile']}
            </button>
            <input
              ref={input}
              type="file"
              accept={ACCEPTED_FILES}
              className="visually-hidden"
              aria-label={words['import.fileToImport']}
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
          <legend className="field-label">{words['import.target']}</legend>
          <label className="import-radio">
            <input type="radio" name="import-target" checked={target === 'new'} onChange={() => changeTarget('new')} />
            {words['import.asNewPlan']}
          </label>
          <input
            className="text-input import-setup__title"
            aria-label={words['import.newPlanTitle']}
            placeholder={preview?.planTitle || words['import.titleFromFile']}
            value={planTitle}
            maxLength={300}
            disabled={target !== 'new'}
            onChange={(event) => setPlanTitle(event.target.value)}
          />
          {plans.length > 0 && (
            <>
              <label className="import-radio">
                <input type="radio" name="import-target" checked={target === 'existing'} onChange={() => changeTarget('existing')} />
                {words['import.intoPlan']}
              </label>
              <select
                className="import-select"
                aria-label={words['import.existingPlan']}
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
          busy === 'reading' ? <div className="import-empty muted">{words['import.reading'](file.name)}</div> : <DropHint onChoose={() => input.current?.click()} again />
        ) : (
          <PreviewBody preview={preview} merge={merge} tab={tab} onTab={setTab} mapping={mapping} onMapping={changeMapping} accepted={accepted} onAccepted={setAccepted} reading={busy === 'reading'} />
        )}
      </div>

      <footer className="dialog__actions import-dialog__actions">
        <span className="import-dialog__status muted" aria-live="polite">
          {busy === 'reading' && preview ? words['import.updatingPreview'] : ''}
        </span>
        <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={busy === 'importing'}>
          {words['common.cancel']}
        </button>
        <button type="button" className="button button--primary" onClick={() => void commit()} disabled={!canImport}>
          {importLabel}
        </button>
      </footer>
    </dialog>
  );
}

function DropHint({ onChoose, again = false }: { onChoose: () => void; again?: boolean }) {
  const words = text();
  return (
    <div className="import-drop">
      <FileIcon size={34} />
      <p className="import-drop__title">{again ? words['import.dropAgain'] : words['import.dropHere']}</p>
      <p className="muted">{words['import.or']}</p>
      <button type="button" className="button button--primary" onClick={onChoose}>
        {words['import.chooseFile']}
      </button>
      <p className="import-drop__formats muted">{words['import.formats']}</p>
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
  const words = text();
  const tabs: { id: Tab; count?: number; hidden?: boolean }[] = [
    { id: 'columns', count: preview.columns.length, hidden: preview.kind !== 'spreadsheet' },
    { id: 'tree', count: preview.counts.actions },
    { id: 'report', count: report?.entries.length ?? 0, hidden: !report },
    { id: 'matches', count: merge?.matches.length ?? 0, hidden: !merge },
  ];
  const shown = tabs.filter((t) => !t.hidden);
  const current = shown.some((t) => t.id === tab) ? tab : shown[0]!.id;
  return (
    <>
      <dl className="import-figures">
        <Figure n={preview.counts.chapters} label={words['import.figure.chapters']} />
        <Figure n={preview.counts.statements} label={words['import.figure.statements']} />
        <Figure n={preview.counts.actions} label={words['import.figure.actions']} />
        <Figure n={preview.counts.indicators} label={words['import.figure.indicators']} />
        {report && <Figure n={report.counts.repairs} label={words['import.figure.repaired']} />}
        {report && <Figure n={doubts} label={words['import.figure.toCheck']} tone={doubts > 0 ? 'warn' : undefined} />}
        <Figure n={preview.counts.newAgencies} label={words['import.figure.newAgencies']} />
        {merge && (
          <>
            <span className="import-figures__gap" aria-hidden="true" />
            <Figure n={merge.matches.length} label={words['import.figure.matched']} />
            <Figure n={merge.newActions.length} label={words['import.figure.newActions']} />
            <Figure n={merge.untouchedActions} label={words['import.figure.untouched']} />
          </>
        )}
      </dl>
      <div className="import-tabs" role="tablist" aria-label={words['import.preview']}>
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
            {words[`import.tab.${t.id}`]}
            {t.count !== undefined && <span className="import-tabs__count">{formatNumber(t.count)}</span>}
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
      <dd>{formatNumber(n)}</dd>
    </div>
  );
}

function ColumnsTable({ preview, mapping, onMapping, disabled }: { preview: ImportPreview; mapping: Mapping; onMapping: (c: ImportColumn, v: string) => void; disabled: boolean }) {
  const sheets = new Set(preview.columns.map((c) => c.sheet));
  const words = text();
  const options = fieldOptions();
  return (
    // Focusable so that the keyboard can scroll the columns while their choices are disabled (a preview updating).
    <div className="import-scroll" tabIndex={0} role="region" aria-label={words['import.columnsOfFile']}>
      <table className="data-table import-table import-columns">
        <thead>
          <tr>
            <th scope="col">{words['import.column']}</th>
            <th scope="col">{words['import.headerInFile']}</th>
            <th scope="col">{words['import.firstCells']}</th>
            <th scope="col">{words['import.readAs']}</th>
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
                <td>{column.header || <span className="muted">{words['import.noHeader']}</span>}</td>
                <td className="import-columns__samples" title={column.samples.join('\n')}>
                  {column.samples.length === 0 ? (
                    <span className="muted">{words['import.empty']}</span>
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
                    aria-label={words['import.meaningOf'](column.column, column.header)}
                    value={column.field ?? ''}
                    disabled={disabled}
                    onChange={(event) => onMapping(column, event.target.value)}
                  >
                    {options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {chosen ? (
                    <span className="import-columns__note">
                      {words['import.yourChoice'](fieldLabel(column.detected))}{' '}
                      <button type="button" className="link-button" onClick={() => onMapping(column, column.detected ?? '')} disabled={disabled}>
                        {words['import.undo']}
                      </button>
                    </span>
                  ) : column.field === null ? (
                    <span className="import-columns__note">{words['import.keptUnder'](column.header || words['import.columnNamed'](column.column))}</span>
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
  const words = text();
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
                {words['import.chapterHolds'](formatNumber(chapter.statements.length), chapter.statements.length, formatNumber(actions), actions)}
              </span>
            </summary>
            {chapter.statements.map((statement, si) => (
              <details key={si} className="import-tree__statement">
                <summary>
                  <Code code={statement.code} />
                  <span className="import-tree__label">{statement.text}</span>
                  <span className="import-tree__count">
                    {words['import.actionsCount'](formatNumber(statement.actions.length), statement.actions.length)}
                  </span>
                </summary>
                <ul className="import-tree__actions">
                  {statement.actions.map((action) => (
                    <li key={action.ref}>
                      <Code code={action.code} />
                      <span className="import-tree__label">{action.title || <span className="muted">{words['import.noTitle']}</span>}</span>
                      {action.indicators > 0 && (
                        <span className="import-tree__count">
                          {words['import.indicatorsCount'](formatNumber(action.indicators), action.indicators)}
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
  const words = text();
  return (
    <div className="import-matches">
      <div className="import-report__filters">
        <p className="import-matches__intro">
          {[words['import.matchesIntro'](formatNumber(merge.matches.length), merge.matches.length, merge.planTitle, formatNumber(withChanges)), newActionsSentence(merge), words['import.nothingDeleted']]
            .filter(Boolean)
            .join(' ')}
        </p>
        <label className="import-check">
          <input type="checkbox" checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} />
          {words['import.onlyDifferences']}
        </label>
        <button type="button" className="button" onClick={() => onAccepted(new Set(merge.matches.map((m) => m.ref)))}>
          {words['import.tickAll']}
        </button>
        <button type="button" className="button" onClick={() => onAccepted(new Set(merge.matches.filter((m) => m.proposed).map((m) => m.ref)))}>
          {words['import.proposedOnly']}
        </button>
      </div>
      <div className="import-scroll">
        <table className="data-table import-table import-matches__table">
          <thead>
            <tr>
              <th scope="col" className="import-matches__tick">
                <span className="visually-hidden">{words['import.accept']}</span>
              </th>
              <th scope="col">{words['import.inFile']}</th>
              <th scope="col">{words['import.inPlan']}</th>
              <th scope="col">{words['import.matchedBy']}</th>
              <th scope="col">{words['import.whatChanges']}</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m) => (
              <tr key={m.ref} className={accepted.has(m.ref) ? undefined : 'import-matches__rejected'}>
                <td className="import-matches__tick">
                  <input type="checkbox" aria-label={words['import.acceptMatchOf'](m.file.code || m.file.title)} checked={accepted.has(m.ref)} onChange={(event) => toggle(m.ref, event.target.checked)} />
                </td>
                <td>
                  <ActionLabel code={m.file.code} title={m.file.title} />
                </td>
                <td>
                  <ActionLabel code={m.plan.code} title={m.plan.title} />
                </td>
                <td className="nowrap">
                  <span className={`match-how match-how--${m.how}`}>{words[`import.how.${m.how}`]}</span>
                </td>
                <td className="import-matches__changes">
                  {!accepted.has(m.ref) ? (
                    <span className="muted">{words['import.addedAsNew']}</span>
                  ) : m.differences.length === 0 ? (
                    <span className="muted">{words['import.noDifference']}</span>
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
            <p className="field-label">{words['import.newActions'](formatNumber(merge.newActions.length))}</p>
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

/** What the file adds besides the matches, as one sentence (empty when it adds nothing). */
function newActionsSentence(merge: NonNullable<ImportPreview['merge']>): string {
  const words = text();
  const count = merge.newActions.length;
  if (count === 0) return '';
  const [actions, statements, chapters] = [count, merge.newStatements, merge.newChapters].map(formatNumber) as [string, string, string];
  if (merge.newStatements === 0) return words['import.othersNew'](actions, count);
  if (merge.newChapters === 0) return words['import.othersNewWithStatements'](actions, count, statements, merge.newStatements);
  return words['import.othersNewWithChapters'](actions, count, statements, merge.newStatements, chapters, merge.newChapters);
}

function ActionLabel({ code, title }: { code: string; title: string }): ReactNode {
  return (
    <span className="import-action">
      {code && <span className="import-tree__code mono">{code}</span>}
      <span>{title || <span className="muted">{text()['import.noTitle']}</span>}</span>
    </span>
  );
}

function Change({ before, after }: { before: string; after: string }) {
  const short = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text);
  return (
    <span className="import-change">
      <del title={before}>{short(before)}</del>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {text()['import.becomes']} </span>
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
