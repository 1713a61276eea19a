// window.api: one function per contract method, grouped by domain (`api.plans.tree({ planId })`),
// and the menu commands the main process sends to the page. Built by the preload and by the browser harness.
import { CHANNELS, type Channel } from './contract/methods';
import type { MethodInput, MethodResult } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

export type Api = {
  readonly [D in DomainOf<Channel>]: {
    readonly [V in VerbOf<Channel, D>]: (
      input: MethodInput<`${D}:${V}` & Channel>,
    ) => Promise<Result<MethodResult<`${D}:${V}` & Channel>>>;
  };
};

export function splitChannel(channel: Channel): { readonly domain: string; readonly verb: string } {
  const [domain, verb] = channel.split(':');
  if (!domain || !verb) throw new Error(`Channel "${channel}" is not of the form domain:verb`);
  return { domain, verb };
}

export function buildApi(send: (channel: Channel, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const { domain, verb } = splitChannel(channel);
    const group = (api[domain] ??= {});
    group[verb] = (input: unknown) => send(channel, input ?? {});
  }
  return api as unknown as Api;
}

/** Commands the main process sends to the page from the native menu. */
/** 'open-package': the system gave the app a .pmupack (opened in the file manager); the page opens its review. */
/** 'restore-backup': File > Restore from Backup… (RestoreBackupDialog). */
/** 'show-shortcuts': Help > Keyboard Shortcuts. */
/** 'language-en' / 'language-dz': View > Language; the page sets it (preferences:setLanguage), so one path serves the menu and the harness. */
/** 'undo' / 'redo': Edit > Undo / Redo, the plan's undo (or the text field's own, while one is typed in). */
export const MENU_COMMANDS = ['workspace-changed', 'import', 'receive-updates', 'open-package', 'export', 'print', 'new-plan', 'show-about', 'restore-backup', 'undo', 'redo', 'show-shortcuts', 'language-en', 'language-dz'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';

/**
 * An error nobody caught in the page (window 'error', or a rejection that is not a refusal with words): sent one way to
 * the main process, which logs it with its stack and shows the crash dialog (electron/main/renderer-errors.ts).
 */
export const PAGE_ERROR_CHANNEL = 'window:uncaughtError';

export interface PageErrorReport {
  readonly kind: 'error' | 'unhandledrejection';
  readonly message: string;
  /** The error's stack as the page has it; null when what was thrown is not an Error. */
  readonly stack: string | null;
}

export interface DesktopBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  reportUncaughtError(report: PageErrorReport): void;
}
