// The Reports view: the review pack builder. Choose a preset, its sections, the scope (chapters, one lead agency),
// the as-of date or reporting period, the snapshot to compare with and the cover's details; the preview on the right
// shows the pack's real pages (the same component print.html renders); Print, Save as PDF and the .xlsx export
// produce the same pack.
import { useCallback, useMemo, useState } from 'react';
import { REPORT_PRESET_SECTIONS, REPORT_SECTIONS, type MethodInput } from '../../../shared/contract';
import { REPORT_PRESET_LABELS, REPORT_SECTION_TITLES } from '../../../shared/vocab/report-sections';
import type { AgencyListRow, PaperSize, ReportModel, ReportPreset, ReportSectionId, ReportingPeriod, Snapshot, TimelinePaper } from '../../../shared/domain';
import { api, attempt, request as call } from '../data/api';
import { isCancelled, reportError } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import type { ViewProps } from '../app/views';
import { longDate } from '../print/print-format';
import { ReportDocument, type LayoutInfo } from '../print/ReportDocument';
import { CommitteePagesDialog } from './CommitteePagesDialog';
import './reports.css';

/** Mount as the 'reports' view: `<ReportsView key={key} {...props} />` (it reads planId and revision). */
export type ReportsViewProps = Pick<ViewProps, 'planId' | 'revision'>;

type ReportRequestInput = MethodInput<'reports:model'>;

const NO_AGENCIES: readonly AgencyListRow[] = [];
const NO_PERIODS: readonly ReportingPeriod[] = [];
const NO_SNAPSHOTS: readonly Snapshot[] = [];

