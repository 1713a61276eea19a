// An error nobody caught, in the main process or in the window's page: written to the log with its stack, then shown
// with "Copy details" (for an e-mail to support) and "Open log folder". PlanDesk keeps running: every change is
// written to the workspace, in its own transaction, as it is made, so nothing the person did is lost by the error,
// and the workspace is never left half-written. A window whose page died is offered a reload.
import { app, clipboard, dialog, shell, type BrowserWindow, type RenderProcessGoneDetails, type WebContents } from 'electron';
import { describeError, type LogFile } from '../core/log/log-file';

export interface CrashReporting {
  readonly log: LogFile;
  readonly window: () => BrowserWindow | null;
  readonly version: string;
}

/** What "Copy details" copies: enough for support to find the line in the log. */
export function errorDetails(where: string, error: unknown, version: string, at: Date): string {
  return [`PlanDesk ${version}, ${process.platform} ${process.arch}, ${at.toISOString()}`, `Error in ${where}:`, describeError(error)].join('\n');
}

/** Logs the error, then shows it until the person closes the dialog (copying or opening the log folder first if asked). */
export async function reportError(reporting: CrashReporting, where: 'the main process' | 'the window', error: unknown): Promise<void> {
  const { log, window, version } = reporting;
  log.error(`uncaught error in ${where}`, error);
  const details = errorDetails(where, error, version, new Date());
  const message = error instanceof Error ? error.message : String(error);
  for (;;) {
    const options = {
      type: 'error' as const,
      title: 'PlanDesk',
      message: 'Something went wrong in PlanDesk',
      detail:
        `${message}\n\nYour work is safe: every change was saved to the workspace as you made it. ` +
        `PlanDesk keeps running; if something looks wrong, restart it. The details are in the log (${log.path}).`,
      buttons: ['Copy details', 'Open log folder', 'Close'],
      defaultId: 2,
      cancelId: 2,
      noLink: true,
    };
    const current = window();
    const { response } = current ? await dialog.showMessageBox(current, options) : await dialog.showMessageBox(options);
    if (response === 0) {
      clipboard.writeText(details);
      continue;
    }
    if (response === 1) await shell.openPath(log.folder);
    return;
  }
}

/** The page of a window died (a crash, out of memory): said, logged, and the window reloaded if the person wants. */
export async function reportPageGone(reporting: CrashReporting, contents: WebContents, details: RenderProcessGoneDetails): Promise<void> {
  if (details.reason === 'clean-exit') return;
  reporting.log.warn('window page gone', { reason: details.reason, exitCode: details.exitCode });
  const options = {
    type: 'warning' as const,
    title: 'PlanDesk',
    message: 'The PlanDesk window stopped working',
    detail: `Reason: ${details.reason}. Your work is safe: every change was saved to the workspace as you made it.`,
    buttons: ['Reload the window', 'Open log folder', 'Close'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
  const { response } = await dialog.showMessageBox(options);
  if (response === 0 && !contents.isDestroyed()) contents.reload();
  if (response === 1) await shell.openPath(reporting.log.folder);
}

/** Errors nobody caught in the main process, and pages that die, are reported; the process is not ended by them. */
export function watchForCrashes(reporting: CrashReporting): void {
  process.on('uncaughtException', (error) => void reportError(reporting, 'the main process', error));
  process.on('unhandledRejection', (reason) => void reportError(reporting, 'the main process', reason));
  app.on('render-process-gone', (_event, contents, details) => void reportPageGone(reporting, contents, details));
}
