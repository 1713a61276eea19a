// The messages between the host (host.ts: in the Electron main process, the browser harness or the CLI) and the
// worker thread that runs the core (entry.ts). Why it is shaped this way:
//
// - The worker owns the workspace's SQLite connection and answers every contract method but four, so that a long
//   operation (a 10,000-action import, a large review pack) never holds up the window's process: its menus, its
//   window, and the calls the host answers itself.
// - The host answers itself what it alone knows or must answer at once: app:info (version, workspace, user name:
//   the window's "are you there" while the worker is busy), preferences:setUserName (the preferences are the
//   host's; it tells the worker the new name), workspace:chooseFile (a system dialog, then the worker opens the
//   chosen file) and operations:cancel (it must work while the worker is busy).
// - One worker, one connection: every other call waits while a long operation runs, in arrival order, as it did
//   in the main process (the window shows the progress bar meanwhile). A second, read-only connection would let a
//   read pass an import, but it would read the plan as it was before the import and need its own caches; nothing
//   the window does during a long operation needs that yet.
// - Host-only capabilities (the system's file dialogs, saving or printing a pack through Electron's windows) stay
//   in the host: the worker asks for one with an `ask` and carries on when the `answer` comes. The handlers check
//   their input (the plan exists, its title names the file) before the dialog opens, so the dialog is asked for
//   in the middle of the call rather than before it; meanwhile the worker is idle and answers other calls.
// - Progress: a long operation names its phases and counts its steps (core/progress); the worker passes them on
//   as `progress` messages, a few per second at most, and the host gives them to its listeners (the window over
//   IPC, the harness's page over its event stream, the CLI's progress line) with an operation id.
// - Cancel: the worker does synchronous SQLite work without reading its messages, so a cancel message would come
//   too late. Each call carries a flag in shared memory (cancellation.ts) that the host sets and the operation
//   reads at each progress step, throwing inside its transaction so that SQLite rolls all of it back.
// - Errors keep their shape: every answer is a Result (shared/result.ts). A contract method's crosses as JSON text,
//   made in the worker: IPC and HTTP carry it as it is, so the host's thread neither copies nor encodes a large
//   answer (a 10,000-action list) object by object. When the worker dies, the host answers every call still
//   waiting with an 'internal' error saying so, and starts a new worker on the same workspace.
// - Services are methods the page cannot call: the CLI's (paths and names instead of dialogs and ids), opening
//   another workspace, and the main process's menu. They cross the same way, as `run` instead of `call`.
import type { ErrorCode, Result } from '../../../../shared/result';
import type { AppContext } from '../../host/context';
import type { Progress } from '../../progress/progress';
import type { ProgressUpdate } from './progress';

/** What the host can do for the worker when asked. Those the host lacks are left out of WorkerStart. */
export const HOST_CAPABILITIES = ['chooseFiles', 'chooseSavePath', 'chooseFolder', 'saveReportPdf', 'printReport'] as const;
export type HostCapability = (typeof HOST_CAPABILITIES)[number];

/** Each capability as the handlers call it (core's AppContext), given in the host the progress of the call that
 *  asked (printing a long pack reports its pages, and stops when that call is cancelled). */
export type HostCapabilities = {
  readonly [K in HostCapability]: (input: Parameters<NonNullable<AppContext[K]>>[0], progress: Progress) => ReturnType<NonNullable<AppContext[K]>>;
};

/** The worker's start data (workerData). */
export interface WorkerStart {
  readonly version: string;
  readonly userName: string;
  /** Who the history records while no name is set: the operating system's user name. */
  readonly fallbackUserName: string;
  readonly samplePlanPath: string;
  /** better-sqlite3's addon built for Electron; null: the one in node_modules. */
  readonly nativeBinding: string | null;
  readonly capabilities: readonly HostCapability[];
  /** Where the host keeps the workspace's backups (File > Restore from Backup… lists them); null: it keeps none. */
  readonly backupsRoot: string | null;
  /** Run from source (tsx): the TypeScript entry that load-typescript.mjs imports once tsx is registered. */
  readonly sourceEntry?: string;
}

/** Host → worker. */
export type ToWorker =
  /** A contract method, its input as the page sent it (the worker validates it). */
  | { readonly kind: 'call'; readonly callId: number; readonly channel: string; readonly input: unknown; readonly cancelFlag: SharedArrayBuffer }
  /** A service (services.ts), for the host itself or the CLI. */
  | { readonly kind: 'run'; readonly callId: number; readonly service: string; readonly input: unknown; readonly cancelFlag: SharedArrayBuffer }
  /** The answer to the worker's ask. */
  | { readonly kind: 'answer'; readonly askId: number; readonly result: Result<unknown> }
  /** The person's name changed (preferences:setUserName). */
  | { readonly kind: 'user'; readonly name: string };

/** Worker → host. */
export type FromWorker =
  /** A contract method's Result as JSON text, with its error's code (null: a value) for the host to see. */
  | { readonly kind: 'answered'; readonly callId: number; readonly json: string; readonly errorCode: ErrorCode | null }
  /** A service's Result, as it is (it may hold bytes). */
  | { readonly kind: 'result'; readonly callId: number; readonly result: Result<unknown> }
  | { readonly kind: 'progress'; readonly callId: number; readonly update: ProgressUpdate }
  /** `callId`: the call that asks (null when none can be told), whose progress the host's work reports. */
  | { readonly kind: 'ask'; readonly askId: number; readonly callId: number | null; readonly capability: HostCapability; readonly input: unknown };
