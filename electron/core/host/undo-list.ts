// The window's undo list: the batches of its edits, newest last; an undo moves a batch to the redo list and back.
// One list per workspace: undo never crosses workspaces, so switching files starts a new list.
import type { JoinsUndo } from '../../../shared/contract';
import type { MergeOutcome, UndoState } from '../../../shared/domain';
import { assertNever } from '../../../shared/result';
import type { ChangeContext } from './context';

/** What a merge says of its batch: whether undo can revert all of it. */
type Undoable = Pick<MergeOutcome, 'undoable' | 'batchId'>;

export class UndoList {
  private readonly undoable: string[] = [];
  private readonly redoable: string[] = [];
  private workspace = '';

  constructor(
    /** The path of the open workspace, which the host may switch. */
    private readonly workspacePath: () => string,
    private readonly limit = 500,
  ) {}

  /**
   * Runs one edit from this window with its change context; once it has succeeded its batch joins the list as
   * `joins` says: always, only when its outcome says undo can revert all of it (a merge), or never.
   */
  async record<T>(joins: JoinsUndo, context: ChangeContext, work: (context: ChangeContext) => Promise<T> | T): Promise<T> {
    this.followWorkspace();
    const result = await work(context);
    switch (joins) {
      case 'yes':
        this.push(context.batchId!);
        break;
      case 'when-undoable': {
        const outcome = result as Undoable;
        if (outcome.undoable) this.push(outcome.batchId);
        break;
      }
      case 'no':
        break;
      default:
        assertNever(joins, 'undo rule');
    }
    return result;
  }

  nextUndo(): string | undefined {
    return this.undoable.at(-1);
  }

  nextRedo(): string | undefined {
    return this.redoable.at(-1);
  }

  /** After an undo succeeded: the undo's own batch is what a redo reverts. */
  undone(revertBatchId: string): void {
    this.undoable.pop();
    this.redoable.push(revertBatchId);
  }

  redone(revertBatchId: string): void {
    this.redoable.pop();
    this.undoable.push(revertBatchId);
  }

  get state(): UndoState {
    this.followWorkspace();
    return { canUndo: this.undoable.length > 0, canRedo: this.redoable.length > 0 };
  }

  /** A new batch can be undone, and whatever was undone before can no longer be redone. */
  private push(batchId: string): void {
    this.undoable.push(batchId);
    if (this.undoable.length > this.limit) this.undoable.shift();
    this.redoable.length = 0;
  }

  private followWorkspace(): void {
    const workspace = this.workspacePath();
    if (workspace === this.workspace) return;
    this.undoable.length = 0;
    this.redoable.length = 0;
    this.workspace = workspace;
  }
}
