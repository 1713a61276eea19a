// The Reports view: the review pack builder. Choose a preset, its sections, the scope (chapters, one lead agency),
// the as-of date or reporting period, the snapshot to compare with and the cover's details; the preview on the right
// shows the pack's real pages (the same component print.html renders); Print, Save as PDF and the .xlsx export
// produce the same pack.
import { useCallback, useMemo, useState } from 'react';
import { REPORT_PRESET_SECTIONS, REPORT_SECTIONS, type MethodInput } from '../../../shared/contract';
import type { AgencyListRow, PaperSize, ReportModel, ReportPreset, ReportSectionId, ReportingPeriod, Snapshot, TimelinePaper } from '../../../shared/domain';
import { api, attempt, request as call } from '../data/api';
import { isCancelled, reportError } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import type { ViewProps } from '../app/views';
import { formatNumber, text } from '../language/language';
import { longDate } from '../print/print-format';
import { ReportDocument, type LayoutInfo } from '../print/ReportDocument';
import { sectionTitle } from '../print/sections/parts';
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

/** What a layout of the preview is of. */
interface LayoutOf {
  readonly model: ReportModel;
  readonly paper: PaperSize;
  readonly timelinePaper: TimelinePaper;
}

export function ReportsView({ planId, revision }: ReportsViewProps) {
  const t = text();
  /** What the preview says when the person cancelled preparing it (the progress bar's Cancel). */
  const previewCancelled = t['reports.previewCancelled'];
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
            throw isCancelled(error) ? new Error(previewCancelled) : error;
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
  const meetingWords = model?.committee.meeting ? t['reports.meetingAfter'](model.committee.meeting) : t['reports.noSnapshotMeeting'];
  const problem = preview.problem;
  // How the preview's pages came out, for the model they were laid out from.
  // Each layout of the preview is of one model on one paper: what it came to, and how far a long pack's is (laid
  // out a part at a time, the window answering between parts), are kept with what they are of.
  const [laidOutPack, setLaidOutPack] = useState<{ readonly of: LayoutOf; readonly info: LayoutInfo } | null>(null);
  const [layoutSteps, setLayoutSteps] = useState<{ readonly of: LayoutOf; readonly done: number; readonly total: number } | null>(null);
  const layoutOf = useMemo<LayoutOf | null>(() => (model ? { model, paper, timelinePaper } : null), [model, paper, timelinePaper]);
  const layout = laidOutPack !== null && laidOutPack.of === layoutOf ? laidOutPack.info : null;
  // Stopped by the person (printing and saving still make the whole pack), until the model or the paper changes.
  const [stoppedFor, setStoppedFor] = useState<LayoutOf | null>(null);
  const previewStopped = layoutOf !== null && stoppedFor === layoutOf;
  const steps = !layout && !previewStopped && layoutSteps !== null && layoutSteps.of === layoutOf ? layoutSteps : null;

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
    run(t['reports.savingPdf'], async () => {
      const { path } = await call(api().reports.savePdf({ ...packRequest, paper, timelinePaper }));
      if (path) setNotice(t['reports.saved'](path));
    });
  const print = () =>
    run(t['reports.preparingPrint'], async () => {
      await call(api().reports.print({ ...packRequest, paper, timelinePaper }));
    });
  const exportWorkbook = () =>
    run(t['reports.writingWorkbook'], async () => {
      const { fileName, base64 } = await call(api().reports.workbook(packRequest));
      downloadBase64(fileName, base64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setNotice(t['reports.workbookWritten'](fileName));
    });
  /** In the browser harness there is no print window: the printable pages open in a tab, to print from there. */
  const openPrintable = () => {
    const query = new URLSearchParams({ request: JSON.stringify(packRequest), paper, timelinePaper });
    window.open(`./print.html?${query.toString()}`, '_blank');
  };

  const laidOut = useCallback((info: LayoutInfo) => layoutOf && setLaidOutPack({ of: layoutOf, info }), [layoutOf]);
  const layoutProgress = useCallback((done: number, total: number) => layoutOf && setLayoutSteps({ of: layoutOf, done, total }), [layoutOf, setLayoutSteps]);
  const desktop = shell === 'electron';
  // The default comparison: the newest snapshot taken by the pack's date (the last meeting before it).
  const packDay = periods.find((p) => p.id === periodId)?.end.concat('-31') ?? asOf;
  const newest = snapshots.find((s) => s.takenAt.slice(0, 10) <= packDay);

  return (
    <div className="view reports">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2>{t['reports.title']}</h2>
          <span className="view-toolbar__count">
            {model ? t['reports.actionCount'](formatNumber(model.summary.total)) : ''}
            {layout ? ` · ${t['reports.pageCount'](formatNumber(layout.pages))}` : model && !previewStopped ? ` · ${t['reports.layingOut']}` : ''}
          </span>
        </div>
        <div className="view-toolbar__actions">
          {busy && <span className="reports__busy">{busy}</span>}
          <button type="button" className="button" onClick={exportWorkbook} disabled={busy !== null}>
            {t['reports.exportTables']}
          </button>
          {desktop ? (
            <>
              <button type="button" className="button" onClick={print} disabled={busy !== null}>
                {t['reports.print']}
              </button>
              <button type="button" className="button button--primary" onClick={savePdf} disabled={busy !== null}>
                {t['reports.savePdf']}
              </button>
            </>
          ) : (
            <button type="button" className="button button--primary" onClick={openPrintable} title={t['reports.openPrintableTitle']}>
              {t['reports.openPrintable']}
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
            setNotice(t['reports.pagesSaved']);
          }}
          onClose={() => setEditingPages(false)}
        />
      )}
      <div className="reports__body">
        <form className="reports__form" onSubmit={(event) => event.preventDefault()} aria-label={t['reports.formLabel']}>
          <fieldset>
            <legend>{t['reports.preset']}</legend>
            {PRESET_ORDER.map((id) => (
              <label key={id} className="reports__choice">
                <input type="radio" name="preset" checked={preset === id} onChange={() => choosePreset(id)} />
                {t[`reports.preset.${id}`]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t['reports.sections']}</legend>
            {REPORT_SECTIONS.map((section) => (
              <label key={section} className="reports__choice">
                <input type="checkbox" checked={sections.includes(section)} onChange={(event) => toggleSection(section, event.target.checked)} />
                {sectionTitle(section)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t['reports.scope']}</legend>
            <label className="field-label" htmlFor="reports-agency">
              {t['reports.leadAgency']}
            </label>
            <select id="reports-agency" className="select-input select-input--full" value={leadAgencyId} onChange={(event) => setLeadAgencyId(event.target.value)}>
              <option value="">{t['reports.allLeadAgencies']}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.acronym ? `${a.acronym} — ${a.name}` : a.name}
                </option>
              ))}
            </select>
            <p className="reports__label">
              {t['reports.chapters']} {chapterIds.length === 0 && <span className="muted">{t['reports.allChapters']}</span>}
            </p>
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
            <legend>{t['reports.position']}</legend>
            <label className="field-label" htmlFor="reports-period">
              {t['reports.reportingPeriod']}
            </label>
            <select id="reports-period" className="select-input select-input--full" value={periodId} onChange={(event) => setPeriodId(event.target.value)}>
              <option value="">{t['reports.noPeriod']}</option>
              {[...periods].reverse().map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            {!periodId && (
              <>
                <label className="field-label" htmlFor="reports-as-of">
                  {t['reports.asOf']}
                </label>
                <input id="reports-as-of" className="text-input" type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
              </>
            )}
            {model && !model.planAsOf.current && (
              <p className="muted reports__hint">{t['reports.rebuilt'](longDate(model.planAsOf.day))}</p>
            )}
            <label className="field-label" htmlFor="reports-snapshot">
              {t['reports.compareWith']}
            </label>
            <select id="reports-snapshot" className="select-input select-input--full" value={snapshotChoice} onChange={(event) => setSnapshotChoice(event.target.value)}>
              <option value="newest">{newest ? t['reports.lastSnapshot'](newest.name) : t['reports.noLastSnapshot']}</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} — {s.takenAt.slice(0, 10)}
                </option>
              ))}
              <option value="none">{t['reports.noComparison']}</option>
            </select>
          </fieldset>
          <fieldset aria-labelledby="reports-committee-legend">
            <legend id="reports-committee-legend">{t['reports.committeePages']}</legend>
            {!pages && <p className="muted reports__hint">{t['reports.readingPages']}</p>}
            {pages && (
              <>
                <p className="reports__hint">
                  {t['reports.pagesFor'](meetingWords)}{' '}
                  {pages.id === null
                    ? t['reports.nothingWritten']
                    : [
                        pages.keyMessages.trim() ? t['reports.keyMessages'] : t['reports.noKeyMessages'],
                        t['reports.decisionsSought'](pages.decisions.length),
                        pages.information.trim() ? t['reports.itemsForInformation'] : t['reports.noItemsForInformation'],
                      ].join(', ') + '.'}
                </p>
                <button type="button" className="button reports__committee-button" onClick={() => setEditingPages(true)}>
                  {pages.id === null ? t['reports.writePages'] : t['reports.editPages']}
                </button>
              </>
            )}
          </fieldset>
          <fieldset>
            <legend>{t['reports.cover']}</legend>
            <label className="field-label" htmlFor="reports-meeting">
              {t['reports.meeting']}
            </label>
            <input id="reports-meeting" className="text-input" value={meetingName} placeholder={t['reports.meetingExample']} onChange={(event) => setMeetingName(event.target.value)} />
            <label className="field-label" htmlFor="reports-meeting-date">
              {t['reports.meetingDate']}
            </label>
            <input id="reports-meeting-date" className="text-input" value={meetingDate} placeholder={t['reports.meetingDateExample']} onChange={(event) => setMeetingDate(event.target.value)} />
            <label className="field-label" htmlFor="reports-prepared-by">
              {t['reports.preparedBy']}
            </label>
            <input id="reports-prepared-by" className="text-input" value={preparedBy} onChange={(event) => setPreparedBy(event.target.value)} />
          </fieldset>
          <fieldset>
            <legend>{t['reports.paper']}</legend>
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
              {t['reports.timelineOnA3']}
            </label>
            {timelinePaper === 'A3' && <p className="muted reports__hint">{t['reports.otherPagesOn'](paper)}</p>}
          </fieldset>
        </form>
        <section className="reports__preview" aria-label={t['reports.previewLabel']}>
          <div className="reports__preview-bar">
            {steps ? (
              <span className="reports__laying-out" role="status">
                <span>{t['reports.layingOutParts'](formatNumber(steps.done), formatNumber(steps.total))}</span>
                <progress className="reports__layout-progress" max={steps.total} value={steps.done} aria-label={t['reports.layingOutLabel']} />
                <button type="button" className="button" onClick={() => setStoppedFor(layoutOf)}>
                  {t['reports.stopPreview']}
                </button>
              </span>
            ) : (
              <span className="muted">
                {t['reports.previewIntro']}
                {layout && (layout.overflowingPages ?? 0) + layout.oversized > 0 ? t['reports.doesNotFit'] : ''}
              </span>
            )}
            <label className="inline-field">
              <span className="inline-field__label">{t['reports.zoom']}</span>
              <select className="select-input" value={zoom} onChange={(event) => setZoom(Number(event.target.value))}>
                {[0.4, 0.6, 0.8, 1].map((z) => (
                  <option key={z} value={z}>
                    {formatNumber(Math.round(z * 100))}%
                  </option>
                ))}
              </select>
            </label>
          </div>
          {/* Focusable so that the keyboard can scroll through the pages (they hold no control of their own). */}
          <div className="reports__pages" style={{ ['--preview-zoom' as string]: zoom }} tabIndex={0} role="region" aria-label={t['reports.pages']}>
            {problem && (
              <p className="view-notice view-notice--problem">
                {problem}{' '}
                {problem === previewCancelled && (
                  <button type="button" className="button" onClick={() => void preview.reload()}>
                    {t['reports.prepareAgain']}
                  </button>
                )}
              </p>
            )}
            {!problem && !model && <p className="muted reports__waiting">{t['reports.preparingPack']}</p>}
            {!problem && previewStopped && (
              <p className="muted reports__waiting">
                {t['reports.previewStopped']}{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setLayoutSteps(null);
                    setStoppedFor(null);
                  }}
                >
                  {t['reports.showPreview']}
                </button>
              </p>
            )}
            {!problem && model && !previewStopped && (
              <ReportDocument key={`${paper}-${timelinePaper}`} model={model} paper={paper} timelinePaper={timelinePaper} onLaidOut={laidOut} inSteps onProgress={layoutProgress} />
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
