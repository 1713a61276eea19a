// Every keyboard shortcut of PlanDesk, in one list: the Keyboard Shortcuts dialog (Help > Keyboard Shortcuts, or ?)
// shows it, and a unit test checks that no keys mean two things where both could be pressed (and none takes a key
// of the desktop menu). Keys are written as the dialog shows them: "Ctrl+I", "Alt+↑".
export type ShortcutPlace = 'Everywhere' | 'Actions grid' | 'Indicators grid' | 'Detail panel' | 'Menu';

export interface Shortcut {
  readonly keys: string;
  readonly what: string;
  readonly where: ShortcutPlace;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+Z', what: 'Undo the last edit of the plan (in a text field: its own text)', where: 'Everywhere' },
  { keys: 'Ctrl+Y', what: 'Redo', where: 'Everywhere' },
  { keys: 'Ctrl+Shift+Z', what: 'Redo', where: 'Everywhere' },
  { keys: 'Ctrl+1 … Ctrl+8', what: 'Open a view: Overview, Actions, Indicators, Timeline, Agencies, History, Reports, Exchange', where: 'Everywhere' },
  { keys: 'F6', what: 'To the next part of the window (header, tabs, filters, toolbar, grid, details)', where: 'Everywhere' },
  { keys: 'Shift+F6', what: 'To the previous part of the window', where: 'Everywhere' },
  { keys: 'Escape', what: 'Close a menu or dialog; cancel an edit', where: 'Everywhere' },
  { keys: '?', what: 'This list of shortcuts (but in a text field or a grid cell, where it is typed)', where: 'Everywhere' },
  { keys: 'Ctrl+F', what: 'Search the actions', where: 'Actions grid' },
  { keys: 'Arrows', what: 'Move between cells', where: 'Actions grid' },
  { keys: 'Tab / Shift+Tab', what: 'Next / previous cell', where: 'Actions grid' },
  { keys: 'Home / End', what: 'First / last cell of the row', where: 'Actions grid' },
  { keys: 'Ctrl+Home / Ctrl+End', what: 'First / last cell of the grid', where: 'Actions grid' },
  { keys: 'F2', what: 'Edit the cell (on a heading: rename it)', where: 'Actions grid' },
  { keys: 'Enter', what: 'Edit the cell; after an edit, save and move down (on a heading: fold it)', where: 'Actions grid' },
  { keys: 'Shift+Enter', what: 'After an edit, save and move up', where: 'Actions grid' },
  { keys: 'Shift+Arrows', what: 'Select a block of cells (Shift+click too); Escape or a plain move clears it', where: 'Actions grid' },
  { keys: 'Ctrl+Shift+Arrows', what: 'Stretch the block to the first / last row or column', where: 'Actions grid' },
  { keys: 'Ctrl+C / Ctrl+V', what: 'Copy the block or cell as tab-separated text / paste cells, from and to a spreadsheet', where: 'Actions grid' },
  { keys: 'Delete', what: 'Clear the block or cell (one undo step; read-only cells are left as they were)', where: 'Actions grid' },
  { keys: 'Ctrl+D', what: 'Fill down: the block’s top row to the rows below (one undo step)', where: 'Actions grid' },
  { keys: 'Insert', what: 'Add an action below (on a heading: add in it)', where: 'Actions grid' },
  { keys: 'Ctrl+Shift+D', what: 'Duplicate the action', where: 'Actions grid' },
  { keys: 'Ctrl+M', what: 'Move the action to another statement', where: 'Actions grid' },
  { keys: 'Alt+↑ / Alt+↓', what: 'Move the action (or heading) one place up / down', where: 'Actions grid' },
  { keys: 'Ctrl+Delete', what: 'Delete the action or heading, after asking', where: 'Actions grid' },
  { keys: 'Ctrl+I', what: 'Show or hide the focused action’s details', where: 'Actions grid' },
  { keys: 'Enter', what: 'After typing an actual, save and move down', where: 'Indicators grid' },
  { keys: 'Shift+Enter', what: 'After typing an actual, save and move up', where: 'Indicators grid' },
  { keys: 'Home / End', what: 'First / last cell of the row', where: 'Indicators grid' },
  { keys: 'Ctrl+Home / Ctrl+End', what: 'First / last cell of the grid', where: 'Indicators grid' },
  { keys: 'Shift+Arrows', what: 'Select a block of cells (Shift+click too); Escape or a plain move clears it', where: 'Indicators grid' },
  { keys: 'Ctrl+Shift+Arrows', what: 'Stretch the block to the first / last row or column', where: 'Indicators grid' },
  { keys: 'Ctrl+C', what: 'Copy the block or cell as tab-separated text', where: 'Indicators grid' },
  { keys: 'Delete', what: 'Clear the block or cell (one undo step; read-only cells are left as they were)', where: 'Indicators grid' },
  { keys: 'Ctrl+D', what: 'Fill down: the block’s top row to the rows below (one undo step)', where: 'Indicators grid' },
  { keys: 'Enter', what: 'Save the field (Ctrl+Enter in a long text)', where: 'Detail panel' },
  { keys: 'Ctrl+Shift+N', what: 'File > New Plan…', where: 'Menu' },
  { keys: 'Ctrl+N', what: 'File > New Workspace…', where: 'Menu' },
  { keys: 'Ctrl+O', what: 'File > Open Workspace…', where: 'Menu' },
  { keys: 'Ctrl+Shift+O', what: 'File > Import Plan…', where: 'Menu' },
  { keys: 'Ctrl+U', what: 'File > Receive Updates…', where: 'Menu' },
  { keys: 'Ctrl+E', what: 'File > Export Plan…', where: 'Menu' },
  { keys: 'Ctrl+P', what: 'File > Print…', where: 'Menu' },
];

/** The single keys one entry stands for: "Ctrl+C / Ctrl+V" → ["Ctrl+C", "Ctrl+V"]; "Ctrl+1 … Ctrl+8" → the eight. */
export function keysOf(shortcut: Shortcut): string[] {
  const range = /^Ctrl\+(\d) … Ctrl\+(\d)$/.exec(shortcut.keys);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => `Ctrl+${Number(range[1]) + i}`);
  return shortcut.keys.split(' / ');
}
