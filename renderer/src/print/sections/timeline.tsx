// The pack's timeline pages are the Timeline view's printed pages: the same rows (shared/timeline/layout), cut into
// the same tiles (shared/timeline/tiles) and drawn by the same TimelinePage, one tile filling each landscape page
// body, inside the pack's running header and "Page X of Y" footer. The today line is the pack's as-of date.
import type { ReactNode } from 'react';
import type { PaperSize, ReportModel, TimelinePaper } from '../../../../shared/domain';
import { monthOf, yearOfMonth } from '../../../../shared/months';
import type { TimelineAction } from '../../../../shared/timeline/layout';
import { packTimelineRows } from '../../../../shared/timeline/pack-rows';
import type { MonthWindow } from '../../../../shared/timeline/scale';
import type { SnapshotActionDates } from '../../../../shared/timeline/snapshot-dates';
import { tileHeight } from '../../../../shared/timeline/tiles';
import { todayMarkOf } from '../../timeline/TimelineChart';
import { printLayout, TimelinePage } from '../../timeline/TimelinePage';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import type { Sheet } from '../geometry';
import { longDate, shortDate } from '../print-format';
import { sectionTitle } from './parts';
import { HEADING_MM, packTimelinePage, TIMELINE_ZOOM } from '../timeline-geometry';

/** Years before and after the as-of date the chart shows at most, so one stray date cannot squash every bar. */
const YEARS_BEFORE = 8;
const YEARS_AFTER = 4;
/** Whole years around the bulk of the actions' dates (the model's trimmed span), kept near the as-of date. */
export function timelineSpan(model: ReportModel): MonthWindow {
  const asOfYear = yearOfMonth(model.asOfMonth);
  const firstYear = Math.max(yearOfMonth(model.timeline.first ?? model.asOfMonth), asOfYear - YEARS_BEFORE);
  // At least to the end of the next quarter, which the summary lists.
  const lastYear = Math.max(Math.min(yearOfMonth(model.timeline.last ?? model.asOfMonth), asOfYear + YEARS_AFTER), yearOfMonth(model.nextQuarter.end));
  return { first: monthOf(Math.min(firstYear, asOfYear), 1), last: monthOf(lastYear, 12) };
}

/** The pack's actions as the timeline reads them, in the pack's order (chapter, statement, action). */
function timelineActions(model: ReportModel): TimelineAction[] {
  return model.chapters.flatMap((chapter, c) =>
    chapter.statements.flatMap((statement, s) =>
      statement.actions.map((action, a) => ({
        id: action.id,
        code: action.code,
        title: action.title,
        chapterId: chapter.id,
        chapterCode: chapter.code,
        chapterTitle: chapter.title,
        statementId: statement.id,
        statementCode: statement.code,
        statementText: statement.text,
        order: [c, s, a] as const,
        start: action.start,
        startPrecision: action.startPrecision,
        end: action.end,
        endPrecision: action.endPrecision,
        endOpen: action.endOpen,
        revisedEnd: action.revisedEnd,
        status: action.status,
        statusText: action.statusText,
        overdue: action.overdue,
        leadText: action.leadText,
        leadAgencyIds: [],
      })),
    ),
  );
}

export function timelineSection(model: ReportModel, paper: PaperSize, timelinePaper: TimelinePaper = 'pack'): FlowSection {
  const sheet: Sheet = timelinePaper === 'A3' ? 'a3-landscape' : 'landscape';
  const actions = timelineActions(model);
  const t = text();
  const heading: Block = {
    kind: 'atom',
    key: 'timeline-title',
    keepWithNext: true,
    node: (
      <div className="rp-heading rp-heading--1" style={{ height: `${HEADING_MM}mm`, overflow: 'hidden' }}>
        <h1>{sectionTitle('timeline')}</h1>
      </div>
    ),
  };
  const section = (blocks: Block[]): FlowSection => ({ id: 'timeline', title: sectionTitle('timeline'), inContents: true, sheet, newPage: true, blocks });
  if (actions.length === 0) return section([heading, { kind: 'atom', key: 'timeline-none', node: <p className="rp-para rp-para--none">{t['print.noActionInScope']}</p> }]);

  const { rows, perStatement } = packTimelineRows(actions);
  const { layout, geometry } = printLayout(rows, timelineSpan(model), packTimelinePage(paper, sheet).geometry, true);
  const snapshot = perStatement ? null : model.timeline.snapshot;
  // The model's months are checked text ("2020-12"): the months the timeline reads.
  const ghosts = snapshot ? new Map(snapshot.dates.map((d) => [d.actionId, d as SnapshotActionDates])) : null;
  const today = todayMarkOf(new Date(`${model.asOf}T12:00:00`));
  const drawn = perStatement ? ` · ${t['print.timeline.perStatement']}` : '';
  const compared = snapshot ? ` · ${t['print.timeline.thinBars'](snapshot.name)}` : '';
  const subtitle = `${model.scope.label} · ${t['print.actionCount'](actions.length)}${drawn}${compared} · ${t['print.positionAsOf'](longDate(model.asOf))}`;
  const pages: Block[] = layout.pages.map((page) => {
    const node: ReactNode = (
      <div className="rp-timeline-page" style={{ height: `${tileHeight(geometry, page) * TIMELINE_ZOOM}px` }}>
        <TimelinePage
          page={page}
          layout={layout}
          geometry={geometry}
          title={t['print.timeline.title']}
          subtitle={subtitle}
          rowCount={rows.length}
          today={today}
          fiscalYearBands
          ghosts={ghosts}
          snapshotName={snapshot?.name ?? null}
          numbered={false}
          todayLabel={t['print.timeline.asOf'](shortDate(`${model.asOf}T12:00:00`))}
        />
      </div>
    );
    return { kind: 'atom', key: `timeline-page-${page.number}`, node };
  });
  return section([heading, ...pages]);
}
