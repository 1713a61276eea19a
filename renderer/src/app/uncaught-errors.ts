// Errors nobody caught in the page: in the desktop app they go to the main process, which writes them to the support
// log with their stack and shows the crash dialog ("Copy details", "Open log folder"). A rejected promise that is a
// refusal with words (an AppError: busy, read-only, a bad file) is no crash: the error banner shows it, as before.
import type { PageErrorReport } from '../../../shared/bridge';
import { AppError } from '../../../shared/result';
import { reportError } from '../data/errors';

function reportOf(kind: PageErrorReport['kind'], thrown: unknown, fallback: string): PageErrorReport {
  if (thrown instanceof Error) return { kind, message: thrown.message || thrown.name, stack: thrown.stack ?? null };
  return { kind, message: thrown === undefined || thrown === null ? fallback : String(thrown), stack: null };
}

export function watchUncaughtErrors(): void {
  window.addEventListener('error', (event) => {
    window.desktop?.reportUncaughtError(reportOf('error', event.error, event.message || 'an error in the page'));
  });
  window.addEventListener('unhandledrejection', (event) => {
    // Whatever it is, the person sees it in the banner too: the window says something went wrong.
    reportError(event.reason);
    if (event.reason instanceof AppError) return;
    window.desktop?.reportUncaughtError(reportOf('unhandledrejection', event.reason, 'a promise rejected without a reason'));
  });
}
