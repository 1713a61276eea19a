// A recording stand-in for the `electron` module, so that the main process's code (electron/main) runs under Vitest
// without Electron: vitest.config.ts aliases 'electron' to this file for the main-process tests. It is the only fake
// in those tests. It records what the code asks of Electron (menus and their accelerators, IPC handlers, the windows'
// web contents handlers, permission handlers, dialogs, files opened with the system) and lets a test play the system's
// part: emit app events (second-instance, open-file), answer dialogs, trigger navigation or window.open.
import { EventEmitter } from 'node:events';
import { request as httpRequest, type ClientRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { MenuItemConstructorOptions, MessageBoxOptions, MessageBoxReturnValue, OpenDialogOptions, SaveDialogOptions } from 'electron';

type Listener = (...args: unknown[]) => unknown;

/** What the code under test did with Electron; reset between tests by `resetElectron()`. */
export const recorded = {
  ipcHandlers: new Map<string, Listener>(),
  /** Listeners of one-way messages from pages (ipcMain.on), by channel. */
  ipcListeners: new Map<string, Listener[]>(),
  applicationMenus: [] as StandInMenu[],
  windows: [] as StandInBrowserWindow[],
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as MessageBoxOptions[],
  openDialogs: [] as OpenDialogOptions[],
  saveDialogs: [] as SaveDialogOptions[],
  openedPaths: [] as string[],
  openedExternal: [] as string[],
  clipboard: [] as string[],
  recentDocuments: [] as string[],
  quitCalls: 0,
  permissionRequestHandler: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheckHandler: null as null | ((contents: unknown, permission: string) => boolean),
};

/** How the next dialogs answer (first in, first out); a dialog with no answer queued is cancelled. */
export const answers = {
  messageBox: [] as number[],
  openDialog: [] as string[][],
  saveDialog: [] as string[],
};

export class StandInMenu {
  constructor(readonly items: MenuItemConstructorOptions[]) {}
  static buildFromTemplate(template: MenuItemConstructorOptions[]): StandInMenu {
    return new StandInMenu(template);
  }
  static setApplicationMenu(menu: StandInMenu | null): void {
    if (menu) recorded.applicationMenus.push(menu);
  }
}

export class StandInWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly loaded: string[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** What the page answers to a script the main process runs in it (the print page says when it is laid out). */
  answerScript: (code: string) => unknown = () => '';
  /** Whether the system's print dialog prints (true) or is cancelled. */
  printAnswer = true;
  readonly printed: unknown[] = [];
  print(options: unknown, callback?: (printed: boolean) => void): void {
    this.printed.push(options);
    callback?.(this.printAnswer);
  }
  getTitle(): string {
    return 'PlanDesk';
  }
  reloads = 0;
  reload(): void {
    this.reloads += 1;
  }
  isDestroyed(): boolean {
    return false;
  }
  async executeJavaScript(code: string): Promise<unknown> {
    return this.answerScript(code);
  }
  /** Plays a navigation the page asks for; true when the code let it happen. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true), url }, url);
    return !prevented;
  }
}

/** Set up each window's web contents as it is made (a test's page answers, say). */
export const onNewWindow: { prepare: (contents: StandInWebContents) => void } = { prepare: () => undefined };

export class StandInBrowserWindow extends EventEmitter {
  readonly webContents = new StandInWebContents();
  destroyed = false;
  visible = false;
  minimized = false;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    onNewWindow.prepare(this.webContents);
    recorded.windows.push(this);
  }
  static getAllWindows(): StandInBrowserWindow[] {
    return recorded.windows.filter((window) => !window.destroyed);
  }
  async loadFile(path: string): Promise<void> {
    this.webContents.loaded.push(`file:${path}`);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.loaded.push(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1366, height: 860 };
  }
  destroy(): void {
    this.destroyed = true;
  }
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

class StandInApp extends EventEmitter {
  isPackaged = false;
  name = 'PlanDesk';
  paths: Record<string, string> = { userData: '/tmp/plandesk-stand-in/user-data', logs: '/tmp/plandesk-stand-in/logs' };
  singleInstance = true;
  private readyResolve: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return this.name;
  }
  relaunch(): void {}
  getAppPath(): string {
    return process.cwd();
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`The stand-in has no path "${name}"`);
    return path;
  }
  setAppLogsPath(): void {}
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** The system says the app is ready. */
  becomeReady(): void {
    this.readyResolve();
    this.emit('ready');
  }
  addRecentDocument(path: string): void {
    recorded.recentDocuments.push(path);
  }
  quit(): void {
    recorded.quitCalls += 1;
  }
  exit(): void {
    recorded.quitCalls += 1;
  }
}

