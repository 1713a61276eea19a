// Errors nobody caught in the window's page, sent by the preload (PAGE_ERROR_CHANNEL, shared/bridge.ts): written to the
// support log with the page's stack and shown with the crash dialog, as the main process's own (crash.ts). Only our own
// pages are heard, and what they send is checked and cut to size: a page is not trusted to send an error that fits.
// A page failing over and over (an error on every frame) shows one dialog at a time; the rest are logged.
import { ipcMain, type IpcMainEvent } from 'electron';
import { PAGE_ERROR_CHANNEL } from '../../shared/bridge';
import { reportError, type CrashReporting } from './crash';

const MAX_MESSAGE = 2_000;
const MAX_STACK = 20_000;

/** What the page sent, as an Error carrying the page's stack; null when it is not a page error report. */
export function pageErrorOf(report: unknown): Error | null {
  if (typeof report !== 'object' || report === null) return null;
  const { kind, message, stack } = report as Record<string, unknown>;
  if ((kind !== 'error' && kind !== 'unhandledrejection') || typeof message !== 'string' || (stack !== null && typeof stack !== 'string')) return null;
  const error = new Error(message.slice(0, MAX_MESSAGE));
  error.name = kind === 'error' ? 'Error in the page' : 'Rejection in the page';
  error.stack = stack === null ? `${error.name}: ${error.message}\n    (no stack: what was thrown is not an Error)` : stack.slice(0, MAX_STACK);
  return error;
}

/** Hears the page's uncaught errors from pages whose address `isOurPage` accepts. */
export function watchPageErrors(reporting: CrashReporting, isOurPage: (url: string) => boolean): void {
  let showing = false;
  ipcMain.on(PAGE_ERROR_CHANNEL, (event: IpcMainEvent, report: unknown) => {
    if (!isOurPage(event.senderFrame?.url ?? '')) return;
    const error = pageErrorOf(report);
    if (!error) {
      reporting.log.warn('a page sent an error report that is not one', { channel: PAGE_ERROR_CHANNEL });
      return;
    }
    if (showing) {
      reporting.log.error('uncaught error in the window (while its dialog was open)', error);
      return;
    }
    showing = true;
    void reportError(reporting, 'the window', error).finally(() => {
      showing = false;
    });
  });
}
