// The preload: exposes exactly the contract's named functions as window.api, a way to hear menu commands, one to
// hear long operations' progress (window.operations), and one to tell the main process of an error the page did not
// catch. Never a generic invoke: a script injected into the page could otherwise reach every handler.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, MENU_CHANNEL, MENU_COMMANDS, PAGE_ERROR_CHANNEL, type DesktopBridge, type MenuCommand, type PageErrorReport } from '../../shared/bridge';
import { isOperationProgress, OPERATION_CHANNEL, type OperationEvents, type OperationProgress } from '../../shared/operations';

// The main process answers with the JSON text of each Result, made in the core's worker (core/app/worker/protocol.ts).
const api = buildApi(async (channel, input) => JSON.parse((await ipcRenderer.invoke(channel, input)) as string) as unknown);

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

const operations: OperationEvents = {
  onProgress(listener: (progress: OperationProgress) => void): () => void {
    const handler = (_event: unknown, progress: unknown) => {
      if (isOperationProgress(progress)) listener(progress);
    };
    ipcRenderer.on(OPERATION_CHANNEL, handler);
    return () => ipcRenderer.removeListener(OPERATION_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('operations', operations);
contextBridge.exposeInMainWorld('desktop', desktop);
