// The contract's handlers for the change history, and undo and redo of the window's undo list.
import { AppError } from '../../../shared/result';
import type { ChangeContext } from '../host/context';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { describeBatch, listHistory, listHistoryUsers } from './store';
import { revertBatch, type SpecialRevert } from './revert';

/** How many of an undo's entries its outcome names: enough for a notice, never a whole import. */
const UNDO_CHANGES_SHOWN = 20;

type HistoryChannel = 'history:list' | 'history:users' | 'history:undo' | 'history:redo' | 'history:undoState';

export function historyHandlers(
  kit: HandlerKit,
  /** The fields undo puts back through a function of their own; from a folder above (packages/special-reverts.ts). */
  specialReverts: Readonly<Record<string, SpecialRevert>>,
): Pick<Handlers, HistoryChannel> {
  const { db, undo } = kit;
  const revert = async (change: ChangeContext, batchId: string | undefined, done: (revertBatch: string) => void) => {
    if (!batchId) throw new AppError('not_available', 'There is nothing to undo or redo');
    const outcome = await revertBatch(db(), change, batchId, specialReverts);
    done(outcome.batchId);
    const written = await describeBatch(db(), outcome.batchId, UNDO_CHANGES_SHOWN);
    return { entityIds: outcome.entityIds, changes: written.entries, changeCount: written.count, ...undo.state };
  };
  return {
    'history:list': (filter) => listHistory(db(), filter),
    'history:users': ({ planId }) => listHistoryUsers(db(), planId),
    'history:undo': (_input, change) => revert(change, undo.nextUndo(), (batch) => undo.undone(batch)),
    'history:redo': (_input, change) => revert(change, undo.nextRedo(), (batch) => undo.redone(batch)),
    'history:undoState': () => undo.state,
  };
}
