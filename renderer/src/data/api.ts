// The page's typed client: window.api (built by the preload, or by the browser harness's shim) and helpers
// that turn a Result into a value, sending any error to the error banner so that nothing fails silently.
import type { Api, DesktopBridge } from '../../../shared/bridge';
import { AppError, type Result } from '../../../shared/result';
import { reportError } from './errors';

declare global {
  interface Window {
    readonly api: Api;
    /** Only in the desktop app: menu commands from the native menu. */
    readonly desktop?: DesktopBridge;
  }
}

export type { Api } from '../../../shared/bridge';

export function api(): Api {
  if (!window.api) throw new Error('window.api is missing: the page was opened outside PlanDesk');
  return window.api;
}

/** The call's value, or throws the AppError the main process answered: for callers that handle the failure themselves. */
export async function request<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

/** The call's value, or undefined after showing the error in the banner. */
export async function attempt<T>(call: Promise<Result<T>>): Promise<T | undefined> {
  try {
    return await request(call);
  } catch (error) {
    reportError(error);
    return undefined;
  }
}
