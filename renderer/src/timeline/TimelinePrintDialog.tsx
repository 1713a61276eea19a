// Before printing the timeline: which years to print (a plan with one end typed as 2099 need not print 80 years),
// and the paper. Says how many pages that makes before the print dialog opens.
import { useMemo, useState } from 'react';
import { monthOf, yearOfMonth } from '../../../shared/months';
import type { TimelineRow } from '../../../shared/timeline/layout';
import type { MonthWindow } from '../../../shared/timeline/scale';
import { landscapePage, type Paper } from '../../../shared/timeline/tiles';
import { printLayout } from './TimelinePage';
import { text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';
import './timeline-print-dialog.css';

export interface PrintChoice {
  readonly span: MonthWindow;
  readonly paper: Paper;
}

export interface TimelinePrintDialogProps {
  readonly rows: readonly TimelineRow[];
  /** The whole plan, in whole years. */
  readonly span: MonthWindow;
  readonly fiscalYearBands: boolean;
  readonly onPrint: (choice: PrintChoice) => void;
  readonly onClose: () => void;
}

export function TimelinePrintDialog({ rows, span, fiscalYearBands, onPrint, onClose }: TimelinePrintDialogProps) {
  const years = useMemo(() => {
    const list: number[] = [];
    for (let y = yearOfMonth(span.first); y <= yearOfMonth(span.last); y += 1) list.push(y);
    return list;
  }, [span]);
  const [from, setFrom] = useState(years[0]!);
  const [to, setTo] = useState(years[years.length - 1]!);
  const [paper, setPaper] = useState<Paper>('A4');
  const chosen = useMemo(() => ({ first: monthOf(Math.min(from, to), 1), last: monthOf(Math.max(from, to), 12) }), [from, to]);
  const layout = useMemo(() => printLayout(rows, chosen, landscapePage(paper), fiscalYearBands).layout, [rows, chosen, paper, fiscalYearBands]);
  const across = layout.columns.length;
  const down = layout.pages.length / across;
  const t = text();

  return (
    <FormDialog
      id="tl-print"
      className="tl-print-dialog"
      title={t['timeline.print.title']}
      hint={t['timeline.print.hint']}
      submitLabel={t['timeline.print.submit']}
      canSubmit
      onSubmit={() => onPrint({ span: chosen, paper })}
      onClose={onClose}
    >
      <div className="tl-print-dialog__years">
        <label>
          <span className="field-label">{t['timeline.print.from']}</span>
          <select className="timeline-select" value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">{t['timeline.print.to']}</span>
          <select className="timeline-select" value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="tl-print-dialog__paper">
          <legend className="field-label">{t['timeline.print.paper']}</legend>
          {(['A4', 'Letter'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => setPaper(p)} /> {p}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="tl-print-dialog__pages" aria-live="polite">
        {t['timeline.print.pages'](layout.pages.length)}
        {across > 1 && t['timeline.print.across'](across, down)}
      </p>
    </FormDialog>
  );
}
