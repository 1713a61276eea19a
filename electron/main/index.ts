// The Electron main process: one instance, the workspace database opened and migrated before the window
// shows, the contract's handlers registered on IPC, the menu and the system dialogs. Everything else is core.
import { app, BrowserWindow, dialog, ipcMain, Menu, type IpcMainInvokeEvent } from 'electron';
import { userInfo } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/bridge';
import { METHODS } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { WorkspaceBackups } from '../core/backups/workspace-backups';
import type { AppContext } from '../core/host/context';
import { registerContract, toErrorResult } from '../core/host/dispatch';
import { createHandlers } from '../core/app/handlers';
import { openDatabase, type Connection } from '../core/db/connection';
import { exportPlanFile } from '../core/planfile/export-plan-file';
import { writeFileWhole } from '../core/files/write-file';
import { PreferencesStore } from '../core/preferences/preferences';
import { buildMenu } from './menu';
import { printPageUrl, printReport, saveReportPdf } from './report-pdf';
import { electronNativeBinding } from './native-binding';
import { isAllowedNavigation } from './security-policy';
import { createMainWindow, lockDownSession, rendererUrl } from './window';

const WORKSPACE_FILTERS = [{ name: 'PlanDesk workspace', extensions: ['sqlite', 'plandesk'] }];
const PLAN_FILE_FILTERS = [{ name: 'PlanDesk plan (JSON)', extensions: ['json'] }];
/** How often the editing backups are looked at: one is taken after two hours of editing (core/backups). */
const EDITING_BACKUP_CHECK_MS = 10 * 60_000;

let mainWindow: BrowserWindow | null = null;
let connection: Connection | null = null;

function currentConnection(): Connection {
  if (!connection) throw new AppError('not_available', 'No workspace is open');
  return connection;
}

