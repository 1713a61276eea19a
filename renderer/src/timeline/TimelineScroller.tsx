// The timeline on screen: one scrolling area with the time header stuck to the top and the row labels stuck to
// the left, so both follow the chart. Only the rows and months in sight are drawn (10,000 actions scroll smoothly).
// Bars are dragged to reschedule (whole bar or either end), clicked to open the action, hovered for details.
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import type { ActionRating, Id } from '../../../shared/domain';
import { monthsBetween, type Month } from '../../../shared/months';
import { timelineText } from '../../../shared/timeline/labels';
import { rowWindow, xWindow, type ActionRow, type TimelineAction, type TimelineRow } from '../../../shared/timeline/layout';
import { describeDrag, handlesOf, monthsDragged, reschedule, type DateEdit, type DragHandle } from '../../../shared/timeline/reschedule';
import { chartWidth, xOfDay, type MonthScale } from '../../../shared/timeline/scale';
import type { SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { formatNumber, text } from '../language/language';
import { ratingName } from '../ratings/rating-view';
import { StatusIcon } from '../ui/Status';
import { statusKeyOf, statusLabel } from '../ui/status-view';
import { TimelineChart, type TodayMark } from './TimelineChart';
import { headerLines, TimelineHeader } from './TimelineHeader';
import { TimelineTooltip } from './TimelineTooltip';
import './timeline-scroller.css';

export const ROW_HEIGHT = 28;
const HEADER_LINE = 22;
const ROW_CHUNK = 16;
const X_CHUNK = 640;

export interface TimelineScrollerHandle {
  /** Scrolls so that `month` sits at `at` (0 left … 1 right) of the chart's visible width. */
  scrollToMonth(month: Month, at?: number): void;
  /** The width the chart has on screen, for "fit the plan". */
  chartViewportWidth(): number;
}

export interface TimelineScrollerProps {
  readonly rows: readonly TimelineRow[];
  readonly scale: MonthScale;
  readonly today: TodayMark;
  readonly fiscalYearBands: boolean;
  readonly ghosts: ReadonlyMap<Id, SnapshotActionDates> | null;
  readonly snapshotName: string | null;
  /** Each action's delivery rating: a mark on its bar, words in its label and its tooltip. */
  readonly ratings: ReadonlyMap<Id, ActionRating>;
  readonly labelWidth: number;
  readonly onToggleGroup: (key: string) => void;
  readonly onOpenAction: (actionId: Id) => void;
  /** Saves new dates; the view keeps drawing them until this settles. */
  readonly onReschedule: (action: TimelineAction, edits: readonly DateEdit[]) => Promise<void>;
  /** Ctrl+wheel asks for a new width of a month. */
  readonly onZoom: (pxPerMonth: number) => void;
  readonly ref?: Ref<TimelineScrollerHandle>;
}

interface Scrolled {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

interface Dragging {
  readonly pointerId: number;
  readonly handle: DragHandle;
  readonly row: ActionRow;
  readonly startX: number;
  moved: boolean;
}

interface Preview {
  readonly actionId: Id;
  readonly key: string;
  readonly dates: ReturnType<typeof reschedule>['dates'];
  readonly edits: readonly DateEdit[];
  readonly words: string;
}

interface Hover {
  readonly index: number;
  readonly overBar: boolean;
  readonly clientX: number;
  readonly clientY: number;
}

/** A month as a number, for keeping a month in place while zooming. */
const monthNumber = (month: Month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function TimelineScroller(props: TimelineScrollerProps) {
  const { rows, scale, today, fiscalYearBands, ghosts, snapshotName, ratings, labelWidth, onToggleGroup, onOpenAction, onReschedule, onZoom, ref } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrolled, setScrolled] = useState<Scrolled>({ top: 0, left: 0, width: 1200, height: 600 });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const drag = useRef<Dragging | null>(null);
  // The month (fractional) kept in place while zooming, and where across the chart's visible width it stays:
  // the centre for the zoom buttons, the pointer for Ctrl+wheel.
  const anchor = useRef<{ month: number; at: number } | null>(null);

  const width = chartWidth(scale);
  const header = headerLines(scale, fiscalYearBands) * HEADER_LINE;
  const bodyHeight = Math.max(rows.length * ROW_HEIGHT, 1);
  const chartViewport = Math.max(100, scrolled.width - labelWidth);

  const drawnSlice = useRef(scrolled);
  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight };
    const prev = drawnSlice.current;
    // Redraw only when the drawn slice changes: scrolling within a slice costs no render at all.
    const same =
      prev.width === next.width &&
      prev.height === next.height &&
      Math.floor(prev.top / (ROW_CHUNK * ROW_HEIGHT)) === Math.floor(next.top / (ROW_CHUNK * ROW_HEIGHT)) &&
      Math.floor(prev.left / X_CHUNK) === Math.floor(next.left / X_CHUNK);
    if (same) return;
    drawnSlice.current = next;
    setScrolled(next);
  }, []);

  const scrollToMonth = useCallback(
    (month: Month, at = 0.5) => {
      const el = scroller.current;
      if (!el) return;
      const x = monthsBetween(scale.first, month) * scale.pxPerMonth;
      el.scrollLeft = Math.max(0, x - (el.clientWidth - labelWidth) * at);
    },
    [scale.first, scale.pxPerMonth, labelWidth],
  );

  useImperativeHandle(ref, () => ({ scrollToMonth, chartViewportWidth: () => (scroller.current?.clientWidth ?? 1200) - labelWidth - 2 }), [scrollToMonth, labelWidth]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // First show: today two thirds across, so that what is late and what ends soon are both in sight.
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (placed.current || !scroller.current) return;
    placed.current = true;
    const x = xOfDay(scale, today);
    scroller.current.scrollLeft = Math.max(0, x - (scroller.current.clientWidth - labelWidth) * 0.67);
    measure();
  }, [scale, today, labelWidth, measure]);

  // Zooming keeps the anchored month where it was.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || anchor.current === null) return;
    const x = (anchor.current.month - monthNumber(scale.first)) * scale.pxPerMonth;
    el.scrollLeft = Math.max(0, x - anchor.current.at);
    measure();
    // Only a change of scale moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scale.pxPerMonth, scale.first]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const at = (el.clientWidth - labelWidth) / 2;
    anchor.current = { month: monthNumber(scale.first) + (el.scrollLeft + at) / scale.pxPerMonth, at };
    measure();
  };

  // Ctrl+wheel (or a pinch) zooms about the month under the pointer. A native listener: React's wheel listener
  // is passive and could not keep the page itself from zooming.
  const zoomBy = useRef(onZoom);
  useLayoutEffect(() => {
    zoomBy.current = onZoom;
  });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const box = el.getBoundingClientRect();
      const at = Math.max(0, event.clientX - box.left - labelWidth);
      anchor.current = { month: monthNumber(scale.first) + (el.scrollLeft + at) / scale.pxPerMonth, at };
      zoomBy.current(Math.min(120, Math.max(2, scale.pxPerMonth * Math.exp(-event.deltaY * 0.002))));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scale.first, scale.pxPerMonth, labelWidth]);

  const slice = rowWindow({ rowCount: rows.length, rowHeight: ROW_HEIGHT, scrollTop: scrolled.top, viewportHeight: scrolled.height, chunk: ROW_CHUNK });
  const columns = xWindow({ width, scrollLeft: scrolled.left, viewportWidth: chartViewport, chunk: X_CHUNK });
  const view = { x0: columns.x0, x1: Math.max(columns.x0 + 1, columns.x1), y0: slice.first * ROW_HEIGHT, y1: Math.max(slice.first * ROW_HEIGHT + 1, slice.end * ROW_HEIGHT) };

  // ---- dragging and hovering bars ----
  const cancelDrag = useCallback(() => {
    drag.current = null;
    setPreview(null);
  }, []);

  useEffect(() => {
    if (!preview) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && drag.current) cancelDrag();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [preview, cancelDrag]);

  const save = (row: ActionRow, next: Preview) => {
    if (next.edits.length === 0) {
      setPreview(null);
      return;
    }
    setPreview(next);
    void onReschedule(row.action, next.edits).finally(() => setPreview((p) => (p === next ? null : p)));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = (event.target as Element).closest('[data-handle]');
    if (!target) return;
    const row = rows[Number(target.getAttribute('data-row'))];
    if (row?.kind !== 'action') return;
    drag.current = { pointerId: event.pointerId, handle: target.getAttribute('data-handle') as DragHandle, row, startX: event.clientX, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d && d.pointerId === event.pointerId) {
      const dx = event.clientX - d.startX;
      if (!d.moved && Math.abs(dx) < 4) return;
      d.moved = true;
      const result = reschedule(d.row.action, d.handle, monthsDragged(dx, scale.pxPerMonth));
      setPreview({ actionId: d.row.action.id, key: d.row.key, dates: result.dates, edits: result.edits, words: describeDrag(d.row.action, result.dates, d.handle) });
      setHover({ index: rows.indexOf(d.row), overBar: true, clientX: event.clientX, clientY: event.clientY });
      return;
    }
    const box = event.currentTarget.getBoundingClientRect();
    const index = Math.floor((event.clientY - box.top) / ROW_HEIGHT);
    const overBar = (event.target as Element).closest('[data-bar]') !== null;
    setHoveredKey(rows[index]?.key ?? null);
    setHover(overBar ? { index, overBar, clientX: event.clientX, clientY: event.clientY } : null);
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    if (!d.moved) {
      onOpenAction(d.row.action.id);
      return;
    }
    const result = reschedule(d.row.action, d.handle, monthsDragged(event.clientX - d.startX, scale.pxPerMonth));
    save(d.row, { actionId: d.row.action.id, key: d.row.key, dates: result.dates, edits: result.edits, words: '' });
  };

  // Keyboard on the labels: ↑/↓/Home/End move between rows (scrolling them into view), ←/→ collapse and expand a
  // group, Alt+←/→ moves an action's end a month, Alt+Shift+←/→ the whole bar.
  // The row to focus once it is drawn (a row scrolled into view is drawn on the next render).
  const pendingFocus = useRef<number | null>(null);
  const focusPending = useCallback(() => {
    if (pendingFocus.current === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`.tl-label[data-index="${pendingFocus.current}"] button`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
  }, []);
  useEffect(focusPending);
  const focusRow = (index: number) => {
    const el = scroller.current;
    if (!el || rows.length === 0) return;
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const top = target * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT + header > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT + header - el.clientHeight;
    pendingFocus.current = target;
    measure();
    focusPending();
  };
  const onLabelKeyDown = (event: KeyboardEvent<HTMLElement>, row: TimelineRow, index: number) => {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (plain && (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Home' || event.key === 'End')) {
      event.preventDefault();
      focusRow(event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : rows.length - 1);
      return;
    }
    if (row.kind === 'group') {
      if (plain && ((event.key === 'ArrowLeft' && !row.collapsed) || (event.key === 'ArrowRight' && row.collapsed))) {
        event.preventDefault();
        onToggleGroup(row.key);
      }
      return;
    }
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    const handle: DragHandle = event.shiftKey ? 'move' : 'end';
    if (!handlesOf(row.action).includes(handle)) return;
    event.preventDefault();
    const result = reschedule(row.action, handle, event.key === 'ArrowRight' ? 1 : -1);
    save(row, { actionId: row.action.id, key: row.key, dates: result.dates, edits: result.edits, words: '' });
  };

  // The labels' handlers stay the same functions from render to render, so that a scroll redraws only new labels.
  const latest = useRef({ onToggleGroup, onOpenAction, onLabelKeyDown });
  useLayoutEffect(() => {
    latest.current = { onToggleGroup, onOpenAction, onLabelKeyDown };
  });
  const labelHandlers = useMemo<LabelHandlers>(
    () => ({
      hover: (key) => setHoveredKey(key),
      toggle: (key) => latest.current.onToggleGroup(key),
      open: (actionId) => latest.current.onOpenAction(actionId),
      keyDown: (event, row, index) => latest.current.onLabelKeyDown(event, row, index),
    }),
    [],
  );

  const hoveredRow = hover ? rows[hover.index] : undefined;
  const labels = rows.slice(slice.first, slice.end);

  return (
    <div className="tl-scroll" ref={scroller} onScroll={onScroll}>
      <div className="tl-canvas" style={{ width: labelWidth + width, height: header + bodyHeight }}>
        <div className="tl-head" style={{ height: header }}>
          <div className="tl-corner" style={{ width: labelWidth }}>
            <span>{text()['timeline.action']}</span>
            {snapshotName && <span className="tl-corner__snapshot">{text()['timeline.ghostBars'](snapshotName)}</span>}
          </div>
          <div className="tl-head__chart" style={{ width }}>
            <div style={{ position: 'absolute', left: view.x0, top: 0 }}>
              <TimelineHeader scale={scale} x0={view.x0} x1={view.x1} lineHeight={HEADER_LINE} fiscalYears={fiscalYearBands} today={today} />
            </div>
          </div>
        </div>
        <div className="tl-body" style={{ height: bodyHeight }}>
          <div className="tl-labels" style={{ width: labelWidth }} role="tree" aria-label={text()['timeline.rowsLabel']} onPointerLeave={() => setHoveredKey(null)}>
            {labels.map((row, k) => (
              <RowLabel
                key={row.key}
                row={row}
                top={(slice.first + k) * ROW_HEIGHT}
                hovered={row.key === hoveredKey}
                rating={row.kind === 'action' ? ratings.get(row.action.id) : undefined}
                handlers={labelHandlers}
              />
            ))}
          </div>
          <div
            className={preview ? 'tl-chart-area tl-chart-area--dragging' : 'tl-chart-area'}
            style={{ width }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={cancelDrag}
            onPointerLeave={() => {
              if (!drag.current) {
                setHover(null);
                setHoveredKey(null);
              }
            }}
          >
            <div style={{ position: 'absolute', left: view.x0, top: view.y0 }}>
              <TimelineChart
                rows={rows}
                scale={scale}
                rowHeight={ROW_HEIGHT}
                view={view}
                today={today}
                fiscalYearBands={fiscalYearBands}
                ghosts={ghosts}
                ratings={ratings}
                preview={preview}
                hoveredKey={hoveredKey}
                interactive
              />
            </div>
          </div>
        </div>
      </div>
      {hover && hoveredRow?.kind === 'action' && (
        <TimelineTooltip
          action={hoveredRow.action}
          dates={preview?.key === hoveredRow.key ? preview.dates : hoveredRow.action}
          dragWords={preview?.key === hoveredRow.key ? preview.words : null}
          ghost={ghosts?.get(hoveredRow.action.id) ?? null}
          rating={ratings.get(hoveredRow.action.id)}
          snapshotName={snapshotName}
          clientX={hover.clientX}
          clientY={hover.clientY}
        />
      )}
    </div>
  );
}

interface LabelHandlers {
  readonly hover: (key: string) => void;
  readonly toggle: (key: string) => void;
  readonly open: (actionId: Id) => void;
  readonly keyDown: (event: KeyboardEvent<HTMLElement>, row: TimelineRow, index: number) => void;
}

const RowLabel = memo(function RowLabel(props: { row: TimelineRow; top: number; hovered: boolean; rating: ActionRating | undefined; handlers: LabelHandlers }) {
  const { row, top } = props;
  const index = Math.round(top / ROW_HEIGHT);
  const style = { top, height: ROW_HEIGHT };
  if (row.kind === 'group') {
    return (
      <div
        className={`tl-label tl-label--group tl-label--level${row.level}${props.hovered ? ' tl-label--hover' : ''}`}
        style={style}
        role="treeitem"
        aria-level={row.level}
        aria-expanded={!row.collapsed}
        data-index={index}
        onPointerEnter={() => props.handlers.hover(row.key)}
      >
        <button
          type="button"
          className="tl-label__button"
          onClick={() => props.handlers.toggle(row.key)}
          onKeyDown={(event) => props.handlers.keyDown(event, row, index)} title={text()[row.collapsed ? 'timeline.expand' : 'timeline.collapse'](`${row.code} ${row.title}`)}>
          <svg className={row.collapsed ? 'tl-chevron' : 'tl-chevron tl-chevron--open'} width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
            <path d="M3 1.5 6.5 5 3 8.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {row.code && <span className="tl-label__code">{row.code}</span>}
          <span className="tl-label__title" title={row.title}>
            {row.title}
          </span>
          <span className="tl-label__count" title={text()['timeline.groupCount'](row.count, row.overdue)}>
            {formatNumber(row.count)}
            {row.overdue > 0 && <span className="tl-label__overdue-count">{text()['timeline.lateCount'](formatNumber(row.overdue))}</span>}
          </span>
        </button>
      </div>
    );
  }
  const action = row.action;
  const status = statusKeyOf(action.status);
  return (
    <div
      className={`tl-label tl-label--action tl-label--level${row.level}${props.hovered ? ' tl-label--hover' : ''}`}
      style={style}
      role="treeitem"
      aria-level={row.level}
      onPointerEnter={() => props.handlers.hover(row.key)}
      data-action-id={action.id}
      data-index={index}
    >
      <button
        type="button"
        className="tl-label__button"
        onClick={() => props.handlers.open(action.id)}
        onKeyDown={(event) => props.handlers.keyDown(event, row, index)}
        title={`${action.code} ${action.title}\n${text()['timeline.rowKeys']}`}
      >
        <span className={`tl-label__status status--${status}`} title={statusLabel(status)}>
          <StatusIcon status={status} />
        </span>
        <span className="tl-label__code">{action.code}</span>
        <span className="tl-label__title">{action.title}</span>
        {/* The bar is drawn for the eye only (the chart is presentational): its status and dates are read here. */}
        <span className="visually-hidden">
          , {statusLabel(status)}
          {row.bar && `, ${timelineText(action)}`}
          {props.rating && `, ${ratingName(props.rating)}`}
        </span>
        {!row.bar && <span className="tl-label__tag">{action.endOpen ? text()['timeline.continueNoStart'] : text()['timeline.noDates']}</span>}
        {action.overdue && (
          <span className="tl-label__overdue" title={text()['status.overdueMeans']}>
            {text()['timeline.late']}
          </span>
        )}
      </button>
    </div>
  );
});
