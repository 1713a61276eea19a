// The Electron main process: one instance, the core started in its worker thread (core/app/worker) with the
// workspace opened and migrated before the window shows, the contract's channels registered on IPC and passed to
// the worker, operations' progress sent to the window, the backups, the log, updates, the menu and the system
// dialogs. Everything else is core.
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type IpcMainInvokeEvent } from 'electron';
import { userInfo } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/bridge';
import { METHODS, type Channel } from '../../shared/contract';
import { CHANNELS } from '../../shared/contract/methods';
import { OPERATION_CHANNEL } from '../../shared/operations';
import { AppError } from '../../shared/result';
import { WorkerHost, type WorkerHostOptions } from '../core/app/worker/host';
import { WorkspaceBackups } from '../core/backups/workspace-backups';
import { LogFile } from '../core/log/log-file';
import { writeFileWhole } from '../core/files/write-file';
import { PreferencesStore } from '../core/preferences/preferences';
import { readUpdateSetting, updateConfigPlaces } from '../core/updates/update-config';
import { watchForCrashes } from './crash';
import { watchPageErrors } from './renderer-errors';
import { buildMenu } from './menu';
import { printPageUrl, printReport, saveReportPdf } from './report-pdf';
import { electronNativeBinding } from './native-binding';
import { isAllowedNavigation } from './security-policy';
import { packagesOnCommandLine, SystemFiles } from './system-files';
import { Updates } from './updates';
import { createMainWindow, lockDownSession, rendererUrl } from './window';

const WORKSPACE_FILTERS = [{ name: 'PlanDesk workspace', extensions: ['sqlite', 'plandesk'] }];
const PLAN_FILE_FILTERS = [{ name: 'PlanDesk plan (JSON)', extensions: ['json'] }];
/** A call taking longer than this is written to the log with its duration. */
const LONG_OPERATION_MS = 1000;
/** How often the editing backups are looked at: one is taken after two hours of editing (core/backups). */
const EDITING_BACKUP_CHECK_MS = 10 * 60_000;

let mainWindow: BrowserWindow | null = null;
let core: WorkerHost | null = null;

