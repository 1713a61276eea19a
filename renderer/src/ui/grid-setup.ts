// AG Grid (community) as every PlanDesk grid uses it: the modules, registered once, and the themes, drawn from the
// app's tokens (styles/tokens.css: AG Grid passes a value such as var(--text) on to its CSS) so that the grids read
// like the rest of PlanDesk. The Indicators and Agencies grids share one theme; the Actions grid, the densest, has
// its own spacing, borders and font on the same colours.
import { AllCommunityModule, ModuleRegistry, themeQuartz, type TabToNextCellParams } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** The colours and sizes every grid shares. */
const PLANDESK_GRID_PARAMS = {
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  foregroundColor: 'var(--text)',
  headerTextColor: 'var(--text-secondary)',
  headerBackgroundColor: 'var(--surface-muted)',
  backgroundColor: 'var(--surface)',
  borderColor: 'var(--border)',
  rowBorder: { color: 'var(--border-subtle)' },
  accentColor: 'var(--accent)',
  selectedRowBackgroundColor: 'var(--accent-soft)',
  rangeSelectionBorderColor: 'var(--focus-ring)',
  rowHeight: 34,
  headerHeight: 34,
} as const;

export const planDeskGridTheme = themeQuartz.withParams({
  ...PLANDESK_GRID_PARAMS,
  fontFamily: ['Segoe UI', '-apple-system', 'Helvetica Neue', 'Liberation Sans', 'Arial', 'PlanDesk Dzongkha', 'sans-serif'],
  textColor: 'var(--text)',
  subtleTextColor: 'var(--text-muted)',
  columnBorder: { color: 'var(--border-faint)' },
  rowHoverColor: 'var(--surface-muted)',
  focusShadow: { radius: 0, spread: 2, color: 'var(--focus-ring)' },
  inputFocusBorder: { color: 'var(--focus-ring)', width: 2 },
  cellEditingBorder: { color: 'var(--focus-ring)', width: 2 },
  wrapperBorderRadius: 6,
  borderRadius: 4,
  spacing: 6,
  cellHorizontalPadding: 10,
});

/** The Actions grid: tighter cells, no frame of its own (the view draws it), the page's font. */
export const actionsGridTheme = themeQuartz.withParams({
  ...PLANDESK_GRID_PARAMS,
  fontFamily: 'inherit',
  rowHoverColor: 'var(--accent-faint)',
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  spacing: 5,
  cellHorizontalPadding: 8,
  iconSize: 14,
});

/**
 * Tab while typing in a cell moves to the next cell, as in a spreadsheet; otherwise it leaves the grid for
 * the next control, so that a keyboard user is not walked through every cell of every row.
 */
export function leaveGridOnTab<T>(params: TabToNextCellParams<T>) {
  return params.editing && params.nextCellPosition ? params.nextCellPosition : false;
}
