// The Actions view's dialogs, one open at a time: delete an action, delete a chapter or statement, name a new or
// renamed chapter or statement, move an action to another statement.
import type { ActionGridRow } from '../../../shared/domain';
import type { PlanOutline } from '../../../shared/plan-outline';
import { formatNumber, text } from '../language/language';
import { ConfirmDialog, MoveDialog, NameDialog, type NameFields } from './dialogs';
import { labelOf } from './grid-rows';

export type ActionsDialog =
  | { kind: 'delete-action'; action: ActionGridRow }
  | { kind: 'delete-branch'; what: 'chapter' | 'statement'; id: string; label: string; actions: number }
  | { kind: 'name'; what: 'chapter' | 'statement'; mode: 'create' | 'edit'; id: string | null; parentId: string | null; initial: NameFields }
  | { kind: 'move'; action: ActionGridRow };

interface Props {
  readonly dialog: ActionsDialog | null;
  readonly tree: PlanOutline | null;
  readonly onClose: () => void;
  readonly deleteAction: (action: ActionGridRow) => void;
  readonly removeBranch: (what: 'chapter' | 'statement', id: string, label: string) => void;
  /** Resolves to the reason the name was refused, or null once saved. */
  readonly saveName: (dialog: Extract<ActionsDialog, { kind: 'name' }>, fields: NameFields) => Promise<string | null>;
  readonly moveToStatement: (action: ActionGridRow, statementId: string, position: 'first' | 'last') => void;
}

function nameDialogTitle({ mode, what }: Extract<ActionsDialog, { kind: 'name' }>): string {
  if (mode === 'create') return what === 'chapter' ? text()['actions.newChapter'] : text()['actions.newStatement'];
  return what === 'chapter' ? text()['actions.renameChapterTitle'] : text()['actions.editStatementTitle'];
}

export function ActionDialogs({ dialog, tree, onClose, deleteAction, removeBranch, saveName, moveToStatement }: Props) {
  switch (dialog?.kind) {
    case 'delete-action':
      return (
        <ConfirmDialog
          title={text()['actions.deleteActionTitle']}
          confirmLabel={text()['actions.deleteAction']}
          onClose={onClose}
          onConfirm={() => {
            onClose();
            deleteAction(dialog.action);
          }}
        >
          <p>
            <strong>{labelOf(dialog.action)}</strong>
          </p>
          <p>{text()['actions.deleteActionSays']}</p>
        </ConfirmDialog>
      );
    case 'delete-branch':
      return (
        <ConfirmDialog
          title={dialog.what === 'chapter' ? text()['actions.deleteChapterTitle'] : text()['actions.deleteStatementTitle']}
          confirmLabel={dialog.what === 'chapter' ? text()['actions.deleteChapter'] : text()['actions.deleteStatement']}
          onClose={onClose}
          onConfirm={() => {
            onClose();
            removeBranch(dialog.what, dialog.id, dialog.label);
          }}
        >
          <p>
            <strong>{dialog.label}</strong>
          </p>
          <p>
            {text()['actions.branchGoes'](dialog.actions, formatNumber(dialog.actions))} {text()['actions.historyKeepsAll']}
          </p>
        </ConfirmDialog>
      );
    case 'name':
      return (
        <NameDialog
          title={nameDialogTitle(dialog)}
          hint={dialog.what === 'chapter' ? text()['actions.chapterHint'] : text()['actions.statementHint']}
          textLabel={dialog.what === 'chapter' ? text()['actions.title'] : text()['actions.statement']}
          initial={dialog.initial}
          submitLabel={dialog.mode === 'create' ? text()['actions.add'] : text()['actions.save']}
          multiline={dialog.what === 'statement'}
          onClose={onClose}
          onSubmit={(fields) => saveName(dialog, fields)}
        />
      );
    case 'move':
      if (!tree) return null;
      return (
        <MoveDialog
          tree={tree}
          actionLabel={labelOf(dialog.action)}
          currentStatementId={dialog.action.statementId}
          onClose={onClose}
          onMove={(statementId, position) => moveToStatement(dialog.action, statementId, position)}
        />
      );
    default:
      return null;
  }
}
