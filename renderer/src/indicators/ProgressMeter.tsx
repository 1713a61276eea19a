// How far an indicator has come from its baseline (0%) to its target (100%): a bar, full beyond the target, and the
// percentage, which says by how much.
import { formatNumber, text } from '../language/language';
import './progress-meter.css';

export function ProgressMeter({ progress }: { progress: number }) {
  const shown = Math.round(progress * 100);
  const level = progress >= 1 ? 'done' : progress >= 0.5 ? 'half' : 'low';
  return (
    <span className="progress" title={text()['indicators.progressTip'](`${formatNumber(shown)}%`)}>
      <span className="progress__track" aria-hidden="true">
        <span className={`progress__bar progress__bar--${level}`} style={{ width: `${Math.min(100, shown)}%` }} />
      </span>
      <span className="progress__n">{formatNumber(shown)}%</span>
    </span>
  );
}
