// The preload: exposes exactly the contract's named functions as window.api, a way to hear menu commands, and one to
// tell the main process of an error the page did not catch.
// Never a generic invoke: a script injected into the page could otherwise reach every handler.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, MENU_CHANNEL, MENU_COMMANDS, PAGE_ERROR_CHANNEL, type DesktopBridge, type MenuCommand, type PageErrorReport } from '../../shared/bridge';

const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input));

const desktop: DesktopBridge = {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) {
        listener(command as MenuCommand);
      }
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
  reportUncaughtError(report: PageErrorReport): void {
    ipcRenderer.send(PAGE_ERROR_CHANNEL, report);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('desktop', desktop);