export const app = new StandInApp();

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    recorded.ipcHandlers.delete(channel);
  },
  on(channel: string, listener: Listener): void {
    recorded.ipcListeners.set(channel, [...(recorded.ipcListeners.get(channel) ?? []), listener]);
  },
  /** Plays a page sending a one-way message (ipcRenderer.send) from the frame at `url`. */
  emitFromPage(channel: string, url: string, ...args: unknown[]): void {
    for (const listener of recorded.ipcListeners.get(channel) ?? []) listener({ senderFrame: { url } }, ...args);
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    recorded.errorBoxes.push({ title, content });
  },
  async showMessageBox(...args: unknown[]): Promise<MessageBoxReturnValue> {
    const options = args[args.length - 1] as MessageBoxOptions;
    recorded.messageBoxes.push(options);
    return { response: answers.messageBox.shift() ?? options.cancelId ?? 0, checkboxChecked: false };
  },
  async showOpenDialog(...args: unknown[]) {
    recorded.openDialogs.push(args[args.length - 1] as OpenDialogOptions);
    const filePaths = answers.openDialog.shift();
    return { canceled: !filePaths, filePaths: filePaths ?? [] };
  },
  async showSaveDialog(...args: unknown[]) {
    recorded.saveDialogs.push(args[args.length - 1] as SaveDialogOptions);
    const filePath = answers.saveDialog.shift();
    return { canceled: !filePath, filePath: filePath ?? '' };
  },
};

export const shell = {
  async openPath(path: string): Promise<string> {
    recorded.openedPaths.push(path);
    return '';
  },
  async openExternal(url: string): Promise<void> {
    recorded.openedExternal.push(url);
  },
};

export const clipboard = {
  writeText(text: string): void {
    recorded.clipboard.push(text);
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const session = {
  fromPartition: () => ({}),
  defaultSession: {
    setPermissionRequestHandler(handler: typeof recorded.permissionRequestHandler): void {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: typeof recorded.permissionCheckHandler): void {
      recorded.permissionCheckHandler = handler;
    },
  },
};

/** Electron's network requests (electron-updater's), made with Node's own HTTP client against a real server. */
export const net = {
  request(options: RequestOptions & { protocol?: string; session?: unknown; redirect?: string }): ClientRequest {
    const { session: _session, redirect: _redirect, ...nodeOptions } = options;
    return (nodeOptions.protocol === 'https:' ? httpsRequest : httpRequest)(nodeOptions);
  },
};

/** macOS's native updater, which electron-updater's MacUpdater drives; unused on the systems the tests run on. */
export const autoUpdater = new EventEmitter();

export const Menu = StandInMenu;
export const BrowserWindow = StandInBrowserWindow;

export function resetElectron(): void {
  recorded.ipcHandlers.clear();
  recorded.ipcListeners.clear();
  recorded.applicationMenus.length = 0;
  recorded.windows.length = 0;
  recorded.errorBoxes.length = 0;
  recorded.messageBoxes.length = 0;
  recorded.openDialogs.length = 0;
  recorded.saveDialogs.length = 0;
  recorded.openedPaths.length = 0;
  recorded.openedExternal.length = 0;
  recorded.clipboard.length = 0;
  recorded.recentDocuments.length = 0;
  recorded.quitCalls = 0;
  recorded.permissionRequestHandler = null;
  recorded.permissionCheckHandler = null;
  answers.messageBox.length = 0;
  answers.openDialog.length = 0;
  answers.saveDialog.length = 0;
  app.removeAllListeners();
  onNewWindow.prepare = () => undefined;
}

export default { app, ipcMain, dialog, shell, clipboard, screen, session, net, autoUpdater, Menu, BrowserWindow };
