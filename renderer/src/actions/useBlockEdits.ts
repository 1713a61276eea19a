// What the Actions grid does with a block of cells (ui/useCellBlock.ts): Ctrl+C copies it as tab-separated text, as
// the cells show it; Delete clears its cells; Ctrl+D fills the top row's values down to the rows below. Clearing and
// filling go through the same rules as a typed edit, all at once in one undo step (actions:setCells): a refused cell
// refuses the whole block, saying which and why, and nothing changes. Read-only cells (the rating, Last changed) are
// left as they were, and so are the indicator columns (an action may have several indicators: the Indicators view
// edits them), and the notice says so.
import { useCallback } from 'react';
import type { ActionEditableField } from '../../../shared/contract';
import type { ActionGridRow } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { undoOrRedo } from '../app/useUndoKeys';
import { formatNumber, text } from '../language/language';
import { api, request } from '../data/api';
import { isRefusal, reportError } from '../data/errors';
import { clipboardTable, type BlockRange } from '../ui/cell-block';
import { showNotice } from '../ui/notice';
import { revisedEndQuestion, withReasonIfAsked } from '../ui/reason-prompt';
import type { CellBlockHandle } from '../ui/useCellBlock';
import { cellText, columnName, copyText, EDIT_TARGETS, PASTE_FIELDS, type ColumnId } from './columns';
import type { GridState } from './grid-state';
import { labelOf, type GridRow } from './grid-rows';
import type { GridRef, Rows } from './useRows';

interface Options {
  readonly planId: string;
  readonly gridRef: GridRef;
  readonly cells: CellBlockHandle<GridRow>;
  readonly context: GridState;
  readonly rows: Rows;
  readonly onPlanChanged: () => void;
}

interface BlockCell {
  readonly actionId: string;
  readonly field: ActionEditableField;
  readonly value: string;
  readonly colId: ColumnId;
}

/** The cells of a block an edit can set, and how many it leaves as they were, and why. */
interface Plan {
  readonly cells: BlockCell[];
  readonly readOnly: number;
  readonly indicators: number;
}

/** "; 2 read-only cells left as they were; 1 indicator cell left as it was (…)" */
function leftAlone({ readOnly, indicators }: Plan): string {
  const parts: string[] = [];
  if (readOnly > 0) parts.push(text()['actions.readOnlyLeft'](readOnly, formatNumber(readOnly)));
  if (indicators > 0) parts.push(text()['actions.indicatorsLeft'](indicators, formatNumber(indicators)));
  return parts.map((p) => `; ${p}`).join('');
}

const FIELD_COLUMNS = new Map(Object.entries(PASTE_FIELDS).flatMap(([colId, field]) => (field ? [[field, colId as ColumnId] as const] : [])));

