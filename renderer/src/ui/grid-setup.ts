// AG Grid (community) as every PlanDesk grid uses it: the modules, registered once, and the themes, drawn from the
// app's tokens (styles/base.css) so that the grids read like the rest of PlanDesk. The Indicators and Agencies
// grids share one theme; the Actions grid, the densest, has its own spacing, borders and font on the same colours.
import { AllCommunityModule, ModuleRegistry, themeQuartz, type TabToNextCellParams } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** The colours and sizes every grid shares. */
const PLANDESK_GRID_PARAMS = {
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  foregroundColor: '#1c2733',
  headerTextColor: '#445261',
  headerBackgroundColor: '#f4f6f8',
  backgroundColor: '#ffffff',
  borderColor: '#d6dce3',
  rowBorder: { color: '#e6eaef' },
  accentColor: '#1f5fa8',
  selectedRowBackgroundColor: '#e2ecf9',
  rangeSelectionBorderColor: '#1f6fd1',
  rowHeight: 34,
  headerHeight: 34,
} as const;

export const planDeskGridTheme = themeQuartz.withParams({
  ...PLANDESK_GRID_PARAMS,
  fontFamily: ['Segoe UI', '-apple-system', 'Helvetica Neue', 'Liberation Sans', 'Arial', 'sans-serif'],
  textColor: '#1c2733',
  subtleTextColor: '#5b6876',
  columnBorder: { color: '#eef1f4' },
  rowHoverColor: '#f3f6f9',
  focusShadow: { radius: 0, spread: 2, color: '#1f6fd1' },
  inputFocusBorder: { color: '#1f6fd1', width: 2 },
  cellEditingBorder: { color: '#1f6fd1', width: 2 },
  wrapperBorderRadius: 6,
  borderRadius: 4,
  spacing: 6,
  cellHorizontalPadding: 10,
});

/** The Actions grid: tighter cells, no frame of its own (the view draws it), the page's font. */
export const actionsGridTheme = themeQuartz.withParams({
  ...PLANDESK_GRID_PARAMS,
  fontFamily: 'inherit',
  rowHoverColor: '#f3f7fc',
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
