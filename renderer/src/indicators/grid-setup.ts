// AG Grid (community) as the Indicators and Agencies views use it: the modules, once, and a theme drawn from
// the app's tokens (styles/base.css) so that the grids read like the rest of PlanDesk.
import { AllCommunityModule, ModuleRegistry, themeQuartz, type TabToNextCellParams } from 'ag-grid-community';

// Registering twice (another view may do it too) is harmless.
ModuleRegistry.registerModules([AllCommunityModule]);

export const planDeskGridTheme = themeQuartz.withParams({
  fontFamily: ['Segoe UI', '-apple-system', 'Helvetica Neue', 'Liberation Sans', 'Arial', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  foregroundColor: '#1c2733',
  textColor: '#1c2733',
  subtleTextColor: '#5b6876',
  headerTextColor: '#445261',
  headerBackgroundColor: '#f4f6f8',
  backgroundColor: '#ffffff',
  borderColor: '#d6dce3',
  rowBorder: { color: '#e6eaef' },
  columnBorder: { color: '#eef1f4' },
  accentColor: '#1f5fa8',
  selectedRowBackgroundColor: '#e2ecf9',
  rowHoverColor: '#f3f6f9',
  rangeSelectionBorderColor: '#1f6fd1',
  focusShadow: { radius: 0, spread: 2, color: '#1f6fd1' },
  inputFocusBorder: { color: '#1f6fd1', width: 2 },
  cellEditingBorder: { color: '#1f6fd1', width: 2 },
  wrapperBorderRadius: 6,
  borderRadius: 4,
  spacing: 6,
  rowHeight: 34,
  headerHeight: 34,
  cellHorizontalPadding: 10,
});

/**
 * Tab while typing in a cell moves to the next cell, as in a spreadsheet; otherwise it leaves the grid for
 * the next control, so that a keyboard user is not walked through every cell of every row.
 */
export function leaveGridOnTab<T>(params: TabToNextCellParams<T>) {
  return params.editing && params.nextCellPosition ? params.nextCellPosition : false;
}
