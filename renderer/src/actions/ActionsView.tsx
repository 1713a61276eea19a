// The Actions view: the plan as a spreadsheet that knows its structure. Chapter and statement headings fold
// their actions away; every cell saves as soon as it is left; the filter bar, the structure commands and the
// detail panel sit around the grid. The work is done by the hooks beside it: the rows (useRows), saving cells
// (useCellSaving), commands on actions (useCommands) and on chapters and statements (useStructure), the columns
// (useColumns), a selected block of cells (ui/useCellBlock) and what is done with it (useBlockEdits), copy and paste
// (useClipboard) and the keys (useKeys).
import { useCallback, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { ViewProps } from '../app/views';
import { FilterBar } from '../filters/FilterBar';
import { RatingRulesDialog } from '../ratings/RatingRulesDialog';
import { actionsGridTheme } from '../ui/grid-setup';
import { showNotice } from '../ui/notice';
import { useCellBlock } from '../ui/useCellBlock';
import { ActionDetailPanel } from './ActionDetailPanel';
import { ActionDialogs, type ActionsDialog } from './ActionDialogs';
import { ColumnMenu } from './ColumnMenu';
import { rememberPanelOpen, storedPanelOpen } from './column-state';
import { ExportMenu } from './ExportMenu';
import { GridState } from './grid-state';
import { alwaysFiltered, DEFAULT_COLUMN, dragTextOf, isHeading, NO_ROWS, ROW_CLASS_RULES, rowHeightOf, rowIdOf } from './grid-options';
import type { GridRow } from './grid-rows';
import { HeadingRow } from './HeadingRow';
import { useBlockEdits } from './useBlockEdits';
import { useCellSaving } from './useCellSaving';
import { useClipboard } from './useClipboard';
import { useColumns } from './useColumns';
import { useCommands } from './useCommands';
import { useGridRatings } from './useGridRatings';
import { useKeys } from './useKeys';
import { useRows } from './useRows';
import { useStructure } from './useStructure';
import './actions.css';

/** Headings hold no cells: a block over them takes only the actions' cells. */
const isActionRow = (row: GridRow) => row.kind === 'action';

export function ActionsView({ planId, revision, filter, onFilterChange, focusActionId, onPlanChanged }: ViewProps) {
  const gridRef = useRef<GridApi<GridRow> | null>(null);
  const gridArea = useRef<HTMLElement>(null);
  // What the grid's renderers and editors read when they run (see grid-state.ts).
  const [context] = useState(() => new GridState());
  const [dialog, setDialog] = useState<ActionsDialog | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const [panelOpen, setPanelOpen] = useState(() => storedPanelOpen() || focusActionId !== null);
  const togglePanel = useCallback(
    () =>
      setPanelOpen((open) => {
        rememberPanelOpen(!open);
        return !open;
      }),
    [],
  );
  const closePanel = () => {
    setPanelOpen(false);
    rememberPanelOpen(false);
  };

  const rows = useRows({ planId, revision, filter, focusActionId, gridRef, context });
  const saving = useCellSaving(gridRef, context, rows);
  const commands = useCommands(gridRef, rows);
  const structure = useStructure({ planId, context, rows, addAction: commands.addAction, ask: setDialog, onPlanChanged });
  const cells = useCellBlock({ gridRef, area: gridArea, hasCells: isActionRow });
  const columns = useColumns(planId, gridRef, context, rows.showModel, cells.block.classRules);
  const ratings = useGridRatings(planId, revision, gridRef, context, rows, filter);
  const [rulesOpen, setRulesOpen] = useState(false);
  const blockEdits = useBlockEdits({ planId, gridRef, cells, context, rows, onPlanChanged });
  useClipboard({ planId, gridRef, area: gridArea, context, rows, saving, copyBlock: blockEdits.copyBlock, onPlanChanged });
  const onCellKeyDown = useKeys({ gridRef, rows, commands, structure, blockEdits, sorted: columns.sorted, ask: setDialog, togglePanel });

  const { showFocused } = rows;
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      if (event.rowIndex !== null && event.rowIndex !== undefined) showFocused(event.rowIndex);
    },
    [showFocused],
  );

  const { tree, counts, loadProblem, focusedRow } = rows;
  const chapters = useMemo(() => tree?.chapters.map((c) => ({ id: c.id, code: c.code, title: c.title })) ?? [], [tree]);
  const empty = tree !== null && counts.total === 0;

  /** The toolbar's commands on "the focused action" say so when no action has the focus. */
  const askAboutFocused = (kind: 'move' | 'delete-action') => {
    const action = commands.focusedAction();
    if (action) setDialog({ kind, action });
    else showNotice({ message: kind === 'move' ? 'Choose an action to move first.' : 'Choose an action to delete first.' });
  };

  if (loadProblem && !tree) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">The actions could not be loaded</p>
        <p>{loadProblem}</p>
        <button type="button" className="button" onClick={() => void rows.load()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className="actions-screen">
      <div className="actions-toolbar">
        <FilterBar filter={filter} onChange={onFilterChange} chapters={chapters} agencies={rows.agencies} />
      </div>
      <div className="actions-commands" role="toolbar" aria-label="Plan structure">
        <button type="button" className="button toolbar-button toolbar-button--primary" title="Add an action below the focused one (Insert)" aria-keyshortcuts="Insert" onClick={() => void commands.addAction()}>
          + Action
        </button>
        <button type="button" className="button toolbar-button" onClick={() => structure.askAddStatement(commands.focusedPlace().chapterId)}>
          + Statement
        </button>
        <button type="button" className="button toolbar-button" onClick={structure.askAddChapter}>
          + Chapter
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button
          type="button"
          className="button toolbar-button"
          title="Duplicate the focused action (Ctrl+Shift+D)"
          aria-keyshortcuts="Control+Shift+D"
          onClick={() => void commands.duplicateAction()}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button toolbar-button"
          title="Move the focused action to another statement (Ctrl+M; Alt+↑/↓ moves it one place)"
          aria-keyshortcuts="Control+M"
          onClick={() => askAboutFocused('move')}
        >
          Move…
        </button>
        <button type="button" className="button toolbar-button" title="Delete the focused action (Ctrl+Delete)" aria-keyshortcuts="Control+Delete" onClick={() => askAboutFocused('delete-action')}>
          Delete…
        </button>
        <span className="actions-count" aria-live="polite">
          {counts.shown === counts.total ? `${counts.total.toLocaleString('en')} actions` : `${counts.shown.toLocaleString('en')} of ${counts.total.toLocaleString('en')} actions`}
        </span>
        {columns.sorted && (
          <button type="button" className="link-button actions-sorted" onClick={columns.clearSort}>
            Sorted: back to plan order
          </button>
        )}
        <span className="toolbar-spacer" />
        <ExportMenu planId={planId} title="Actions" currentView={columns.currentView} />
        <ColumnMenu columns={columns.columnChoices} onToggle={columns.toggleColumn} onMove={columns.moveColumn} onReset={columns.resetColumns} />
        <button
          type="button"
          className={panelOpen ? 'button toolbar-button toolbar-button--on' : 'button toolbar-button'}
          aria-pressed={panelOpen}
          title="Show the focused action in full (Ctrl+I)"
          aria-keyshortcuts="Control+I"
          onClick={togglePanel}
        >
          Details
        </button>
      </div>
      <div className="actions-body">
        <section className="actions-grid" ref={gridArea} aria-label="Actions of the plan">
          <div className="visually-hidden" role="status">
            {cells.announcement}
          </div>
          {empty && (
            <div className="actions-empty">
              <p className="actions-empty__title">{tree.chapters.length > 0 ? 'No actions yet' : 'This plan is empty'}</p>
              <p>
                {tree.chapters.length > 0
                  ? 'Add the first action with “+ Action” or the Insert key.'
                  : 'Start with a chapter (“+ Chapter”), then its policy statements and their actions.'}
              </p>
            </div>
          )}
          <AgGridReact<GridRow>
            theme={actionsGridTheme}
            columnDefs={columns.columnDefs}
            defaultColDef={DEFAULT_COLUMN}
            getRowId={rowIdOf}
            context={context}
            readOnlyEdit
            enterNavigatesVerticallyAfterEdit
            onCellEditRequest={saving.onCellEditRequest}
            onCellEditingStopped={saving.onCellEditingStopped}
            isFullWidthRow={isHeading}
            fullWidthCellRenderer={HeadingRow}
            getRowHeight={rowHeightOf}
            rowClassRules={ROW_CLASS_RULES}
            isExternalFilterPresent={alwaysFiltered}
            doesExternalFilterPass={rows.doesExternalFilterPass}
            onGridReady={columns.onGridReady}
            onCellFocused={onCellFocused}
            onModelUpdated={cells.remeasure}
            onDisplayedColumnsChanged={cells.remeasure}
            onCellKeyDown={onCellKeyDown}
            onSortChanged={columns.onSortChanged}
            onColumnMoved={columns.onColumnChanged}
            onColumnResized={columns.onColumnChanged}
            onColumnVisible={columns.saveColumns}
            onRowDragEnd={commands.onRowDragEnd}
            rowDragText={dragTextOf}
            suppressMoveWhenRowDragging
            stopEditingWhenCellsLoseFocus
            tooltipShowDelay={600}
            tooltipInteraction
            animateRows={false}
            ensureDomOrder
            suppressDragLeaveHidesColumns
            suppressColumnVirtualisation={false}
            overlayNoRowsTemplate={NO_ROWS}
          />
        </section>
        {panelOpen &&
          (focusedRow ? (
            <ActionDetailPanel
              row={focusedRow}
              revision={revision}
              savers={saving.savers}
              rating={{ rating: ratings.byAction.get(focusedRow.id), period: ratings.plan?.period ?? null, onOpenRules: () => setRulesOpen(true) }}
              onClose={closePanel}
            />
          ) : (
            <aside className="action-panel action-panel--empty" aria-label="Action details">
              <p>Choose an action to see it in full.</p>
              <button type="button" className="link-button" onClick={closePanel}>
                Close the details
              </button>
            </aside>
          ))}
      </div>
      {rulesOpen && <RatingRulesDialog planId={planId} onClose={() => setRulesOpen(false)} />}
      <ActionDialogs
        dialog={dialog}
        tree={tree}
        onClose={closeDialog}
        deleteAction={(action) => void commands.deleteAction(action)}
        removeBranch={structure.removeBranch}
        saveName={structure.saveName}
        moveToStatement={commands.moveToStatement}
      />
    </div>
  );
}
