// Two short lists of the plan's Overview: the indicators against the straight path to their targets (behind first),
// and what changed since the latest snapshot. Each shows its first rows and the rest on request.
import { useState } from 'react';
import type { Snapshot } from '../../../shared/domain';
import { ProgressMeter } from '../indicators/ProgressMeter';
import { TrajectoryTag } from '../indicators/TrajectoryTag';
import { formatNumber, text } from '../language/language';
import { formatDay } from '../ui/format';
import { actionKey, type TreeKey } from './plan-tree-model';
import { countJudgements, type ChangeLine, type IndicatorStanding } from './standing-model';

/** Rows of each list before "Show all". */
export const FIRST_LIST_ROWS = 8;

function ShowAll({ shown, total, onShowAll }: { shown: number; total: number; onShowAll: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" className="link-button summary__more" onClick={onShowAll}>
      {text()['overview.showAll'](formatNumber(total), formatNumber(total - shown))}
    </button>
  );
}

function ActionLink({ actionId, code, title, onSelect }: { actionId: string | null; code: string; title: string; onSelect: (key: TreeKey) => void }) {
  const words = (
    <>
      {code && <span className="row-link__code">{code}</span>}
      <span className="row-link__title">{title}</span>
    </>
  );
  if (actionId === null) return <span className="row-link row-link--gone">{words}</span>;
  return (
    <button type="button" className="row-link" onClick={() => onSelect(actionKey(actionId))} title={title}>
      {words}
    </button>
  );
}

export function IndicatorProgressList({ standings, onSelect }: { standings: readonly IndicatorStanding[]; onSelect: (key: TreeKey) => void }) {
  const [showAll, setShowAll] = useState(false);
  const counts = countJudgements(standings);
  const judged = standings.filter((s) => s.judgement !== 'no_data');
  const shown = showAll ? judged : judged.slice(0, FIRST_LIST_ROWS);
  return (
    <section className="summary__section" aria-labelledby="indicator-progress-title">
      <h3 id="indicator-progress-title">{text()['overview.indicatorsTitle']}</h3>
      <p className="summary__note indicator-judgements">
        <TrajectoryTag judgement="behind" behindPoints={null} count={counts.behind} /> · <TrajectoryTag judgement="on_track" behindPoints={null} count={counts.on_track} /> ·{' '}
        <TrajectoryTag judgement="no_data" behindPoints={null} count={counts.no_data} />
        <span className="muted"> {text()['overview.pathMeans']}</span>
      </p>
      {judged.length > 0 && (
        <table className="data-table standing-table">
          <thead>
            <tr>
              <th scope="col">{text()['overview.indicator']}</th>
              <th scope="col">{text()['overview.latestActual']}</th>
              <th scope="col">{text()['overview.target']}</th>
              <th scope="col">{text()['overview.progress']}</th>
              <th scope="col">{text()['overview.againstPath']}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.id}>
                <td className="standing-table__name">
                  <ActionLink actionId={s.actionId} code={s.actionCode} title={s.name} onSelect={onSelect} />
                </td>
                <td>
                  {s.latest}
                  {s.latestPeriod && <span className="standing-table__period"> {s.latestPeriod}</span>}
                </td>
                <td>{s.target}</td>
                <td className="standing-table__progress">{s.progress !== null && <ProgressMeter progress={s.progress} />}</td>
                <td>
                  <TrajectoryTag judgement={s.judgement} behindPoints={s.behindPoints} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowAll shown={shown.length} total={judged.length} onShowAll={() => setShowAll(true)} />
    </section>
  );
}

export function ChangesSinceSnapshot({
  changes,
  onSelect,
}: {
  changes: { readonly snapshot: Snapshot; readonly lines: readonly ChangeLine[] } | null;
  onSelect: (key: TreeKey) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  if (changes === null) {
    return (
      <section className="summary__section" aria-labelledby="changes-title">
        <h3 id="changes-title">{text()['overview.changesTitle']}</h3>
        <p className="summary__note muted">{text()['overview.noSnapshot']}</p>
      </section>
    );
  }
  const { snapshot, lines } = changes;
  const shown = showAll ? lines : lines.slice(0, FIRST_LIST_ROWS);
  return (
    <section className="summary__section" aria-labelledby="changes-title">
      <h3 id="changes-title">
        {text()['overview.changesSince'](snapshot.name)} <span className="summary__count">({formatDay(snapshot.takenAt.slice(0, 10))})</span>
      </h3>
      {lines.length === 0 ? (
        <p className="summary__note muted">{text()['overview.nothingChanged']}</p>
      ) : (
        <ul className="change-list">
          {shown.map((line, index) => (
            <li key={`${line.actionId ?? line.code}-${index}`} className="change-list__item">
              <ActionLink actionId={line.actionId} code={line.code} title={line.title} onSelect={onSelect} />
              <span className="change-list__change">{line.change}</span>
            </li>
          ))}
        </ul>
      )}
      <ShowAll shown={shown.length} total={lines.length} onShowAll={() => setShowAll(true)} />
    </section>
  );
}