function sendToPage(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function showError(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  await app.whenReady();
  lockDownSession();

  const preferences = new PreferencesStore(join(app.getPath('userData'), 'preferences.json'));
  const nativeBinding = electronNativeBinding();
  const defaultWorkspace = join(app.getPath('userData'), 'plandesk.sqlite');
  // Every workspace's backups, in a folder of its own under the user-data folder's backups/ (README, "Backups").
  const backupsRoot = join(app.getPath('userData'), 'backups');
  const backups = new WorkspaceBackups({ root: backupsRoot });

  /** A backup that could not be taken is said, not silent; the work goes on (an import is refused until it can). */
  function backupFailed(error: unknown): void {
    void dialog.showMessageBox({ type: 'warning', title: 'PlanDesk', message: 'A backup of the workspace could not be taken', detail: error instanceof Error ? error.message : String(error) });
  }

  /** A damaged workspace was refused unwritten: offers its newest intact backup, restored into a new file. */
  async function offerBackupOf(path: string, damage: string): Promise<boolean> {
    const backup = backups.newestIntact(path);
    if (!backup) {
      dialog.showErrorBox(`Could not open ${basename(path)}`, `${damage}\n\nNo intact backup of it was found in ${backups.folderOf(path)}.`);
      return false;
    }
    const taken = new Date(backup.takenAt).toLocaleString();
    const answer = await dialog.showMessageBox({
      type: 'warning',
      title: 'PlanDesk',
      message: `${basename(path)} is damaged`,
      detail: `${damage}\n\nIts newest intact backup was taken ${taken} and holds ${backup.plans} plan(s) and ${backup.actions} action(s). Restore it into a new workspace file? The damaged file is left as it is.`,
      buttons: ['Restore into a New File…', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
    });
    if (answer.response !== 0) return false;
    const target = await dialog.showSaveDialog({ title: 'Restore the backup into a new workspace file', defaultPath: join(dirname(path), `${basename(path, extname(path))}-restored.sqlite`), filters: WORKSPACE_FILTERS });
    if (target.canceled || !target.filePath) return false;
    try {
      await backups.restore(path, basename(backup.path), target.filePath);
    } catch (error) {
      showError('Could not restore the backup', error);
      return false;
    }
    return switchWorkspace(target.filePath);
  }

  const refreshMenu = () => Menu.setApplicationMenu(buildMenu(menuActions));

  /** Opens (or creates) a workspace file, migrated, then swaps it in; the old one stays open if this fails. */
  async function switchWorkspace(path: string): Promise<boolean> {
    try {
      const next = await openDatabase(path, { nativeBinding });
      const previous = connection;
      connection = next;
      await previous?.close();
      backups.opened();
      void backups.take(next.path, 'opened').catch(backupFailed);
      preferences.rememberWorkspace(path);
      refreshMenu();
      sendToPage('workspace-changed');
      return true;
    } catch (error) {
      if (error instanceof AppError && (error.details as { damaged?: boolean } | undefined)?.damaged) return offerBackupOf(path, error.message);
      showError(`Could not open ${basename(path)}`, error);
      return false;
    }
  }

  async function chooseWorkspaceFile(mode: 'new' | 'open'): Promise<boolean> {
    const window = mainWindow ?? undefined;
    if (mode === 'new') {
      const result = window
        ? await dialog.showSaveDialog(window, { title: 'New workspace', defaultPath: 'plandesk.sqlite', filters: WORKSPACE_FILTERS })
        : await dialog.showSaveDialog({ title: 'New workspace', defaultPath: 'plandesk.sqlite', filters: WORKSPACE_FILTERS });
      if (result.canceled || !result.filePath) return false;
      return switchWorkspace(result.filePath);
    }
    const options = { title: 'Open workspace', properties: ['openFile' as const], filters: WORKSPACE_FILTERS };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = result.filePaths[0];
    if (result.canceled || !path) return false;
    return switchWorkspace(path);
  }

  const context: AppContext = {
    version: app.getVersion(),
    shell: 'electron',
    connection: currentConnection,
    userName: () => preferences.get().userName,
    fallbackUserName: userInfo().username,
    setUserName: async (name) => {
      preferences.update({ userName: name });
    },
    chooseWorkspaceFile,
    saveReportPdf: (pack) => saveReportPdf(pack, mainWindow),
    printReport,
    // Exchange, packages and exports: the user picks files in the system's dialogs; the page never names a path.
    chooseFiles: async ({ title, filters, multiple }) => {
      const options = { title, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), properties: multiple ? ['openFile' as const, 'multiSelections' as const] : ['openFile' as const] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const options = { title, defaultPath: defaultName, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFolder: async ({ title }) => {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    samplePlanPath: app.isPackaged
      ? join(process.resourcesPath, 'sample-plan.tsv')
      : join(app.getAppPath(), 'resources', 'sample-plan.tsv'),
    backupsRoot,
    now: () => new Date(),
  };

  async function exportPlanFileFromDialog(): Promise<void> {
    if (!mainWindow) return;
    const result = await dialog.showSaveDialog(mainWindow, { title: 'Export plans', defaultPath: 'plan.json', filters: PLAN_FILE_FILTERS });
    if (result.canceled || !result.filePath) return;
    try {
      const file = await exportPlanFile(currentConnection().db);
      await writeFileWhole(result.filePath, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
      showError('Could not export the plans', error);
    }
  }

  const menuActions = {
    newWorkspace: () => void chooseWorkspaceFile('new'),
    openWorkspace: () => void chooseWorkspaceFile('open'),
    openRecent: (path: string) => void switchWorkspace(path),
    recentWorkspaces: () => preferences.get().recentWorkspaces,
    // File > Import Plan… opens the page's import dialog: spreadsheets and JSON plan files alike are previewed there
    // (mapping, tree, report, matches) before anything is written.
    importPlanFile: () => sendToPage('import'),
    exportPlanFile: () => void exportPlanFileFromDialog(),
    sendToPage,
    print: () => mainWindow?.webContents.print(),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'About PlanDesk',
        message: `PlanDesk ${app.getVersion()}`,
        detail: `The implementation and monitoring plan desk of the e-Government PMU.\nWorkspace: ${connection?.path ?? 'none'}`,
      }),
    isDevelopment: !app.isPackaged,
  };

  // The database is open and migrated before the window shows.
  const firstWorkspace = preferences.get().lastWorkspace ?? defaultWorkspace;
  if (!(await switchWorkspace(firstWorkspace)) && firstWorkspace !== defaultWorkspace) {
    await switchWorkspace(defaultWorkspace);
  }
  if (!connection) {
    app.quit();
    return;
  }

  const appUrl = rendererUrl();
  const handlers = createHandlers(context);
  registerContract(handlers, (channel, handle) => {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      // Only our own page may call: a frame that navigated elsewhere gets nothing.
      const senderUrl = event.senderFrame?.url ?? '';
      // The review pack's page (print.html, in its hidden window) calls too.
      if (!isAllowedNavigation(senderUrl, appUrl) && !isAllowedNavigation(senderUrl, printPageUrl())) {
        return { ok: false, error: { code: 'not_available', message: 'Calls are accepted from the PlanDesk window only' } };
      }
      // A backup before an import, a merge or a package is merged; one that cannot be taken refuses it, saying why.
      try {
        await backups.beforeCall(currentConnection().path, channel, METHODS[channel].kind === 'edit');
      } catch (error) {
        return toErrorResult(error);
      }
      return handle(input);
    });
  });

  const editingBackups = setInterval(() => {
    if (connection) void backups.takeIfEditingDue(connection.path).catch(backupFailed);
  }, EDITING_BACKUP_CHECK_MS);

  refreshMenu();
  mainWindow = createMainWindow(preferences);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    clearInterval(editingBackups);
    void connection?.close();
  });
}

void main().catch((error: unknown) => {
  showError('PlanDesk could not start', error);
  app.quit();
});
