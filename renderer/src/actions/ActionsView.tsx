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
import { formatNumber, text } from '../language/language';
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
import { alwaysFiltered, DEFAULT_COLUMN, dragTextOf, isHeading, noRowsOverlay, ROW_CLASS_RULES, rowHeightOf, rowIdOf } from './grid-options';
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
  // Made once: the grid is handed the same text on every render (the view starts afresh when the language changes).
  const [noRowsTemplate] = useState(noRowsOverlay);

  /** The toolbar's commands on "the focused action" say so when no action has the focus. */
  const askAboutFocused = (kind: 'move' | 'delete-action') => {
    const action = commands.focusedAction();
    if (action) setDialog({ kind, action });
    else showNotice({ message: kind === 'move' ? text()['actions.chooseToMove'] : text()['actions.chooseToDelete'] });
  };

  if (loadProblem && !tree) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">{text()['actions.loadFailed']}</p>
        <p>{loadProblem}</p>
        <button type="button" className="button" onClick={() => void rows.load()}>
          {text()['actions.tryAgain']}
        </button>
      </div>
    );
  }

  return (
    <div className="actions-screen">
      <div className="actions-toolbar">
        <FilterBar filter={filter} onChange={onFilterChange} chapters={chapters} agencies={rows.agencies} />
      </div>
      <div className="actions-commands" role="toolbar" aria-label={text()['actions.structure']}>
        <button
          type="button"
          className="button toolbar-button toolbar-button--primary"
          title={text()['actions.addActionTip']}
          aria-keyshortcuts="Insert"
          onClick={() => void commands.addAction()}
        >
          {text()['actions.addAction']}
        </button>
        <button type="button" className="button toolbar-button" onClick={() => structure.askAddStatement(commands.focusedPlace().chapterId)}>
          {text()['actions.addStatement']}
        </button>
        <button type="button" className="button toolbar-button" onClick={structure.askAddChapter}>
          {text()['actions.addChapter']}
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button
          type="button"
          className="button toolbar-button"
          title={text()['actions.duplicateTip']}
          aria-keyshortcuts="Control+Shift+D"
          onClick={() => void commands.duplicateAction()}
        >
          {text()['actions.duplicate']}
        </button>
        <button
          type="button"
          className="button toolbar-button"
          title={text()['actions.moveTip']}
          aria-keyshortcuts="Control+M"
          onClick={() => askAboutFocused('move')}
        >
          {text()['actions.move']}
        </button>
        <button
          type="button"
          className="button toolbar-button"
          title={text()['actions.deleteTip']}
          aria-keyshortcuts="Control+Delete"
          onClick={() => askAboutFocused('delete-action')}
        >
          {text()['actions.delete']}
        </button>
        <span className="actions-count" aria-live="polite">
          {counts.shown === counts.total
            ? text()['actions.count'](counts.total, formatNumber(counts.total))
            : text()['actions.countOf'](formatNumber(counts.shown), counts.total, formatNumber(counts.total))}
        </span>
        {columns.sorted && (
          <button type="button" className="link-button actions-sorted" onClick={columns.clearSort}>
            {text()['actions.sorted']}
          </button>
        )}
        <span className="toolbar-spacer" />
        <ExportMenu planId={planId} title={text()['view.actions']} currentView={columns.currentView} />
        <ColumnMenu columns={columns.columnChoices} onToggle={columns.toggleColumn} onMove={columns.moveColumn} onReset={columns.resetColumns} />
        <button
          type="button"
          className={panelOpen ? 'button toolbar-button toolbar-button--on' : 'button toolbar-button'}
          aria-pressed={panelOpen}
          title={text()['actions.detailsTip']}
          aria-keyshortcuts="Control+I"
          onClick={togglePanel}
        >
          {text()['actions.details']}
        </button>
      </div>
      <div className="actions-body">
        <section className="actions-grid" ref={gridArea} aria-label={text()['actions.gridLabel']}>
          <div className="visually-hidden" role="status">
            {cells.announcement}
          </div>
          {empty && (
            <div className="actions-empty">
              <p className="actions-empty__title">{tree.chapters.length > 0 ? text()['actions.noActionsYet'] : text()['actions.planEmpty']}</p>
              <p>
                {tree.chapters.length > 0 ? text()['actions.addFirstAction'] : text()['actions.startWithChapter']}
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
            overlayNoRowsTemplate={noRowsTemplate}
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
            <aside className="action-panel action-panel--empty" aria-label={text()['actions.panelLabel']}>
              <p>{text()['actions.chooseToSee']}</p>
              <button type="button" className="link-button" onClick={closePanel}>
                {text()['actions.closeDetails']}
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
