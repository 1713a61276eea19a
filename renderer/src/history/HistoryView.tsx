// The History view: the plan's change log, its snapshots compared with the plan now, and what was deleted (with
// Restore). Three tabs; the arrow keys move between them as in any tab bar. A change of a deleted piece in the change
// log leads to that piece in the Deleted list.
import { useState, type KeyboardEvent } from 'react';
import type { ViewProps } from '../app/views';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { ChangeLog } from './ChangeLog';
import { DeletedList } from './DeletedList';
import { Snapshots } from './Snapshots';
import './history.css';

type Part = 'changes' | 'snapshots' | 'deleted';

const PARTS: readonly Part[] = ['changes', 'snapshots', 'deleted'];

const PART_KEY = 'plandesk.historyPart';

function storedPart(): Part {
  const stored = localStorage.getItem(PART_KEY);
  return PARTS.find((p) => p === stored) ?? 'changes';
}

export function HistoryView({ planId, revision, openAction, onPlanChanged }: ViewProps) {
  const [part, setPart] = useState<Part>(storedPart);
  // The deleted piece the change log asked to see.
  const [wanted, setWanted] = useState<string | null>(null);
  const deleted = usePlanQuery(() => request(api().plans.deleted({ planId })), [planId, revision]);
  const deletedIds = new Set((deleted.data ?? []).flatMap((item) => [item.id, ...item.includes]));
  const choose = (next: Part) => {
    localStorage.setItem(PART_KEY, next);
    setPart(next);
  };
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = PARTS.indexOf(part);
    const next = PARTS[(index + (event.key === 'ArrowRight' ? 1 : PARTS.length - 1)) % PARTS.length]!;
    choose(next);
    document.getElementById(`history-tab-${next}`)?.focus();
  };
  const showDeleted = (id: string) => {
    setWanted(id);
    choose('deleted');
  };

  const words = text();
  return (
    <section className="view history-view" aria-labelledby="history-heading">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2 id="history-heading">{words['view.history']}</h2>
        </div>
        <div className="history-parts" role="tablist" aria-label={words['view.history']} onKeyDown={move}>
          {PARTS.map((p) => (
            <button
              key={p}
              id={`history-tab-${p}`}
              type="button"
              role="tab"
              className="history-parts__tab"
              aria-selected={part === p}
              aria-controls={`history-panel-${p}`}
              tabIndex={part === p ? 0 : -1}
              onClick={() => choose(p)}
            >
              {words[`history.part.${p}`]}
              {p === 'deleted' && deleted.data && deleted.data.length > 0 && <span className="history-parts__count"> {formatNumber(deleted.data.length)}</span>}
            </button>
          ))}
        </div>
      </div>
      <div className="history-view__panel" id={`history-panel-${part}`} role="tabpanel" aria-labelledby={`history-tab-${part}`}>
        {part === 'changes' ? (
          <ChangeLog planId={planId} revision={revision} openAction={openAction} deletedIds={deletedIds} showDeleted={showDeleted} />
        ) : part === 'snapshots' ? (
          <Snapshots planId={planId} revision={revision} openAction={openAction} />
        ) : (
          <DeletedList deleted={deleted} wanted={wanted} openAction={openAction} onPlanChanged={onPlanChanged} />
        )}
      </div>
    </section>
  );
}
