// The notice after an undo or redo says what it did: "Undone: status of 5.1.1.3 Completed → Ongoing".
import type { UndoOutcome } from '../../../shared/domain';
import { changeSentence, namedChanges } from '../history/change-words';

export function undoNotice(direction: 'undo' | 'redo', outcome: Pick<UndoOutcome, 'changes' | 'entityIds'>): string {
  const done = direction === 'undo' ? 'Undone' : 'Redone';
  const named = namedChanges(outcome.changes);
  const first = named[0];
  if (!first) return done;
  const otherItems = outcome.entityIds.filter((id) => id !== first.entityId).length;
  const otherChanges = named.length - 1;
  const more =
    otherItems > 0 ? `, and changes to ${otherItems} more item${otherItems === 1 ? '' : 's'}` : otherChanges > 0 ? `, and ${otherChanges} more change${otherChanges === 1 ? '' : 's'}` : '';
  return `${done}: ${changeSentence(first)}${more}`;
}
