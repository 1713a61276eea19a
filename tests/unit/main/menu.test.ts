// The native menu (electron/main/menu.ts) against the recording stand-in of Electron: each item with its accelerator,
// and the items of issue 17 doing what they say (File > Restore from Backup…, Help > Check for Updates…, Help > Open
// Log Folder).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/bridge';
import type { Language } from '../../../shared/language/languages';
import { buildMenu, type MenuActions } from '../../../electron/main/menu';
import type { StandInMenu } from './electron-stand-in';

function recordingActions(language: Language = 'en') {
  const calls: string[] = [];
  const actions: MenuActions = {
    newWorkspace: () => calls.push('newWorkspace'),
    openWorkspace: () => calls.push('openWorkspace'),
    openRecent: (path) => calls.push(`openRecent ${path}`),
    recentWorkspaces: () => ['/work/plans/ministry.sqlite'],
    language: () => language,
    importPlanFile: () => calls.push('importPlanFile'),
    exportPlanFile: () => calls.push('exportPlanFile'),
    sendToPage: (command: MenuCommand) => calls.push(`page ${command}`),
    print: () => calls.push('print'),
    about: () => calls.push('about'),
    checkForUpdates: () => calls.push('checkForUpdates'),
    openLogFolder: () => calls.push('openLogFolder'),
    isDevelopment: false,
  };
  return { actions, calls };
}

function submenu(menu: StandInMenu, label: string): MenuItemConstructorOptions[] {
  const top = menu.items.find((item) => item.label === label);
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`);
  return top.submenu;
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((candidate) => candidate.label === label);
  if (!item?.click) throw new Error(`no item ${label}`);
  (item.click as () => void)();
}

describe('the menu', () => {
  it('gives File its items and accelerators, Restore from Backup… among them', () => {
    const { actions, calls } = recordingActions();
    const menu = buildMenu(actions) as unknown as StandInMenu;
    const file = submenu(menu, '&File');
    const labelled = file.filter((item) => item.label).map((item) => [item.label, item.accelerator ?? null]);
    expect(labelled).toEqual([
      ['New Plan…', 'CmdOrCtrl+Shift+N'],
      ['New Workspace…', 'CmdOrCtrl+N'],
      ['Open Workspace…', 'CmdOrCtrl+O'],
      ['Open Recent', null],
      ['Import Plan…', 'CmdOrCtrl+Shift+O'],
      ['Receive Updates…', 'CmdOrCtrl+U'],
      ['Export Plan…', 'CmdOrCtrl+E'],
      ['Restore from Backup…', null],
      ['Print…', 'CmdOrCtrl+P'],
    ]);
    click(file, 'Restore from Backup…');
    expect(calls).toEqual(['page restore-backup']);
  });

  it('gives Edit an Undo and a Redo that run the plan\'s undo in the page, the keys shown but left to the page', () => {
    const { actions, calls } = recordingActions();
    const edit = submenu(buildMenu(actions) as unknown as StandInMenu, '&Edit');
    const undoItems = edit.filter((item) => item.label === 'Undo' || item.label === 'Redo');
    expect(undoItems.map((item) => [item.label, item.accelerator, item.registerAccelerator, item.role ?? null])).toEqual([
      ['Undo', 'CmdOrCtrl+Z', false, null],
      ['Redo', process.platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', false, null],
    ]);
    click(edit, 'Undo');
    click(edit, 'Redo');
    expect(calls).toEqual(['page undo', 'page redo']);
    // Copy and paste stay the system's.
    expect(edit.filter((item) => item.role).map((item) => item.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('gives Help the update check and the log folder', () => {
    const { actions, calls } = recordingActions();
    const help = submenu(buildMenu(actions) as unknown as StandInMenu, '&Help');
    expect(help.filter((item) => item.label).map((item) => item.label)).toEqual(['Keyboard Shortcuts', 'Check for Updates…', 'Open Log Folder', 'About PlanDesk']);
    click(help, 'Keyboard Shortcuts');
    click(help, 'Check for Updates…');
    click(help, 'Open Log Folder');
    expect(calls).toEqual(['page show-shortcuts', 'checkForUpdates', 'openLogFolder']);
  });

  it('offers View > Language, each language named in itself, the page told which was chosen', () => {
    const { actions, calls } = recordingActions();
    const language = submenu(buildMenu(actions) as unknown as StandInMenu, '&View').find((item) => item.label === 'Language');
    if (!language || !Array.isArray(language.submenu)) throw new Error('no View > Language');
    expect(language.submenu.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['English', 'radio', true],
      ['རྫོང་ཁ', 'radio', false],
    ]);
    click(language.submenu, 'རྫོང་ཁ');
    expect(calls).toEqual(['page language-dz']);
  });

  it('speaks Dzongkha where the catalogue has the word, English where it has none, the items doing the same', () => {
    const { actions, calls } = recordingActions('dz');
    const menu = buildMenu(actions) as unknown as StandInMenu;
    expect(menu.items.map((item) => item.label)).toEqual(['ཡིག་སྣོད', 'ཞུན་དག', 'མཐོང་སྣང', 'གྲོགས་རམ']);
    const file = submenu(menu, 'ཡིག་སྣོད');
    expect(file.filter((item) => item.label).map((item) => item.label)).toContain('འཆར་གཞི་གསརཔ…');
    // Not yet translated: kept in English rather than guessed.
    expect(file.filter((item) => item.label).map((item) => item.label)).toContain('Receive Updates…');
    click(file, 'འཆར་གཞི་གསརཔ…');
    expect(calls).toEqual(['page new-plan']);
    const language = submenu(menu, 'མཐོང་སྣང').find((item) => item.label === 'སྐད་ཡིག');
    expect(Array.isArray(language?.submenu) && language.submenu.map((item) => item.checked)).toEqual([false, true]);
  });
});
