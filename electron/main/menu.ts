// The native menu: File, Edit, View, Help with the usual accelerators, in the interface's language (View > Language;
// rebuilt when it changes). Roles keep their behaviour; their labels come from the catalogue, as Electron would
// otherwise name them in the system's language.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuCommand } from '../../shared/bridge';
import { catalogueOf } from '../../shared/language/catalogue';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/language/languages';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  recentWorkspaces(): readonly string[];
  language(): Language;
  importPlanFile(): void;
  exportPlanFile(): void;
  sendToPage(command: MenuCommand): void;
  print(): void;
  about(): void;
  checkForUpdates(): void;
  openLogFolder(): void;
  isDevelopment: boolean;
}

export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const recent = actions.recentWorkspaces();
  const language = actions.language();
  const t = catalogueOf(language);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t['menu.file'],
      submenu: [
        { label: t['menu.newPlan'], accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.sendToPage('new-plan') },
        { type: 'separator' },
        { label: t['menu.newWorkspace'], accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
        { label: t['menu.openWorkspace'], accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
        {
          label: t['menu.openRecent'],
          submenu:
            recent.length > 0
              ? recent.map((path) => ({ label: basename(path), toolTip: path, click: () => actions.openRecent(path) }))
              : [{ label: t['menu.noRecent'], enabled: false }],
        },
        { type: 'separator' },
        // Not Ctrl+I: that shows an action's details in the Actions view (renderer/src/app/shortcuts.ts lists every key).
        { label: t['menu.importPlan'], accelerator: 'CmdOrCtrl+Shift+O', click: actions.importPlanFile },
        { label: t['menu.receiveUpdates'], accelerator: 'CmdOrCtrl+U', click: () => actions.sendToPage('receive-updates') },
        { label: t['menu.exportPlan'], accelerator: 'CmdOrCtrl+E', click: actions.exportPlanFile },
        { type: 'separator' },
        { label: t['menu.restoreBackup'], click: () => actions.sendToPage('restore-backup') },
        { type: 'separator' },
        { label: t['menu.print'], accelerator: 'CmdOrCtrl+P', click: actions.print },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: t['menu.edit'],
      submenu: [
        // The plan's undo, not the browser's: the page decides (a text field being typed in undoes its own text).
        // The keys reach the page (registerAccelerator: false, on Windows and Linux; on macOS the page sees them
        // first and keeps those it handles), so each press undoes once; the menu item shows the key and sends the command.
        { label: t['menu.undo'], accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.sendToPage('undo') },
        { label: t['menu.redo'], accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', registerAccelerator: false, click: () => actions.sendToPage('redo') },
        { type: 'separator' },
        { role: 'cut', label: t['menu.cut'] },
        { role: 'copy', label: t['menu.copy'] },
        { role: 'paste', label: t['menu.paste'] },
        { role: 'selectAll', label: t['menu.selectAll'] },
      ],
    },
    {
      label: t['menu.view'],
      submenu: [
        ...(actions.isDevelopment
          ? ([{ role: 'reload', label: t['menu.reload'] }, { role: 'toggleDevTools', label: t['menu.devTools'] }, { type: 'separator' }] as MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: t['menu.actualSize'] },
        { role: 'zoomIn', label: t['menu.zoomIn'] },
        { role: 'zoomOut', label: t['menu.zoomOut'] },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t['menu.fullScreen'] },
        { type: 'separator' },
        {
          label: t['menu.language'],
          // Each language named in itself, so a reader finds theirs whatever the menu speaks now.
          submenu: LANGUAGES.map((each) => ({ label: LANGUAGE_NAMES[each], type: 'radio' as const, checked: each === language, click: () => actions.sendToPage(`language-${each}`) })),
        },
      ],
    },
    {
      label: t['menu.help'],
      submenu: [
        { label: t['menu.shortcuts'], click: () => actions.sendToPage('show-shortcuts') },
        { type: 'separator' },
        { label: t['menu.checkUpdates'], click: actions.checkForUpdates },
        { label: t['menu.logFolder'], click: actions.openLogFolder },
        { type: 'separator' },
        { label: t['menu.about'], click: actions.about },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
