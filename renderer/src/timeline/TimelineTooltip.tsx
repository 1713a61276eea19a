// What hovering a bar shows: the action, its status, its timeline in full, its lead, and its dates at the snapshot
// with the slip; while dragging, the new dates and what the drag does.
import type { ActionRating } from '../../../shared/domain';
import type { Month } from '../../../shared/months';
import { formatMonth } from '../../../shared/months';
import { slipWords, timelineText } from '../../../shared/timeline/labels';
import type { ActionDates, TimelineAction } from '../../../shared/timeline/layout';
import { slipInMonths, type SnapshotActionDates } from '../../../shared/timeline/snapshot-dates';
import { text } from '../language/language';
import { ActionRatingTag } from '../ratings/RatingMark';
import { OverdueTag, StatusBadge } from '../ui/Status';
import { statusKeyOf } from '../ui/status-view';
import './timeline-tooltip.css';

export interface TimelineTooltipProps {
  readonly action: TimelineAction;
  readonly dates: ActionDates;
  readonly dragWords: string | null;
  readonly ghost: SnapshotActionDates | null;
  readonly snapshotName: string | null;
  readonly rating: ActionRating | undefined;
  readonly clientX: number;
  readonly clientY: number;
}

const WIDTH = 340;

export function TimelineTooltip({ action, dates, dragWords, ghost, snapshotName, rating, clientX, clientY }: TimelineTooltipProps) {
  const left = Math.min(clientX + 16, window.innerWidth - WIDTH - 8);
  const below = clientY + 18;
  const style = below + 190 > window.innerHeight ? { left, bottom: window.innerHeight - clientY + 12 } : { left, top: below };
  const revised: Month | null = dates.revisedEnd !== null && dates.revisedEnd !== dates.end ? dates.revisedEnd : null;
  const t = text();
  return (
    <div className="tl-tooltip" role="tooltip" style={{ ...style, width: WIDTH }}>
      <p className="tl-tooltip__title">
        <span className="tl-tooltip__code">{action.code}</span> {action.title}
      </p>
      <p className="tl-tooltip__badges">
        <StatusBadge status={statusKeyOf(action.status)} title={action.statusText} />
        {action.overdue && <OverdueTag compact />}
        {rating && <ActionRatingTag rating={rating} />}
      </p>
      <dl className="tl-tooltip__facts">
        <dt>{t['timeline.tip.timeline']}</dt>
        <dd className={dragWords ? 'tl-tooltip__new' : undefined}>
          {timelineText(dates)}
          {(dates.startPrecision === 'year' || dates.endPrecision === 'year') && dates.start !== null && <span className="muted"> {t['timeline.tip.yearOnly']}</span>}
        </dd>
        {revised && (
          <>
            <dt>{t['timeline.tip.revisedEnd']}</dt>
            <dd>{formatMonth(revised)}</dd>
          </>
        )}
        <dt>{t['timeline.tip.lead']}</dt>
        <dd>{action.leadText || <span className="muted">{t['timeline.tip.notGiven']}</span>}</dd>
        {ghost && (
          <>
            <dt>{snapshotName ? t['timeline.legend.atSnapshot'] : t['timeline.legend.planned']}</dt>
            <dd>
              {timelineText(ghost)}
              <span className="tl-tooltip__slip"> · {t['timeline.tip.end'](slipWords(slipInMonths(dates, ghost)))}</span>
              {snapshotName && <span className="muted tl-tooltip__snapshot">{snapshotName}</span>}
            </dd>
          </>
        )}
      </dl>
      <p className="tl-tooltip__hint">{dragWords ? t['timeline.tip.dragging'](dragWords) : dates.startLocked ? t['timeline.tip.dragEnd'] : t['timeline.tip.dragBar']}</p>
    </div>
  );
}
