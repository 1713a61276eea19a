// The window's undo list: the batches of its edits, newest last; an undo moves a batch to the redo list and back.
// One list per workspace: undo never crosses workspaces, so switching files starts a new list.
import type { MergeOutcome, UndoState } from '../../../shared/domain';
import type { ChangeContext } from './context';
import { changeContextOf, type AppContext } from './context';

export class UndoList {
  private readonly undoable: string[] = [];
  private readonly redoable: string[] = [];
  private workspace = '';

  constructor(
    private readonly app: AppContext,
    private readonly limit = 500,
  ) {}

  /** One edit from this window, as a batch of its own; it joins the list once it has succeeded. */
  async edit<T>(work: (context: ChangeContext) => Promise<T>): Promise<T> {
    this.followWorkspace();
    const context = changeContextOf(this.app, 'edit');
    const result = await work(context);
    this.push(context.batchId!);
    return result;
  }

  /** A merge joins the list only when undo can revert all of it. */
  merged(outcome: MergeOutcome): void {
    this.followWorkspace();
    if (outcome.undoable) this.push(outcome.batchId);
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
    return { canUndo: this.undoable.length > 0, canRedo: this.redoable.length > 0 };
  }

  /** A new batch can be undone, and whatever was undone before can no longer be redone. */
  private push(batchId: string): void {
    this.undoable.push(batchId);
    if (this.undoable.length > this.limit) this.undoable.shift();
    this.redoable.length = 0;
  }

  private followWorkspace(): void {
    const workspace = this.app.connection().path;
    if (workspace === this.workspace) return;
    this.undoable.length = 0;
    this.redoable.length = 0;
    this.workspace = workspace;
  }
}
