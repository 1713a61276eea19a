// Updates of an installed PlanDesk, from the update server an IT office names in update.json (core/updates): checked
// on start when the file says so, and from Help > Check for Updates…. Without the file nothing is ever contacted.
// electron-updater reads the server's latest*.yml (a generic provider: a folder of files on any web server),
// downloads the installer, checks its SHA-512 and restarts into it. Where this copy cannot replace itself (installed
// for all users, a .deb, a read-only AppImage) PlanDesk says so and offers the installer to download instead.
import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { autoUpdater as platformUpdater, type AppUpdater, type UpdateInfo } from 'electron-updater';
import { accessSync, constants } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { LogFile } from '../core/log/log-file';
import type { UpdateSetting } from '../core/updates/update-config';

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why this copy cannot install an update by itself (null: it can), in words for the person using it. */
export function installProblem(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, execPath: string, writable = canWrite): string | null {
  const { dirname } = platform === 'win32' ? win32 : posix;
  if (platform === 'linux') {
    const appImage = env['APPIMAGE'];
    if (!appImage) return 'PlanDesk was installed from a .deb package, which only an administrator can replace';
    return writable(appImage) && writable(dirname(appImage)) ? null : `you cannot replace the AppImage ${appImage}`;
  }
  // Windows: the folder of PlanDesk.exe. macOS: the folder holding PlanDesk.app (…/PlanDesk.app/Contents/MacOS/PlanDesk).
  const folder = platform === 'darwin' ? dirname(dirname(dirname(dirname(execPath)))) : dirname(execPath);
  return writable(folder) ? null : `PlanDesk is installed in ${folder}, which only an administrator can change`;
}

const INSTALLER_EXTENSIONS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  win32: ['.exe'],
  darwin: ['.dmg', '.zip'],
  linux: ['.AppImage', '.deb'],
};

/** The installer to download by hand: the server's file for this system, else the server's folder. */
export function installerUrl(info: UpdateInfo, feedUrl: string, platform: NodeJS.Platform): string {
  const extensions = INSTALLER_EXTENSIONS[platform] ?? [];
  const file = extensions.map((extension) => info.files.find((f) => f.url.endsWith(extension))).find((f) => f !== undefined);
  return file ? new URL(file.url, feedUrl).toString() : feedUrl;
}

/** What went wrong, in words that say what to do; electron-updater's own message is kept for the log. */
export function updateErrorMessage(error: unknown, feedUrl: string): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ERR_UPDATER_INVALID_UPDATE_INFO':
    case 'ERR_UPDATER_INVALID_VERSION':
    case 'ERR_UPDATER_NO_FILES_PROVIDED':
    case 'ERR_UPDATER_NO_CHECKSUM':
      return `The update server at ${feedUrl} answered with something that is not PlanDesk's update information. Ask your IT office to check the server's latest.yml files.`;
    case 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND':
      return `The update server at ${feedUrl} has no update information for PlanDesk (no latest.yml there). Ask your IT office to check the address in update.json.`;
    case 'ERR_UPDATER_INVALID_SIGNATURE':
      return 'The downloaded installer is not signed by PlanDesk\'s publisher, so it was not installed. Tell your IT office.';
    default:
      if (/sha512 checksum mismatch/i.test(message)) return 'The downloaded installer was damaged on the way (its checksum does not match), so it was not installed. Try again later.';
      if (/ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_TIMED_OUT|ADDRESS_UNREACHABLE)|ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(message)) {
        return `Could not reach the update server at ${feedUrl}: this computer may be offline, or the server is down. Try again later.`;
      }
      return `Checking for updates at ${feedUrl} failed: ${message.split('\n')[0]}`;
  }
}

export interface UpdatesOptions {
  readonly setting: UpdateSetting;
  /** Where update.json is looked for, to say so when there is none. */
  readonly places: readonly string[];
  readonly currentVersion: string;
  readonly log: LogFile;
  readonly window: () => BrowserWindow | null;
  /** electron-updater's updater for this system (tests give one of its own classes). */
  readonly updater?: () => AppUpdater;
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  readonly execPath?: string;
}

export class Updates {
  private readonly updater: () => AppUpdater;
  private checking = false;

  constructor(private readonly options: UpdatesOptions) {
    this.updater = options.updater ?? (() => platformUpdater);
  }

