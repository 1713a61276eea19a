// The History view: the plan's change log, and its snapshots compared with the plan now. Two tabs; the arrow
// keys move between them as in any tab bar.
import { useState, type KeyboardEvent } from 'react';
import type { ViewProps } from '../app/views';
import { ChangeLog } from './ChangeLog';
import { Snapshots } from './Snapshots';
import './history.css';

type Part = 'changes' | 'snapshots';

const PARTS: readonly { readonly id: Part; readonly label: string }[] = [
  { id: 'changes', label: 'Change log' },
  { id: 'snapshots', label: 'Snapshots and comparison' },
];

const PART_KEY = 'plandesk.historyPart';

export function HistoryView({ planId, revision, openAction }: ViewProps) {
  const [part, setPart] = useState<Part>(() => (localStorage.getItem(PART_KEY) === 'snapshots' ? 'snapshots' : 'changes'));
  const choose = (next: Part) => {
    localStorage.setItem(PART_KEY, next);
    setPart(next);
  };
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = part === 'changes' ? 'snapshots' : 'changes';
    choose(next);
    document.getElementById(`history-tab-${next}`)?.focus();
  };

  return (
    <section className="view history-view" aria-labelledby="history-heading">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2 id="history-heading">History</h2>
        </div>
        <div className="history-parts" role="tablist" aria-label="History" onKeyDown={move}>
          {PARTS.map((p) => (
            <button
              key={p.id}
              id={`history-tab-${p.id}`}
              type="button"
              role="tab"
              className="history-parts__tab"
              aria-selected={part === p.id}
              aria-controls={`history-panel-${p.id}`}
              tabIndex={part === p.id ? 0 : -1}
              onClick={() => choose(p.id)}
            >
              {p.label}
            </button>
          ))}
        </div>
      </div>
      <div className="history-view__panel" id={`history-panel-${part}`} role="tabpanel" aria-labelledby={`history-tab-${part}`}>
        {part === 'changes' ? (
          <ChangeLog planId={planId} revision={revision} openAction={openAction} />
        ) : (
          <Snapshots planId={planId} revision={revision} openAction={openAction} />
        )}
      </div>
    </section>
  );
}
