// The plan's Deleted list: chapters, statements, actions and indicators deleted, with who deleted them and when, and
// Restore. A chapter or statement brings back what was deleted with it, an action its indicators and its history; a
// piece whose chapter or statement was deleted brings that back too. Reached from the History view's tab, and from a
// change of a deleted piece in the change log (that piece's line is then marked and its Restore button focused).
import { useEffect, useId, useRef, useState } from 'react';
import type { DeletedItem } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import type { PlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { formatDateTime } from '../ui/format';
import { showNotice } from '../ui/notice';
import { comesWithWords, entityLabel } from './change-words';
import './deleted-list.css';

/** The line that holds a piece: its own, or the chapter's or statement's it was deleted with. */
export function lineOf(items: readonly DeletedItem[], id: string): DeletedItem | undefined {
  return items.find((item) => item.id === id) ?? items.find((item) => item.includes.includes(id));
}

interface Props {
  readonly deleted: PlanQuery<readonly DeletedItem[]>;
  /** The piece the change log asked to see. */
  readonly wanted: string | null;
  readonly openAction: (actionId: string) => void;
  readonly onPlanChanged: () => void;
}

export function DeletedList({ deleted, wanted, openAction, onPlanChanged }: Props) {
  const items = deleted.data ?? null;
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();
  const wantedLine = items && wanted ? lineOf(items, wanted) : undefined;
  const table = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!wantedLine) return;
    const button = table.current?.querySelector<HTMLButtonElement>(`[data-restore="${wantedLine.id}"]`);
    button?.scrollIntoView({ block: 'nearest' });
    button?.focus();
  }, [wantedLine]);

  const restore = async (item: DeletedItem) => {
    setBusy(item.id);
    setProblem(null);
    try {
      const outcome = await request(api().plans.restoreDeleted({ kind: item.kind, id: item.id }));
      const actionId = outcome.actionId;
      showNotice({
        message: text()['history.restoredNotice'](entityLabel(item.kind), item.label, formatNumber(outcome.restored), outcome.restored),
        action: actionId ? { label: text()['history.show'], run: () => openAction(actionId) } : undefined,
      });
      onPlanChanged();
    } catch (error) {
      setProblem(messageOf(error));
    }
    setBusy(null);
  };

  const words = text();
  return (
    <div className="deleted-list">
      {(problem ?? deleted.problem) && (
        <p className="view-notice view-notice--problem" role="alert">
          {problem ?? deleted.problem}
        </p>
      )}
      <p className="change-log__count" role="status" id={`${ids}-count`}>
        {items === null ? words['history.loadingDeleted'] : items.length === 0 ? words['history.nothingDeleted'] : words['history.deletedCount'](formatNumber(items.length))}
      </p>
      {items !== null && items.length > 0 && (
        <div className="deleted-list__table" ref={table} tabIndex={0} role="region" aria-label={words['history.deletedRegion']} aria-describedby={`${ids}-count`}>
          <table className="data-table deleted-table">
            <thead>
              <tr>
                <th scope="col">{words['history.what']}</th>
                <th scope="col">{words['history.whereItWas']}</th>
                <th scope="col" className="deleted-table__when">
                  {words['history.deletedWhen']}
                </th>
                <th scope="col">{words['history.comesBack']}</th>
                <th scope="col">
                  <span className="visually-hidden">{words['history.restore']}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={item === wantedLine ? 'deleted-table__row--wanted' : undefined}>
                  <td>
                    <span className="change-entity">{entityLabel(item.kind)}</span> <span className="deleted-table__label">{item.label}</span>
                  </td>
                  <td className="deleted-table__place">{item.place || '—'}</td>
                  <td className="deleted-table__when">
                    {formatDateTime(item.deletedAt)}
                    {item.deletedBy && <span className="deleted-table__who"> · {item.deletedBy}</span>}
                  </td>
                  <td>{comesWithWords(item)}</td>
                  <td className="deleted-table__restore">
                    <button
                      type="button"
                      className="button"
                      data-restore={item.id}
                      aria-label={words['history.restoreThis'](entityLabel(item.kind), item.label)}
                      disabled={busy !== null}
                      onClick={() => void restore(item)}
                    >
                      {busy === item.id ? words['history.restoring'] : words['history.restore']}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
