// The native menu: File, Edit, View, Help with the usual accelerators.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuCommand } from '../../shared/bridge';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  recentWorkspaces(): readonly string[];
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
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Plan…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.sendToPage('new-plan') },
        { type: 'separator' },
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
        {
          label: 'Open Recent',
          submenu:
            recent.length > 0
              ? recent.map((path) => ({ label: basename(path), toolTip: path, click: () => actions.openRecent(path) }))
              : [{ label: 'No recent workspaces', enabled: false }],
        },
        { type: 'separator' },
        // Not Ctrl+I: that shows an action's details in the Actions view (renderer/src/app/shortcuts.ts lists every key).
        { label: 'Import Plan…', accelerator: 'CmdOrCtrl+Shift+O', click: actions.importPlanFile },
        { label: 'Receive Updates…', accelerator: 'CmdOrCtrl+U', click: () => actions.sendToPage('receive-updates') },
        { label: 'Export Plan…', accelerator: 'CmdOrCtrl+E', click: actions.exportPlanFile },
        { type: 'separator' },
        { label: 'Restore from Backup…', click: () => actions.sendToPage('restore-backup') },
        { type: 'separator' },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: actions.print },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The plan's undo, not the browser's: the page decides (a text field being typed in undoes its own text).
        // The keys reach the page (registerAccelerator: false, on Windows and Linux; on macOS the page sees them
        // first and keeps those it handles), so each press undoes once; the menu item shows the key and sends the command.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.sendToPage('undo') },
        { label: 'Redo', accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', registerAccelerator: false, click: () => actions.sendToPage('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(actions.isDevelopment
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', click: () => actions.sendToPage('show-shortcuts') },
        { type: 'separator' },
        { label: 'Check for Updates…', click: actions.checkForUpdates },
        { label: 'Open Log Folder', click: actions.openLogFolder },
        { type: 'separator' },
        { label: 'About PlanDesk', click: actions.about },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
