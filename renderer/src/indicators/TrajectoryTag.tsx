// An indicator's judgement against the straight path from baseline to target (shared/trajectory.ts), told by word and
// shape: ▼ Behind (with the points), ✓ On track, – No data (with what is missing, in its tooltip).
import type { TrajectoryJudgement } from '../../../shared/trajectory';
import { formatNumber, text } from '../language/language';
import './trajectory-tag.css';

const SHAPES: Readonly<Record<TrajectoryJudgement, React.ReactNode>> = {
  behind: <path d="M1.5 2.5h9L6 10.5z" fill="currentColor" />,
  on_track: <path d="M2.2 6.4 4.9 9l5-5.8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  no_data: <path d="M3 6h6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />,
};

/** "Behind by 38 points", "On track", "No data": the judgement in words, as the tag and its export say it. */
export function trajectoryWords(judgement: TrajectoryJudgement, behindPoints: number | null): string {
  if (judgement === 'behind' && behindPoints !== null) return text()['indicators.behindBy'](behindPoints, formatNumber(behindPoints));
  return text()[`indicators.path.${judgement}`];
}

/** `count`: a tally instead of one indicator's judgement ("3 behind"). */
export function TrajectoryTag({ judgement, behindPoints, why, count }: { judgement: TrajectoryJudgement; behindPoints: number | null; why?: string | null; count?: number }) {
  return (
    <span className={`trajectory-tag trajectory-tag--${judgement}`} title={why ?? undefined}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        {SHAPES[judgement]}
      </svg>
      {count === undefined ? trajectoryWords(judgement, behindPoints) : text()[`indicators.tally.${judgement}`](formatNumber(count))}
    </span>
  );
}