function sendToPage(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

/** The error of a call's answer when it is a refusal or a failure (read only then: most answers are values). */
function refusalIn(json: string): { readonly code: string; readonly message: string } | null {
  if (!json.startsWith('{"ok":false')) return null;
  return (JSON.parse(json) as { error: { code: string; message: string } }).error;
}

function showError(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // A .pmupack the system gives the app (a double-click in the file manager) waits for the page's Open package…:
  // on the command line of this launch, of a second launch (passed here), or in macOS's open-file.
  const systemFiles = new SystemFiles();
  const givePackage = (path: string | undefined) => {
    if (!path) return;
    systemFiles.give(path);
    sendToPage('open-package');
  };
  const firstPackage = packagesOnCommandLine(process.argv.slice(1), process.cwd()).at(-1);
  if (firstPackage) systemFiles.give(firstPackage);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    givePackage(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    givePackage(packagesOnCommandLine(argv.slice(1), workingDirectory).at(-1));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  await app.whenReady();
  lockDownSession();

  // The support log (the app's log folder, rotated): start, workspaces opened, long operations, refusals and errors.
  const log = new LogFile({ folder: app.getPath('logs') });
  log.info('PlanDesk started', { version: app.getVersion(), platform: process.platform, arch: process.arch });
  watchForCrashes({ log, window: () => mainWindow, version: app.getVersion() });
  const updatePlaces = updateConfigPlaces(process.platform, process.env, app.getPath('userData'));
  const updates = new Updates({ setting: readUpdateSetting(updatePlaces), places: updatePlaces, currentVersion: app.getVersion(), log, window: () => mainWindow });

  const preferences = new PreferencesStore(join(app.getPath('userData'), 'preferences.json'));
  const nativeBinding = electronNativeBinding();
  const defaultWorkspace = join(app.getPath('userData'), 'plandesk.sqlite');
  // Every workspace's backups, in a folder of its own under the user-data folder's backups/ (README, "Backups").
  const backupsRoot = join(app.getPath('userData'), 'backups');
  const backups = new WorkspaceBackups({ root: backupsRoot });

  /** A backup that could not be taken is said, not silent; the work goes on (an import is refused until it can). */
  function backupFailed(error: unknown): void {
    log.error('backup not taken', error);
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
      if (core) await core.openWorkspace(path);
      else core = await WorkerHost.start({ ...coreOptions, workspace: path });
      log.info('workspace opened', { path });
      backups.opened();
      void backups.take(path, 'opened').catch(backupFailed);
      preferences.rememberWorkspace(path);
      refreshMenu();
      sendToPage('workspace-changed');
      return true;
    } catch (error) {
      log.error('workspace not opened', error, { path });
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

  const coreOptions: Omit<WorkerHostOptions, 'workspace'> = {
    version: app.getVersion(),
    shell: 'electron',
    userName: preferences.get().userName,
    fallbackUserName: userInfo().username,
    saveUserName: (name) => {
      preferences.update({ userName: name });
    },
    language: preferences.get().language,
    // The page chose the language (View > Language): the menu speaks it from now on, without a restart.
    saveLanguage: (language) => {
      preferences.update({ language });
      refreshMenu();
    },
    chooseWorkspaceFile,
    samplePlanPath: app.isPackaged
      ? join(process.resourcesPath, 'sample-plan.tsv')
      : join(app.getAppPath(), 'resources', 'sample-plan.tsv'),
    nativeBinding,
    // electron-vite builds the worker beside this file (electron.vite.config.ts).
    workerFile: join(import.meta.dirname, 'worker.js'),
    backupsRoot,
    // A backup before an import, a merge or a package is merged, taken before the worker gets the call; one that
    // cannot be taken refuses it, saying why.
    beforeCall: (workspace, channel) => backups.beforeCall(workspace, channel, METHODS[channel as Channel]?.kind === 'edit'),
    capabilities: {
      saveReportPdf: (pack, progress) => saveReportPdf(pack, mainWindow, progress),
      printReport: (pack, progress) => printReport(pack, progress),
      // Exchange, packages and exports: the user picks files in the system's dialogs; the page never names a path.
      chooseFiles: async ({ title, filters, multiple }) => {
        // A package the system gave the app answers the next Open package… in place of the dialog.
        const given = systemFiles.takeFor(filters);
        if (given) return [given];
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
    },
  };

  async function exportPlanFileFromDialog(): Promise<void> {
    if (!mainWindow) return;
    const result = await dialog.showSaveDialog(mainWindow, { title: 'Export plans', defaultPath: 'plan.json', filters: PLAN_FILE_FILTERS });
    if (result.canceled || !result.filePath) return;
    try {
      if (!core) return;
      const file = await core.run('planfile:export', {});
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
    language: () => preferences.get().language,
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
        detail: `The implementation and monitoring plan desk of the e-Government PMU.\nWorkspace: ${core?.workspacePath ?? 'none'}`,
      }),
    checkForUpdates: () => void updates.checkFromMenu(),
    openLogFolder: () => void shell.openPath(log.folder),
    isDevelopment: !app.isPackaged,
  };

  // The database is open and migrated before the window shows.
  const firstWorkspace = preferences.get().lastWorkspace ?? defaultWorkspace;
  if (!(await switchWorkspace(firstWorkspace)) && firstWorkspace !== defaultWorkspace) {
    await switchWorkspace(defaultWorkspace);
  }
  if (!core) {
    app.quit();
    return;
  }
  const host = core;

  const appUrl = rendererUrl();
  // The page's own uncaught errors: logged and shown as the main process's are (renderer-errors.ts).
  watchPageErrors({ log, window: () => mainWindow, version: app.getVersion() }, (url) => isAllowedNavigation(url, appUrl) || isAllowedNavigation(url, printPageUrl()));
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      // Only our own page may call: a frame that navigated elsewhere gets nothing.
      const senderUrl = event.senderFrame?.url ?? '';
      // The review pack's page (print.html, in its hidden window) calls too.
      if (!isAllowedNavigation(senderUrl, appUrl) && !isAllowedNavigation(senderUrl, printPageUrl())) {
        return JSON.stringify({ ok: false, error: { code: 'not_available', message: 'Calls are accepted from the PlanDesk window only' } });
      }
      // The Result as JSON text, made in the core's worker (app/worker/protocol.ts); the preload reads it.
      const started = performance.now();
      const json = await host.callJson(channel, input);
      const ms = Math.round(performance.now() - started);
      const refusal = refusalIn(json);
      if (refusal) log.warn('refused', { channel, code: refusal.code, message: refusal.message, ms });
      else if (ms >= LONG_OPERATION_MS) log.info('long operation', { channel, ms });
      return json;
    });
  }
  // Long operations' progress, for the window's progress bar (the preload's window.operations).
  host.onProgress((progress) => mainWindow?.webContents.send(OPERATION_CHANNEL, progress));

  const editingBackups = setInterval(() => {
    void backups.takeIfEditingDue(host.workspacePath).catch(backupFailed);
  }, EDITING_BACKUP_CHECK_MS);

  refreshMenu();
  mainWindow = createMainWindow(preferences);
  // A package given on this launch's command line: the page opens its review once it is there.
  mainWindow.webContents.once('did-finish-load', () => {
    if (systemFiles.hasWaiting) sendToPage('open-package');
  });
  void updates.checkOnStart().catch((error: unknown) => log.error('update check failed', error));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  app.on('window-all-closed', () => app.quit());
  // The workspace is closed (its write-ahead log folded back into the file) before the process ends.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !core) return;
    event.preventDefault();
    closed = true;
    log.info('PlanDesk quitting');
    clearInterval(editingBackups);
    void core.close().finally(() => app.quit());
  });
}

void main().catch((error: unknown) => {
  showError('PlanDesk could not start', error);
  app.quit();
});
