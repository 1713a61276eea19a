// The page's typed client: window.api (built by the preload, or by the browser harness's shim) and helpers
// that turn a Result into a value, sending any error to the error banner so that nothing fails silently.
import type { Api, DesktopBridge } from '../../../shared/bridge';
import { METHODS, type Channel } from '../../../shared/contract/methods';
import type { OperationEvents } from '../../../shared/operations';
import { AppError, type Result } from '../../../shared/result';
import { reportError } from './errors';
import { noteEdit } from './plan-edits';

declare global {
  interface Window {
    readonly api: Api;
    /** Only in the desktop app: menu commands from the native menu. */
    readonly desktop?: DesktopBridge;
    /** Long operations' progress (the preload, or the browser harness's shim). */
    readonly operations?: OperationEvents;
  }
}

export type { Api } from '../../../shared/bridge';

/** window.api with each edit method noting, once it succeeded, that the workspace changed (plan-edits.ts). */
const counted = new WeakMap<Api, Api>();

function countingEdits(raw: Api): Api {
  const groups: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [domain, methods] of Object.entries(raw as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)) {
    const group: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
    for (const [verb, call] of Object.entries(methods)) {
      const method = METHODS[`${domain}:${verb}` as Channel] as (typeof METHODS)[Channel] | undefined;
      group[verb] =
        method?.kind === 'edit'
          ? async (input) => {
              const result = await call(input);
              if (result.ok) noteEdit();
              return result;
            }
          : call;
    }
    groups[domain] = group;
  }
  return groups as unknown as Api;
}

export function api(): Api {
  if (!window.api) throw new Error('window.api is missing: the page was opened outside PlanDesk');
  let wrapped = counted.get(window.api);
  if (!wrapped) {
    wrapped = countingEdits(window.api);
    counted.set(window.api, wrapped);
  }
  return wrapped;
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
