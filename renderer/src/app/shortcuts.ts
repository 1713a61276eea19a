// Every keyboard shortcut of PlanDesk, in one list: the Keyboard Shortcuts dialog (Help > Keyboard Shortcuts, or ?)
// shows it, and a unit test checks that no keys mean two things where both could be pressed (and none takes a key
// of the desktop menu). Keys are written as the dialog shows them: "Ctrl+I", "Alt+↑".
import type { SHORTCUTS_WORDS } from '../../../shared/language/words/shortcuts';

export type ShortcutPlace = 'Everywhere' | 'Actions grid' | 'Indicators grid' | 'Detail panel' | 'Menu';

/** What a shortcut does: a word of the catalogue (shared/language/words/shortcuts.ts). */
export type ShortcutWhat = keyof typeof SHORTCUTS_WORDS;

export interface Shortcut {
  readonly keys: string;
  readonly what: ShortcutWhat;
  readonly where: ShortcutPlace;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+Z', what: 'shortcuts.do.undo', where: 'Everywhere' },
  { keys: 'Ctrl+Y', what: 'shortcuts.do.redo', where: 'Everywhere' },
  { keys: 'Ctrl+Shift+Z', what: 'shortcuts.do.redo', where: 'Everywhere' },
  { keys: 'Ctrl+1 … Ctrl+8', what: 'shortcuts.do.openView', where: 'Everywhere' },
  { keys: 'F6', what: 'shortcuts.do.nextPart', where: 'Everywhere' },
  { keys: 'Shift+F6', what: 'shortcuts.do.previousPart', where: 'Everywhere' },
  { keys: 'Escape', what: 'shortcuts.do.closeOrCancel', where: 'Everywhere' },
  { keys: '?', what: 'shortcuts.do.thisList', where: 'Everywhere' },
  { keys: 'Ctrl+F', what: 'shortcuts.do.searchActions', where: 'Actions grid' },
  { keys: 'Arrows', what: 'shortcuts.do.moveBetweenCells', where: 'Actions grid' },
  { keys: 'Tab / Shift+Tab', what: 'shortcuts.do.nextPreviousCell', where: 'Actions grid' },
  { keys: 'Home / End', what: 'shortcuts.do.rowEnds', where: 'Actions grid' },
  { keys: 'Ctrl+Home / Ctrl+End', what: 'shortcuts.do.gridEnds', where: 'Actions grid' },
  { keys: 'F2', what: 'shortcuts.do.editOrRename', where: 'Actions grid' },
  { keys: 'Enter', what: 'shortcuts.do.editOrSaveDown', where: 'Actions grid' },
  { keys: 'Shift+Enter', what: 'shortcuts.do.saveUp', where: 'Actions grid' },
  { keys: 'Shift+Arrows', what: 'shortcuts.do.selectBlock', where: 'Actions grid' },
  { keys: 'Ctrl+Shift+Arrows', what: 'shortcuts.do.stretchBlock', where: 'Actions grid' },
  { keys: 'Ctrl+C / Ctrl+V', what: 'shortcuts.do.copyPasteBlock', where: 'Actions grid' },
  { keys: 'Delete', what: 'shortcuts.do.clearBlock', where: 'Actions grid' },
  { keys: 'Ctrl+D', what: 'shortcuts.do.fillDown', where: 'Actions grid' },
  { keys: 'Insert', what: 'shortcuts.do.addAction', where: 'Actions grid' },
  { keys: 'Ctrl+Shift+D', what: 'shortcuts.do.duplicateAction', where: 'Actions grid' },
  { keys: 'Ctrl+M', what: 'shortcuts.do.moveToStatement', where: 'Actions grid' },
  { keys: 'Alt+↑ / Alt+↓', what: 'shortcuts.do.moveUpDown', where: 'Actions grid' },
  { keys: 'Ctrl+Delete', what: 'shortcuts.do.delete', where: 'Actions grid' },
  { keys: 'Ctrl+I', what: 'shortcuts.do.details', where: 'Actions grid' },
  { keys: 'Enter', what: 'shortcuts.do.actualSaveDown', where: 'Indicators grid' },
  { keys: 'Shift+Enter', what: 'shortcuts.do.actualSaveUp', where: 'Indicators grid' },
  { keys: 'Home / End', what: 'shortcuts.do.rowEnds', where: 'Indicators grid' },
  { keys: 'Ctrl+Home / Ctrl+End', what: 'shortcuts.do.gridEnds', where: 'Indicators grid' },
  { keys: 'Shift+Arrows', what: 'shortcuts.do.selectBlock', where: 'Indicators grid' },
  { keys: 'Ctrl+Shift+Arrows', what: 'shortcuts.do.stretchBlock', where: 'Indicators grid' },
  { keys: 'Ctrl+C', what: 'shortcuts.do.copyBlock', where: 'Indicators grid' },
  { keys: 'Delete', what: 'shortcuts.do.clearBlock', where: 'Indicators grid' },
  { keys: 'Ctrl+D', what: 'shortcuts.do.fillDown', where: 'Indicators grid' },
  { keys: 'Enter', what: 'shortcuts.do.saveField', where: 'Detail panel' },
  { keys: 'Ctrl+Shift+N', what: 'shortcuts.do.fileNewPlan', where: 'Menu' },
  { keys: 'Ctrl+N', what: 'shortcuts.do.fileNewWorkspace', where: 'Menu' },
  { keys: 'Ctrl+O', what: 'shortcuts.do.fileOpenWorkspace', where: 'Menu' },
  { keys: 'Ctrl+Shift+O', what: 'shortcuts.do.fileImportPlan', where: 'Menu' },
  { keys: 'Ctrl+U', what: 'shortcuts.do.fileReceiveUpdates', where: 'Menu' },
  { keys: 'Ctrl+E', what: 'shortcuts.do.fileExportPlan', where: 'Menu' },
  { keys: 'Ctrl+P', what: 'shortcuts.do.filePrint', where: 'Menu' },
];

/** The single keys one entry stands for: "Ctrl+C / Ctrl+V" → ["Ctrl+C", "Ctrl+V"]; "Ctrl+1 … Ctrl+8" → the eight. */
export function keysOf(shortcut: Shortcut): string[] {
  const range = /^Ctrl\+(\d) … Ctrl\+(\d)$/.exec(shortcut.keys);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => `Ctrl+${Number(range[1]) + i}`);
  return shortcut.keys.split(' / ');
}
