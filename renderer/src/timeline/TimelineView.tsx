// The Timeline view: the plan as a Gantt chart. Loads the actions (the grid's rows, filtered by the filters the grid
// shares), groups them by plan or lead agency, draws them, saves drags as edits (in the history, undoable),
// compares with a snapshot (ghost bars and slips), and prints.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ActionGridRow, AgencyListRow, Snapshot } from '../../../shared/domain';
import { formatMonth } from '../../../shared/months';
import { groupKeys, timelineRows, type AgencyLabel, type Grouping, type TimelineAction } from '../../../shared/timeline/layout';
import { asApproved, plannedDates, type DateEdit } from '../../../shared/timeline/reschedule';
import { fitPxPerMonth, monthCount, nearestZoom, planSpan, ZOOM_PX_PER_MONTH, type MonthWindow, type Zoom } from '../../../shared/timeline/scale';
import { slipInMonths, type SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { listActions } from '../data/action-list';
import { api, attempt, request } from '../data/api';
import { revisedEndQuestion, withReasonIfAsked } from '../ui/reason-prompt';
import { reportError } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import { FilterBar } from '../filters/FilterBar';
import { chapterChoicesOf, isFiltering, rowMatcher, type PlanFilter } from '../filters/plan-filter';
import type { ViewProps } from '../app/views';
import { formatMoment, formatNumber, text } from '../language/language';
import { ratingLabel } from '../ratings/rating-view';
import { useRatings } from '../ratings/useRatings';
import { statusLabel } from '../ui/status-view';
import { todayMarkOf } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';
import { TimelinePrint } from './TimelinePrint';
import { TimelinePrintDialog, type PrintChoice } from './TimelinePrintDialog';
import { TimelineScroller, type TimelineScrollerHandle } from './TimelineScroller';
import '../ui/segmented.css';
import './timeline-view.css';

const SETTINGS_KEY = 'plandesk.timeline';
const LABEL_WIDTH = 400;

interface Settings {
  readonly grouping: Grouping;
  readonly pxPerMonth: number;
  readonly fiscalYearBands: boolean;
}

const NO_AGENCIES: readonly AgencyListRow[] = [];
const NO_SNAPSHOTS: readonly Snapshot[] = [];

const DEFAULT_SETTINGS: Settings = { grouping: 'plan', pxPerMonth: ZOOM_PX_PER_MONTH.years, fiscalYearBands: false };

function storedSettings(): Settings {
  try {
    const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return {
      grouping: stored.grouping === 'agency' ? 'agency' : 'plan',
      pxPerMonth: typeof stored.pxPerMonth === 'number' && stored.pxPerMonth >= 1 && stored.pxPerMonth <= 200 ? stored.pxPerMonth : DEFAULT_SETTINGS.pxPerMonth,
      fiscalYearBands: stored.fiscalYearBands === true,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** "search “cloud”, 2 chapters, lead MoIC, Ongoing, overdue only": what the filters keep, for the printed page. */
function describeFilter(filter: PlanFilter, agencies: readonly AgencyListRow[]): string {
  if (!isFiltering(filter)) return '';
  const t = text();
  const parts: string[] = [];
  if (filter.text.trim()) parts.push(t['timeline.filter.search'](filter.text.trim()));
  if (filter.chapterIds.length) parts.push(t['timeline.filter.chapters'](filter.chapterIds.length));
  if (filter.leadAgencyIds.length) {
    parts.push(t['timeline.filter.lead'](filter.leadAgencyIds.map((id) => agencies.find((a) => a.id === id)).map((a) => a?.acronym ?? a?.name ?? '?').join(', ')));
  }
  if (filter.statuses.length) parts.push(filter.statuses.map(statusLabel).join(', '));
  if (filter.ratings.length) parts.push(t['timeline.filter.rated'](filter.ratings.map(ratingLabel).join(', ')));
  if (filter.funds.length) parts.push(t['timeline.filter.funds'](filter.funds.length));
  if (filter.overdueOnly) parts.push(t['timeline.filter.overdueOnly']);
  if (filter.activeIn) parts.push(t['timeline.filter.active'](formatMonth(filter.activeIn.from), formatMonth(filter.activeIn.to)));
  return t['timeline.filtered'](parts.join(', '));
}

export function TimelineView({ planId, revision, filter, onFilterChange, openAction, onPlanChanged }: ViewProps) {
  // Each answer is used as it comes: the chart draws as soon as the actions are in.
  const { data: actions, setData: setActions } = usePlanQuery(
    () =>
      listActions(planId).catch((error: unknown) => {
        reportError(error);
        return undefined;
      }),
    [planId, revision],
  );
  const agencies = usePlanQuery(() => attempt(api().agencies.list({})), [planId, revision]).data ?? NO_AGENCIES;
  const snapshots = usePlanQuery(() => attempt(api().snapshots.list({ planId })), [planId, revision]).data ?? NO_SNAPSHOTS;
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const loadedGhosts = usePlanQuery(
    async () => {
      if (snapshotId === null) return undefined;
      const dates = await attempt(api().snapshots.dates({ snapshotId }));
      return dates && { snapshotId, dates: new Map(dates.map((d) => [d.actionId, d])) as ReadonlyMap<string, SnapshotActionDates> };
    },
    [snapshotId, revision],
  ).data;
  const [settings, setSettings] = useState<Settings>(storedSettings);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [printAsked, setPrintAsked] = useState(false);
  const [printing, setPrinting] = useState<(PrintChoice & { readonly openDialog: boolean }) | null>(null);
  const printingNow = useRef(false);
  useEffect(() => {
    printingNow.current = printing !== null;
  }, [printing]);
  const view = useRef<TimelineScrollerHandle>(null);
  const today = useMemo(() => todayMarkOf(new Date()), []);

  const change = (part: Partial<Settings>) =>
    setSettings((current) => {
      const next = { ...current, ...part };
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    });

  // File > Print… (Ctrl+P) while the timeline shows prints the timeline's pages (the whole plan, A4), not the screen.
  const printSpan = useRef<MonthWindow | null>(null);
  useEffect(() => {
    const onBeforePrint = () => {
      if (printingNow.current || printSpan.current === null) return;
      const span = printSpan.current;
      flushSync(() => setPrinting({ span, paper: 'A4', openDialog: false }));
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

  const snapshotGhosts = loadedGhosts !== undefined && loadedGhosts.snapshotId === snapshotId ? loadedGhosts.dates : null;
  const agencyLabels = useMemo(() => {
    const labels = new Map<string, AgencyLabel>();
    for (const a of agencies) labels.set(a.id, { code: a.acronym ?? '', title: a.name });
    return labels;
  }, [agencies]);
  const chapters = useMemo(() => chapterChoicesOf(actions ?? []), [actions]);
  const ratings = useRatings(planId, revision).byAction;
  // The rows are laid out again when the ratings change only if the filter picks ratings.
  const ratingsFiltered = filter.ratings.length > 0 ? ratings : null;
  // The plan's title heads the printed pages; its approval decides how bars are drawn and dragged.
  const loaded = actions !== undefined;
  const plan = usePlanQuery(
    async () => (loaded ? ((await attempt(api().workspace.summary({})))?.plans.find((p) => p.id === planId) ?? null) : undefined),
    [loaded, planId, revision],
  ).data;
  const planTitle = plan === undefined ? null : (plan?.title ?? '');
  const approved = plan?.baseline.approvedOn !== null && plan?.baseline.approvedOn !== undefined;
  const filtered = useMemo(() => (actions ?? []).filter(rowMatcher(filter, (id) => ratingsFiltered?.get(id)?.rating)), [actions, filter, ratingsFiltered]);
  // An approved plan's bars run to the end that now counts; its planned bars lie under them.
  const shown = useMemo(() => (approved ? filtered.map(asApproved) : filtered), [filtered, approved]);
  // Without a snapshot to compare with, the thin bars are the planned dates: a revised end shows as its slip.
  const ghosts = useMemo(
    () => snapshotGhosts ?? (new Map(filtered.map((a) => [a.id, plannedDates(a)])) as ReadonlyMap<string, SnapshotActionDates>),
    [snapshotGhosts, filtered],
  );
  // Agency names matter only when grouping by agency: their arrival does not lay out the plan again.
  const groupingAgencies = settings.grouping === 'agency' ? agencyLabels : null;
  const rows = useMemo(
    () => timelineRows(shown, { grouping: settings.grouping, collapsed, agencies: groupingAgencies ?? undefined }),
    [shown, settings.grouping, collapsed, groupingAgencies],
  );
  const span = useMemo(() => {
    const ghostDates = shown.map((a) => ghosts.get(a.id)).filter((g): g is SnapshotActionDates => g !== undefined);
    return planSpan([...shown, ...ghostDates], today.month);
  }, [shown, ghosts, today.month]);
  const scale = useMemo(() => ({ first: span.first, last: span.last, pxPerMonth: settings.pxPerMonth }), [span, settings.pxPerMonth]);
  useEffect(() => {
    printSpan.current = shown.length > 0 ? span : null;
  }, [span, shown.length]);

  const toggleGroup = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const saveDates = useCallback(
    async (action: TimelineAction, edits: readonly DateEdit[]) => {
      let updated: readonly ActionGridRow[] | undefined;
      if (edits.length === 1) {
        const edit = edits[0]!;
        // An approved plan's new end is a revised end: its reason is asked for, and Cancel saves nothing.
        const row = await withReasonIfAsked(
          (reason) => request(api().actions.update({ actionId: action.id, field: edit.field, value: edit.value, ...(reason ? { reason } : {}) })),
          (refusal) => revisedEndQuestion([action.code, action.title].filter(Boolean).join(' '), edit.value.length === 4 ? edit.value : formatMonth(edit.value), refusal),
        ).catch((error: unknown) => {
          reportError(error);
          return null;
        });
        updated = row ? [row] : undefined;
      } else {
        // Start and end together: one paste is one change in the history, undone at once.
        const outcome = await attempt(api().actions.paste({ planId, cells: edits.map((e) => ({ actionId: action.id, field: e.field, value: e.value })) }));
        if (outcome && outcome.refused.length > 0) reportError(new Error(text()['timeline.notSaved'](action.code, outcome.refused.map((r) => r.reason).join('; '))));
        updated = outcome?.rows;
      }
      if (!updated || updated.length === 0) return;
      const byId = new Map(updated.map((r) => [r.id, r]));
      setActions((current) => current?.map((r) => byId.get(r.id) ?? r));
      onPlanChanged();
    },
    [planId, onPlanChanged, setActions],
  );

  const zoomTo = useCallback((pxPerMonth: number) => change({ pxPerMonth }), []);
  const fit = () => change({ pxPerMonth: fitPxPerMonth(monthCount(span), view.current?.chartViewportWidth() ?? 900) });
  const stopPrinting = useCallback(() => setPrinting(null), []);
  const print = (choice: PrintChoice) => {
    setPrintAsked(false);
    setPrinting({ ...choice, openDialog: true });
  };

  const t = text();
  if (actions === undefined) return <div className="screen-message muted">{t['timeline.loading']}</div>;

  const zoom = nearestZoom(settings.pxPerMonth);
  const undated = shown.filter((a) => a.start === null && (a.end === null || a.endOpen)).length;
  const overdue = shown.filter((a) => a.overdue).length;
  const snapshot = snapshots.find((s) => s.id === snapshotId) ?? null;
  const slipped = snapshotGhosts ? shown.filter((a) => (slipInMonths(a, snapshotGhosts.get(a.id) ?? a) ?? 0) > 0).length : 0;
  const revisedEnds = filtered.filter((a) => !a.endOpen && a.revisedEnd !== null && a.revisedEnd !== a.end).length;
  const subtitle = [
    t[`timeline.printedBy.${settings.grouping}`],
    t['timeline.actionCount'](shown.length),
    describeFilter(filter, agencies),
    snapshot ? t['timeline.ghostBarsAt'](snapshot.name) : '',
    t['timeline.printed'](formatMoment(new Date().toISOString(), 'day')),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="timeline-screen" aria-label={t['timeline.title']}>
      <div className="timeline-toolbar" role="toolbar" aria-label={t['timeline.title']}>
        <div className="segmented" role="group" aria-label={t['timeline.groupBy']}>
          {(['plan', 'agency'] as const).map((g) => (
            <button key={g} type="button" className={settings.grouping === g ? 'segmented__item segmented__item--on' : 'segmented__item'} aria-pressed={settings.grouping === g} onClick={() => change({ grouping: g })}>
              {g === 'plan' ? t['timeline.byChapter'] : t['timeline.byLeadAgency']}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t['timeline.zoom']}>
          {(Object.keys(ZOOM_PX_PER_MONTH) as Zoom[]).map((z) => (
            <button key={z} type="button" className={zoom === z ? 'segmented__item segmented__item--on' : 'segmented__item'} aria-pressed={zoom === z} onClick={() => change({ pxPerMonth: ZOOM_PX_PER_MONTH[z] })}>
              {t[`timeline.zoom.${z}`]}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small" onClick={fit} title={t['timeline.fitPlanTitle']}>
          {t['timeline.fitPlan']}
        </button>
        <button type="button" className="button button--small" onClick={() => view.current?.scrollToMonth(today.month, 0.5)}>
          {t['timeline.today']}
        </button>
        <label className="timeline-toolbar__check" title={t['timeline.fiscalYearsTitle']}>
          <input type="checkbox" checked={settings.fiscalYearBands} onChange={(event) => change({ fiscalYearBands: event.target.checked })} />
          {t['timeline.fiscalYears']}
        </label>
        <label className="timeline-toolbar__snapshot">
          <span>{t['timeline.compareWith']}</span>
          <select
            className="timeline-select"
            value={snapshotId ?? ''}
            disabled={snapshots.length === 0}
            title={snapshots.length === 0 ? t['timeline.noSnapshotYetTitle'] : t['timeline.compareTitle']}
            onChange={(event) => setSnapshotId(event.target.value || null)}
          >
            <option value="">{snapshots.length === 0 ? t['timeline.noSnapshotsYet'] : t['timeline.noSnapshot']}</option>
            {snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {t['timeline.snapshotChoice'](s.name, formatMoment(s.takenAt, 'day'))}
              </option>
            ))}
          </select>
        </label>
        <span className="timeline-toolbar__spacer" />
        <button type="button" className="link-button" onClick={() => setCollapsed(new Set())} disabled={collapsed.size === 0}>
          {t['timeline.expandAll']}
        </button>
        <button type="button" className="link-button" onClick={() => setCollapsed(new Set(groupKeys(shown, { grouping: settings.grouping, agencies: agencyLabels })))}>
          {t['timeline.collapseAll']}
        </button>
        <button type="button" className="button button--small button--primary" onClick={() => setPrintAsked(true)} disabled={printing !== null || shown.length === 0}>
          {t['timeline.printTimeline']}
        </button>
      </div>
      <div className="timeline-filters">
        <FilterBar filter={filter} onChange={onFilterChange} chapters={chapters} agencies={agencies} />
      </div>
      <p className="timeline-summary" aria-live="polite">
        <span>
          <strong>{formatNumber(shown.length)}</strong> {t['timeline.shownOf'](formatNumber(actions.length))}
        </span>
        {overdue > 0 && (
          <span className="timeline-summary__overdue">
            <strong>{formatNumber(overdue)}</strong> {t['timeline.overdue']}
          </span>
        )}
        {undated > 0 && (
          <span>
            <strong>{formatNumber(undated)}</strong> {t['timeline.withoutDates']}
          </span>
        )}
        {snapshot && (
          <span className="timeline-summary__slipped">
            <strong>{formatNumber(slipped)}</strong> {t['timeline.slippedSince'](snapshot.name)}
          </span>
        )}
        {!snapshot && revisedEnds > 0 && (
          <span className="timeline-summary__slipped">
            <strong>{formatNumber(revisedEnds)}</strong> {approved ? t['timeline.withRevisedEndSinceApproval'] : t['timeline.withRevisedEnd']}
          </span>
        )}
        <TimelineLegend ghosts={snapshot ? 'snapshot' : 'planned'} withRatings={ratings.size > 0} />
      </p>
      {shown.length === 0 ? (
        <div className="screen-message muted">{actions.length === 0 ? t['timeline.noActions'] : t['timeline.noMatch']}</div>
      ) : (
        <TimelineScroller
          ref={view}
          rows={rows}
          scale={scale}
          today={today}
          fiscalYearBands={settings.fiscalYearBands}
          ghosts={ghosts}
          snapshotName={snapshot?.name ?? null}
          ratings={ratings}
          labelWidth={LABEL_WIDTH}
          onToggleGroup={toggleGroup}
          onOpenAction={openAction}
          onReschedule={saveDates}
          onZoom={zoomTo}
        />
      )}
      {printAsked && (
        <TimelinePrintDialog rows={rows} span={span} fiscalYearBands={settings.fiscalYearBands} onPrint={print} onClose={() => setPrintAsked(false)} />
      )}
      {printing && (
        <TimelinePrint
          rows={rows}
          span={printing.span}
          paper={printing.paper}
          openDialog={printing.openDialog}
          title={planTitle || t['timeline.title']}
          subtitle={subtitle}
          today={today}
          fiscalYearBands={settings.fiscalYearBands}
          ghosts={ghosts}
          snapshotName={snapshot?.name ?? null}
          ratings={ratings}
          onDone={stopPrinting}
        />
      )}
    </section>
  );
}