  /** On start: only when update.json says so, and silently unless there is an update to offer. */
  async checkOnStart(): Promise<void> {
    const { setting } = this.options;
    if (setting.kind === 'invalid') this.options.log.warn('update setting not used', { problem: setting.problem });
    if (setting.kind === 'on' && setting.config.checkOnStart) await this.check(false);
  }

  /** Help > Check for Updates…: says what it found, whatever it is. */
  async checkFromMenu(): Promise<void> {
    await this.check(true);
  }

  private async show(options: MessageBoxOptions): Promise<number> {
    const window = this.options.window();
    return (window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)).response;
  }

  private async check(asked: boolean): Promise<void> {
    const { setting, log, currentVersion } = this.options;
    if (this.checking) return;
    if (setting.kind === 'off') {
      if (asked) {
        await this.show({
          type: 'info',
          title: 'Check for Updates',
          message: 'Updates are not set up on this computer',
          detail:
            'PlanDesk checks for updates only where an IT office has named its update server in a file update.json, here:\n' +
            this.options.places.map((place) => `  ${place}`).join('\n') +
            '\n\nUntil then, your IT office provides new versions of PlanDesk.',
        });
      }
      return;
    }
    if (setting.kind === 'invalid') {
      if (asked) await this.show({ type: 'warning', title: 'Check for Updates', message: 'The update setting cannot be used', detail: `${setting.problem}\n\nAsk your IT office to correct it.` });
      return;
    }
    const { url } = setting.config;
    const updater = this.updater();
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    updater.allowDowngrade = false;
    updater.logger = { info: (m: unknown) => log.info(`updater: ${String(m)}`), warn: (m: unknown) => log.warn(`updater: ${String(m)}`), error: (m: unknown) => log.warn(`updater: ${String(m)}`), debug: () => undefined };
    updater.setFeedURL({ provider: 'generic', url });
    this.checking = true;
    try {
      const result = await log.timed('update check', () => updater.checkForUpdates(), { url });
      if (!result) {
        if (asked) await this.show({ type: 'info', title: 'Check for Updates', message: 'Updates are checked by the installed PlanDesk only', detail: 'This copy runs from its sources.' });
        return;
      }
      if (!result.isUpdateAvailable) {
        if (asked) await this.show({ type: 'info', title: 'Check for Updates', message: `PlanDesk ${currentVersion} is the newest version`, detail: `Checked at ${url}` });
        return;
      }
      // electron-updater looks at the files only when downloading: a latest.yml that lists none is garbage already.
      if (!Array.isArray(result.updateInfo.files) || result.updateInfo.files.length === 0) {
        throw Object.assign(new Error(`The update information lists no files: ${JSON.stringify(result.updateInfo).slice(0, 200)}`), { code: 'ERR_UPDATER_NO_FILES_PROVIDED' });
      }
      await this.offer(updater, result.updateInfo, url);
    } catch (error) {
      const message = updateErrorMessage(error, url);
      log.error('update failed', error, { url });
      if (asked) await this.show({ type: 'warning', title: 'Check for Updates', message: 'PlanDesk could not update', detail: message });
    } finally {
      this.checking = false;
    }
  }

  private async offer(updater: AppUpdater, info: UpdateInfo, url: string): Promise<void> {
    const { currentVersion, log } = this.options;
    const platform = this.options.platform ?? process.platform;
    const installer = installerUrl(info, url, platform);
    const problem = installProblem(platform, this.options.env ?? process.env, this.options.execPath ?? process.execPath);
    log.info('update available', { version: info.version, installable: problem === null });
    if (problem) {
      const download = await this.show({
        type: 'info',
        title: 'Update available',
        message: `PlanDesk ${info.version} is available (you have ${currentVersion})`,
        detail: `This copy cannot update itself: ${problem}. Download the installer and run it, or ask your IT office to install it:\n${installer}`,
        buttons: ['Download the installer', 'Later'],
        defaultId: 0,
        cancelId: 1,
      });
      if (download === 0) await shell.openExternal(installer);
      return;
    }
    const install = await this.show({
      type: 'question',
      title: 'Update available',
      message: `PlanDesk ${info.version} is available (you have ${currentVersion})`,
      detail: 'PlanDesk downloads it, then restarts to install it. Every change you made is already saved in the workspace.',
      buttons: ['Download and restart', 'Later'],
      defaultId: 0,
      cancelId: 1,
    });
    if (install !== 0) return;
    await log.timed('update download', () => updater.downloadUpdate(), { version: info.version });
    log.info('update installing, restarting', { version: info.version });
    updater.quitAndInstall();
  }
}
