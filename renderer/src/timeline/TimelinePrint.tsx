// "Print timeline…": the printed pages rendered into a print-only container (A4 landscape), then the system's
// print dialog (which offers Save as PDF). The container goes when printing is over.
import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { ActionRating, Id } from '../../../shared/domain';
import type { TimelineRow } from '../../../shared/timeline/layout';
import type { MonthWindow } from '../../../shared/timeline/scale';
import type { SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { landscapePage, PRINT_MARGIN_MM, type Paper } from '../../../shared/timeline/tiles';
import { text } from '../language/language';
import { usePrinting } from '../ui/usePrinting';
import type { TodayMark } from './TimelineChart';
import { printLayout, TimelinePage } from './TimelinePage';
import './timeline-print.css';

export interface TimelinePrintProps {
  readonly rows: readonly TimelineRow[];
  /** The years to print, whole. */
  readonly span: MonthWindow;
  readonly paper: Paper;
  readonly title: string;
  readonly subtitle: string;
  readonly today: TodayMark;
  readonly fiscalYearBands: boolean;
  readonly ghosts: ReadonlyMap<Id, SnapshotActionDates> | null;
  readonly snapshotName: string | null;
  readonly ratings: ReadonlyMap<Id, ActionRating> | null;
  /** Opens the print dialog; false when printing has already begun (File > Print… while the timeline shows). */
  readonly openDialog: boolean;
  /** Printing is over (printed or cancelled). */
  readonly onDone: () => void;
}

export function TimelinePrint(props: TimelinePrintProps) {
  const { rows, span, paper, fiscalYearBands, openDialog, onDone } = props;
  const { layout, geometry } = useMemo(() => printLayout(rows, span, landscapePage(paper), fiscalYearBands), [rows, span, paper, fiscalYearBands]);

  usePrinting('tl-printing', openDialog, onDone);

  return createPortal(
    <div className="tl-print-root" data-pages={layout.pages.length}>
      <style>{`@page { size: ${paper} landscape; margin: ${PRINT_MARGIN_MM}mm; }`}</style>
      {layout.pages.map((page) => (
        <section key={page.number} className="tl-print-page" style={{ aspectRatio: `${geometry.pageWidth} / ${geometry.pageHeight}` }}>
          <TimelinePage
            page={page}
            layout={layout}
            geometry={geometry}
            title={props.title}
            subtitle={props.subtitle}
            rowCount={rows.length}
            today={props.today}
            fiscalYearBands={fiscalYearBands}
            ghosts={props.ghosts}
            snapshotName={props.snapshotName}
            ratings={props.ratings}
            ghostWords={props.ghosts ? text()['timeline.page.plannedDates'] : null}
          />
        </section>
      ))}
    </div>,
    document.body,
  );
}
