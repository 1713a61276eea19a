// The Actions view's dialogs, one open at a time: delete an action, delete a chapter or statement, name a new or
// renamed chapter or statement, move an action to another statement.
import type { ActionGridRow } from '../../../shared/domain';
import type { PlanOutline } from '../../../shared/plan-outline';
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

export function ActionDialogs({ dialog, tree, onClose, deleteAction, removeBranch, saveName, moveToStatement }: Props) {
  switch (dialog?.kind) {
    case 'delete-action':
      return (
        <ConfirmDialog
          title="Delete this action?"
          confirmLabel="Delete action"
          onClose={onClose}
          onConfirm={() => {
            onClose();
            deleteAction(dialog.action);
          }}
        >
          <p>
            <strong>{labelOf(dialog.action)}</strong>
          </p>
          <p>It leaves the plan with its indicators. The history keeps it: Undo (Ctrl+Z) brings it back.</p>
        </ConfirmDialog>
      );
    case 'delete-branch':
      return (
        <ConfirmDialog
          title={dialog.what === 'chapter' ? 'Delete this chapter?' : 'Delete this policy statement?'}
          confirmLabel={dialog.what === 'chapter' ? 'Delete chapter' : 'Delete statement'}
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
            {dialog.actions === 0 ? 'It holds no actions.' : `Its ${dialog.actions === 1 ? 'action goes' : `${dialog.actions} actions go`} with it.`}{' '}
            The history keeps everything: Undo (Ctrl+Z) brings it back.
          </p>
        </ConfirmDialog>
      );
    case 'name':
      return (
        <NameDialog
          title={dialog.mode === 'create' ? (dialog.what === 'chapter' ? 'New chapter' : 'New policy statement') : dialog.what === 'chapter' ? 'Rename chapter' : 'Edit policy statement'}
          hint={dialog.what === 'chapter' ? 'A policy reform area, such as “5.1 Digital by Default”.' : 'What the policy says the government shall do.'}
          textLabel={dialog.what === 'chapter' ? 'Title' : 'Statement'}
          initial={dialog.initial}
          submitLabel={dialog.mode === 'create' ? 'Add' : 'Save'}
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
