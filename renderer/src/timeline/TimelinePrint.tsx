// "Print timeline…": the printed pages rendered into a print-only container (A4 landscape), then the system's
// print dialog (which offers Save as PDF). The container goes when printing is over.
import { useLayoutEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { ActionRating, Id } from '../../../shared/domain';
import type { TimelineRow } from '../../../shared/timeline/layout';
import type { MonthWindow } from '../../../shared/timeline/scale';
import type { SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { landscapePage, PRINT_MARGIN_MM, type Paper } from '../../../shared/timeline/tiles';
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

  // A layout effect: when printing has already begun, the pages must be in place before the page is laid out for it.
  useLayoutEffect(() => {
    document.body.classList.add('tl-printing');
    window.addEventListener('afterprint', onDone);
    // Two frames: the pages are laid out before the dialog takes its picture of them.
    let frame = openDialog
      ? requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => window.print());
        })
      : 0;
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', onDone);
      document.body.classList.remove('tl-printing');
    };
  }, [onDone, openDialog]);

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
            ghostWords={props.ghosts ? 'Planned dates' : null}
          />
        </section>
      ))}
    </div>,
    document.body,
  );
}
