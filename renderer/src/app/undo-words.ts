// The notice after an undo or redo says what it did: "Undone: status of 5.1.1.3 Completed → Ongoing".
import type { UndoOutcome } from '../../../shared/domain';
import { changeSentence, namedChanges } from '../history/change-words';
import { text } from '../language/language';

export function undoNotice(direction: 'undo' | 'redo', outcome: Pick<UndoOutcome, 'changes' | 'entityIds'>): string {
  const words = text();
  const done = direction === 'undo' ? words['undo.undone'] : words['undo.redone'];
  const named = namedChanges(outcome.changes);
  const first = named[0];
  if (!first) return done;
  const otherItems = outcome.entityIds.filter((id) => id !== first.entityId).length;
  const otherChanges = named.length - 1;
  const more = otherItems > 0 ? words['undo.moreItems'](otherItems) : otherChanges > 0 ? words['undo.moreChanges'](otherChanges) : '';
  return `${done}: ${changeSentence(first)}${more}`;
}
