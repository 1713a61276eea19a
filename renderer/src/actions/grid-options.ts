// The actions grid's options that never change, kept outside the view so that a re-render hands the grid the same
// ones: how rows are told apart, how tall they are, what a dragged row says, which keys the grid leaves to the view.
import type { IRowNode } from 'ag-grid-community';
import { text } from '../language/language';
import { isEdgeKey } from '../ui/grid-keys';
import { labelOf, type GridRow } from './grid-rows';

/** The view's own keys (see useKeys) are kept from the grid, which would otherwise clear one cell on Delete. */
function isViewKey(event: KeyboardEvent): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  return (
    event.key === 'Insert' ||
    event.key === 'Delete' ||
    (ctrl && ['d', 'm', 'i'].includes(event.key.toLowerCase())) ||
    (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) ||
    isEdgeKey(event)
  );
}

export const DEFAULT_COLUMN = {
  sortable: true,
  resizable: true,
  suppressHeaderMenuButton: true,
  suppressKeyboardEvent: (params: { editing: boolean; event: KeyboardEvent }) => !params.editing && isViewKey(params.event),
};

export const rowIdOf = (params: { data: GridRow }) => params.data.id;
export const isHeading = (params: { rowNode: IRowNode<GridRow> }) => params.rowNode.data?.kind !== 'action';
export const rowHeightOf = (params: { data?: GridRow }) => (params.data?.kind === 'chapter' ? 38 : 34);
export const alwaysFiltered = () => true;
export const dragTextOf = (params: { rowNode?: IRowNode<GridRow> }) => {
  const data = params.rowNode?.data;
  return data?.kind === 'action' ? labelOf(data.action) : text()['actions.dragged'];
};
/** The grid's overlay when the filters leave no action: HTML, so the words are escaped. */
export function noRowsOverlay(): string {
  const words = text()['actions.noRows'].replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<span class="ag-overlay-no-rows-center">${words}</span>`;
}

export const ROW_CLASS_RULES = {
  'row--overdue': (params: { data?: GridRow }) => params.data?.kind === 'action' && params.data.action.overdue,
};