const PRESET_ORDER: readonly ReportPreset[] = ['steering_committee', 'agency_scorecard', 'overdue'];

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the preview says when the person cancelled preparing it (the progress bar's Cancel). */
const PREVIEW_CANCELLED = 'Preparing the preview was cancelled; nothing was changed.';

export function ReportsView({ planId, revision }: ReportsViewProps) {
  const [preset, setPreset] = useState<ReportPreset>('steering_committee');
  const [sections, setSections] = useState<readonly ReportSectionId[]>(REPORT_PRESET_SECTIONS.steering_committee);
  const [chapterIds, setChapterIds] = useState<readonly string[]>([]);
  const [leadAgencyId, setLeadAgencyId] = useState('');
  const [periodId, setPeriodId] = useState('');
  const [asOf, setAsOf] = useState(today);
  const [snapshotChoice, setSnapshotChoice] = useState<string>('newest');
  const [meetingName, setMeetingName] = useState('');
  const [meetingDate, setMeetingDate] = useState('');
  // Who prepared the pack, as typed; until then, the user name of the workspace.
  const [preparedByTyped, setPreparedBy] = useState<string | null>(null);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [timelinePaper, setTimelinePaper] = useState<TimelinePaper>('pack');
  const [zoom, setZoom] = useState(0.6);

  // What the pack is built from: the plan's chapters, agencies, periods and snapshots.
  const tree = usePlanQuery(() => attempt(api().plans.tree({ planId })), [planId, revision]).data ?? null;
  const agencies = usePlanQuery(async () => (await attempt(api().agencies.list({})))?.filter((agency) => agency.leadCount > 0), [planId, revision]).data ?? NO_AGENCIES;
  const periods = usePlanQuery(() => attempt(api().plans.periods({ planId })), [planId, revision]).data ?? NO_PERIODS;
  const snapshots = usePlanQuery(() => attempt(api().snapshots.list({ planId })), [planId, revision]).data ?? NO_SNAPSHOTS;
  const info = usePlanQuery(() => attempt(api().app.info({})), [planId, revision]).data;
  const shell = info?.shell ?? 'electron';
  const preparedBy = preparedByTyped ?? info?.userName ?? '';

  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const packRequest = useMemo((): ReportRequestInput => {
    const input: ReportRequestInput = { planId, preset, sections: [...sections], meetingName, meetingDate, preparedBy };
    if (chapterIds.length > 0) input.chapterIds = [...chapterIds];
    if (leadAgencyId) input.leadAgencyId = leadAgencyId;
    if (periodId) input.periodId = periodId;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) input.asOf = asOf;
    if (snapshotChoice === 'none') input.snapshotId = null;
    else if (snapshotChoice !== 'newest') input.snapshotId = snapshotChoice;
    return input;
  }, [planId, preset, sections, chapterIds, leadAgencyId, periodId, asOf, snapshotChoice, meetingName, meetingDate, preparedBy]);

  // The committee's pages of the meeting the pack is made for (the one after the compared snapshot, as the core
  // resolved it for the preview); `pagesSaved` counts saves, so that the preview shows what was just written.
  const [pagesSaved, setPagesSaved] = useState(0);
  const [editingPages, setEditingPages] = useState(false);

  // The preview follows the form, a moment after the last change. Not before the app has said who prepares the pack
  // (the cover names them): asked earlier, a large plan's model would be built twice, once for nobody.
  const preview = usePlanQuery(
    () =>
      info === undefined
        ? Promise.resolve(undefined)
        : call(api().reports.model(packRequest)).catch((error: unknown) => {
            throw isCancelled(error) ? new Error(PREVIEW_CANCELLED) : error;
          }),
    [packRequest, revision, pagesSaved, info === undefined],
    { waitMs: 400 },
  );
  const model = preview.data ?? null;
  const meetingSnapshotId = model ? model.committee.snapshotId : undefined;
  const committeePages = usePlanQuery(
    async () => (meetingSnapshotId === undefined ? undefined : attempt(api().committee.pages({ planId, snapshotId: meetingSnapshotId }))),
    [planId, meetingSnapshotId, revision, pagesSaved],
  ).data;
  const pages = committeePages && committeePages.snapshotId === meetingSnapshotId ? committeePages : null;
  const meetingWords = model?.committee.meeting ? `the meeting after “${model.committee.meeting}”` : 'a pack compared with no snapshot';
  const problem = preview.problem;
  // How the preview's pages came out, for the model they were laid out from.
  const [laidOutPack, setLaidOutPack] = useState<{ readonly model: ReportModel; readonly info: LayoutInfo } | null>(null);
  const layout = laidOutPack !== null && laidOutPack.model === model ? laidOutPack.info : null;

  const choosePreset = (next: ReportPreset) => {
    setPreset(next);
    setSections(REPORT_PRESET_SECTIONS[next]);
  };
  const toggleSection = (section: ReportSectionId, on: boolean) =>
    setSections((current) => REPORT_SECTIONS.filter((s) => (s === section ? on : current.includes(s))));
  const toggleChapter = (id: string, on: boolean) =>
    setChapterIds((current) => (on ? [...current, id] : current.filter((c) => c !== id)));

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };
  const savePdf = () =>
    run('Saving the PDF…', async () => {
      const { path } = await call(api().reports.savePdf({ ...packRequest, paper, timelinePaper }));
      if (path) setNotice(`Saved ${path}`);
    });
  const print = () =>
    run('Preparing the pages for printing…', async () => {
      await call(api().reports.print({ ...packRequest, paper, timelinePaper }));
    });
  const exportWorkbook = () =>
    run('Writing the workbook…', async () => {
      const { fileName, base64 } = await call(api().reports.workbook(packRequest));
      downloadBase64(fileName, base64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setNotice(`${fileName}: one sheet per section`);
    });
  /** In the browser harness there is no print window: the printable pages open in a tab, to print from there. */
  const openPrintable = () => {
    const query = new URLSearchParams({ request: JSON.stringify(packRequest), paper, timelinePaper });
    window.open(`./print.html?${query.toString()}`, '_blank');
  };

  const laidOut = useCallback((info: LayoutInfo) => model && setLaidOutPack({ model, info }), [model]);
  const desktop = shell === 'electron';
  // The default comparison: the newest snapshot taken by the pack's date (the last meeting before it).
  const packDay = periods.find((p) => p.id === periodId)?.end.concat('-31') ?? asOf;
  const newest = snapshots.find((s) => s.takenAt.slice(0, 10) <= packDay);

  return (
    <div className="view reports">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2>Review pack</h2>
          <span className="view-toolbar__count">
            {model ? `${model.summary.total} actions` : ''}
            {layout ? ` · ${layout.pages} pages` : model ? ' · laying out pages…' : ''}
          </span>
        </div>
        <div className="view-toolbar__actions">
          {busy && <span className="reports__busy">{busy}</span>}
          <button type="button" className="button" onClick={exportWorkbook} disabled={busy !== null}>
            Export tables (.xlsx)
          </button>
          {desktop ? (
            <>
              <button type="button" className="button" onClick={print} disabled={busy !== null}>
                Print…
              </button>
              <button type="button" className="button button--primary" onClick={savePdf} disabled={busy !== null}>
                Save as PDF…
              </button>
            </>
          ) : (
            <button type="button" className="button button--primary" onClick={openPrintable} title="Opens the pages in a new tab, to print or save as PDF from the browser">
              Open printable pages
            </button>
          )}
        </div>
      </div>
      {notice && (
        <div className="view-notice" role="status">
          <span>{notice}</span>
        </div>
      )}
      {editingPages && pages && (
        <CommitteePagesDialog
          pages={pages}
          meeting={meetingWords}
          onSaved={() => {
            setEditingPages(false);
            setPagesSaved((n) => n + 1);
            setNotice('Committee pages saved (Ctrl+Z takes the change back)');
          }}
          onClose={() => setEditingPages(false)}
        />
      )}
      <div className="reports__body">
        <form className="reports__form" onSubmit={(event) => event.preventDefault()} aria-label="What the pack holds">
          <fieldset>
            <legend>Preset</legend>
            {PRESET_ORDER.map((id) => (
              <label key={id} className="reports__choice">
                <input type="radio" name="preset" checked={preset === id} onChange={() => choosePreset(id)} />
                {REPORT_PRESET_LABELS[id]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Sections</legend>
            {REPORT_SECTIONS.map((section) => (
              <label key={section} className="reports__choice">
                <input type="checkbox" checked={sections.includes(section)} onChange={(event) => toggleSection(section, event.target.checked)} />
                {REPORT_SECTION_TITLES[section]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Scope</legend>
            <label className="field-label" htmlFor="reports-agency">
              Lead agency
            </label>
            <select id="reports-agency" className="select-input select-input--full" value={leadAgencyId} onChange={(event) => setLeadAgencyId(event.target.value)}>
              <option value="">All lead agencies</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.acronym ? `${a.acronym} — ${a.name}` : a.name}
                </option>
              ))}
            </select>
            <p className="reports__label">Chapters {chapterIds.length === 0 && <span className="muted">(all)</span>}</p>
            <div className="reports__chapters">
              {tree?.chapters.map((chapter) => (
                <label key={chapter.id} className="reports__choice">
                  <input type="checkbox" checked={chapterIds.includes(chapter.id)} onChange={(event) => toggleChapter(chapter.id, event.target.checked)} />
                  <span>
                    <span className="mono">{chapter.code}</span> {chapter.title}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Position</legend>
            <label className="field-label" htmlFor="reports-period">
              Reporting period
            </label>
            <select id="reports-period" className="select-input select-input--full" value={periodId} onChange={(event) => setPeriodId(event.target.value)}>
              <option value="">None: as of a date</option>
              {[...periods].reverse().map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            {!periodId && (
              <>
                <label className="field-label" htmlFor="reports-as-of">
                  As of
                </label>
                <input id="reports-as-of" className="text-input" type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
              </>
            )}
            {model && !model.planAsOf.current && (
              <p className="muted reports__hint">Statuses, dates and targets as they stood on {longDate(model.planAsOf.day)}, rebuilt from the change history.</p>
            )}
            <label className="field-label" htmlFor="reports-snapshot">
              Compare with
            </label>
            <select id="reports-snapshot" className="select-input select-input--full" value={snapshotChoice} onChange={(event) => setSnapshotChoice(event.target.value)}>
              <option value="newest">{newest ? `Last before the pack's date (${newest.name})` : 'Last before the pack\'s date (none)'}</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} — {s.takenAt.slice(0, 10)}
                </option>
              ))}
              <option value="none">No comparison</option>
            </select>
          </fieldset>
          <fieldset aria-labelledby="reports-committee-legend">
            <legend id="reports-committee-legend">Committee pages</legend>
            {!pages && <p className="muted reports__hint">Reading the pages of this meeting…</p>}
            {pages && (
              <>
                <p className="reports__hint">
                  For {meetingWords}:{' '}
                  {pages.id === null
                    ? 'nothing written yet (empty pages are left out of the pack).'
                    : [
                        pages.keyMessages.trim() ? 'key messages' : 'no key messages',
                        `${pages.decisions.length} ${pages.decisions.length === 1 ? 'decision' : 'decisions'} sought`,
                        pages.information.trim() ? 'items for information' : 'no items for information',
                      ].join(', ') + '.'}
                </p>
                <button type="button" className="button reports__committee-button" onClick={() => setEditingPages(true)}>
                  {pages.id === null ? 'Write committee pages…' : 'Edit committee pages…'}
                </button>
              </>
            )}
          </fieldset>
          <fieldset>
            <legend>Cover</legend>
            <label className="field-label" htmlFor="reports-meeting">
              Meeting
            </label>
            <input id="reports-meeting" className="text-input" value={meetingName} placeholder="12th e-Governance Steering Committee" onChange={(event) => setMeetingName(event.target.value)} />
            <label className="field-label" htmlFor="reports-meeting-date">
              Meeting date
            </label>
            <input id="reports-meeting-date" className="text-input" value={meetingDate} placeholder="15 December 2026" onChange={(event) => setMeetingDate(event.target.value)} />
            <label className="field-label" htmlFor="reports-prepared-by">
              Prepared by
            </label>
            <input id="reports-prepared-by" className="text-input" value={preparedBy} onChange={(event) => setPreparedBy(event.target.value)} />
          </fieldset>
          <fieldset>
            <legend>Paper</legend>
            {(['A4', 'Letter'] as const).map((size) => (
              <label key={size} className="reports__choice reports__choice--inline">
                <input type="radio" name="paper" checked={paper === size} onChange={() => setPaper(size)} />
                {size}
              </label>
            ))}
            <label className="reports__choice">
              <input
                type="checkbox"
                checked={timelinePaper === 'A3'}
                disabled={!sections.includes('timeline')}
                onChange={(event) => setTimelinePaper(event.target.checked ? 'A3' : 'pack')}
              />
              Timeline pages on A3 (landscape)
            </label>
            {timelinePaper === 'A3' && <p className="muted reports__hint">The other pages stay on {paper}.</p>}
          </fieldset>
        </form>
        <section className="reports__preview" aria-label="Preview of the pack's pages">
          <div className="reports__preview-bar">
            <span className="muted">Preview: the pages as they print{layout && (layout.overflowingPages ?? 0) + layout.oversized > 0 ? ' — some text does not fit its page' : ''}</span>
            <label className="inline-field">
              <span className="inline-field__label">Zoom</span>
              <select className="select-input" value={zoom} onChange={(event) => setZoom(Number(event.target.value))}>
                {[0.4, 0.6, 0.8, 1].map((z) => (
                  <option key={z} value={z}>
                    {Math.round(z * 100)}%
                  </option>
                ))}
              </select>
            </label>
          </div>
          {/* Focusable so that the keyboard can scroll through the pages (they hold no control of their own). */}
          <div className="reports__pages" style={{ ['--preview-zoom' as string]: zoom }} tabIndex={0} role="region" aria-label="Pages">
            {problem && (
              <p className="view-notice view-notice--problem">
                {problem}{' '}
                {problem === PREVIEW_CANCELLED && (
                  <button type="button" className="button" onClick={() => void preview.reload()}>
                    Prepare again
                  </button>
                )}
              </p>
            )}
            {!problem && !model && <p className="muted reports__waiting">Preparing the pack…</p>}
            {!problem && model && <ReportDocument key={`${paper}-${timelinePaper}`} model={model} paper={paper} timelinePaper={timelinePaper} onLaidOut={laidOut} />}
          </div>
        </section>
      </div>
    </div>
  );
}