export function useBlockEdits({ planId, gridRef, cells, context, rows, onPlanChanged }: Options) {
  const { actionOf, applyRow } = rows;
  const { range, rangeOrFocused, rowsOf } = cells;

  const actionsIn = useCallback(
    (of: BlockRange): ActionGridRow[] => rowsOf(of).flatMap((node) => (node.data?.kind === 'action' ? [node.data.action] : [])),
    [rowsOf],
  );

  /** The block as tab-separated text, as its cells show it; null when no block is selected (the focused cell is copied). */
  const copyBlock = useCallback((): string | null => {
    const block = range();
    if (!block) return null;
    const actions = actionsIn(block);
    if (actions.length === 0) return null;
    return clipboardTable(actions.map((action) => block.columns.map((colId) => copyText(colId as ColumnId, action, context.rating(action.id)))));
  }, [actionsIn, context, range]);

  /** The cells of `actions` in `columns` that an edit sets to `valueOf`'s value. */
  const planFor = (actions: readonly ActionGridRow[], columns: readonly string[], valueOf: (colId: ColumnId) => string): Plan => {
    const set: BlockCell[] = [];
    let readOnly = 0;
    let indicators = 0;
    for (const action of actions) {
      for (const id of columns) {
        const colId = id as ColumnId;
        const field = PASTE_FIELDS[colId] as ActionEditableField | null;
        if (field) set.push({ actionId: action.id, field, value: valueOf(colId), colId });
        else if (EDIT_TARGETS[colId]) indicators += 1;
        else readOnly += 1;
      }
    }
    return { cells: set, readOnly, indicators };
  };

  /** The rows the workspace sent back go into the grid; refusal marks on the cells set go. */
  const show = useCallback(
    (changed: readonly ActionGridRow[], set: readonly BlockCell[]) => {
      for (const row of changed) applyRow(row);
      for (const cell of set) context.accept(cell.actionId, cell.colId);
      gridRef.current?.refreshCells({ force: true, columns: [...new Set(set.map((c) => c.colId))] });
      cells.remeasure();
    },
    [applyRow, cells, context, gridRef],
  );

  /** A refused block: what was refused and where, cell by cell; any other failure goes to the banner. */
  const refused = useCallback(
    (verb: string, error: unknown) => {
      if (!isRefusal(error)) return reportError(error);
      const listed = ((error as AppError).details as { cells?: { actionId: string; field: string; reason: string }[] } | undefined)?.cells;
      if (!listed) return showNotice({ message: text()['actions.blockRefused'](verb, (error as AppError).message.replace(/^Nothing was changed: /, '')) });
      const lines = listed.map((cell) => {
        const action = actionOf(cell.actionId);
        const colId = FIELD_COLUMNS.get(cell.field);
        return text()['actions.cellOf'](action ? labelOf(action) : text()['actions.anAction'], colId ? columnName(colId) : cell.field, cell.reason);
      });
      const shown = lines.length > 12 ? [...lines.slice(0, 12), text()['actions.moreCells'](lines.length - 12, formatNumber(lines.length - 12))] : lines;
      const first = listed[0]!.reason;
      showNotice({ message: listed.length > 1 ? text()['actions.blockRefusedCells'](verb, formatNumber(listed.length), first) : text()['actions.blockRefused'](verb, first), details: shown });
    },
    [actionOf],
  );

  const undoAction = { label: text()['actions.undo'], run: () => void undoOrRedo('undo', onPlanChanged) };

  /** Delete: clears the block's editable cells (or the focused cell), in one undo step. */
  const clearBlock = async () => {
    const target = rangeOrFocused();
    const actions = target ? actionsIn(target) : [];
    if (!target || actions.length === 0) return showNotice({ message: text()['actions.headingNoCells'] });
    const plan = planFor(actions, target.columns, () => '');
    if (plan.cells.length === 0) return showNotice({ message: `${text()['actions.nothingToClear']}${leftAlone(plan)}` });
    try {
      const changed = await request(api().actions.setCells({ planId, cells: plan.cells.map(({ actionId, field, value }) => ({ actionId, field, value })) }));
      show(changed, plan.cells);
      showNotice({ message: `${text()['actions.cleared'](plan.cells.length, formatNumber(plan.cells.length))}${leftAlone(plan)}`, action: undoAction });
    } catch (error) {
      refused(text()['actions.nothingCleared'], error);
    }
  };

  /** Ctrl+D: the block's top row's values to the rows below, column by column, in one undo step. */
  const fillDown = async () => {
    const block = range();
    const actions = block ? actionsIn(block) : [];
    const [top, ...below] = actions;
    if (!block || !top || below.length === 0) {
      return showNotice({ message: text()['actions.selectToFill'] });
    }
    const plan = planFor(below, block.columns, (colId) => cellText(colId, top));
    if (plan.cells.length === 0) return showNotice({ message: `${text()['actions.nothingToFill']}${leftAlone(plan)}` });
    try {
      const send = (reason?: string) =>
        request(api().actions.setCells({ planId, cells: plan.cells.map(({ actionId, field, value }) => ({ actionId, field, value })), ...(reason ? { reason } : {}) }));
      const changed = await withReasonIfAsked(send, (refusal) => revisedEndQuestion(text()['actions.actionsBelow'](below.length, formatNumber(below.length), labelOf(top)), cellText('end', top), refusal));
      if (changed === null) return;
      show(changed, plan.cells);
      showNotice({ message: `${text()['actions.filled'](plan.cells.length, formatNumber(plan.cells.length), labelOf(top))}${leftAlone(plan)}`, action: undoAction });
    } catch (error) {
      refused(text()['actions.nothingFilled'], error);
    }
  };

  return { copyBlock, clearBlock, fillDown };
}

export type BlockEdits = ReturnType<typeof useBlockEdits>;
