// The host of the core's worker: starts the worker thread (entry.ts) on a workspace, passes the contract's calls
// and the services to it, answers the few methods it keeps (protocol.ts says which and why), does what the worker
// asks of it (dialogs, Electron's printing), tells its listeners how long operations progress, cancels them, and
// starts a new worker when one dies. The Electron main process, the browser harness and the CLI each own one.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MethodResult, ParsedInput } from '../../../../shared/contract';
import type { AppInfo } from '../../../../shared/domain';
import type { Language } from '../../../../shared/language/languages';
import type { OperationProgress } from '../../../../shared/operations';
import { AppError, assertNever, type ErrorCode, type Result } from '../../../../shared/result';
import { answerCall, isHostChannel, toErrorResult, type HostChannel } from '../../host/dispatch';
import type { ServiceInput, ServiceName, ServiceResult } from '../services';
import { NO_PROGRESS, type Progress } from '../../progress/progress';
import { CancelFlag } from './cancellation';
import { reportingProgress } from './progress';
import { HOST_CAPABILITIES, type FromWorker, type HostCapabilities, type HostCapability, type ToWorker, type WorkerStart } from './protocol';

/** The TypeScript entry, for hosts run from source (tsx, Vitest); the built app names out/main/worker.js. */
export const SOURCE_ENTRY = resolve(import.meta.dirname, 'entry.ts');
const TYPESCRIPT_LOADER = resolve(import.meta.dirname, 'load-typescript.mjs');

/**
 * The worker's space for new objects (V8's young generation). Left to V8 it is sized by the machine's memory (192 MB
 * on a 24 GB machine), and a 10,000-action import grows it all the way: the command line's import then peaked at
 * 288 MB. At 48 MB the same import peaks some 75 MB lower for the same CPU time (the objects that live on are the
 * same; the short-lived ones are only collected sooner). Only this space is set: the heap's limit stays V8's own.
 */
const YOUNG_GENERATION_MB = 48;

export interface WorkerHostOptions {
  /** The workspace file opened first. */
  readonly workspace: string;
  /** Refuse a path where no file exists rather than create a workspace there (the CLI's commands that only read). */
  readonly mustExist?: boolean;
  readonly version: string;
  /** The window's kind, for app:info; absent for the CLI, which has no window. */
  readonly shell?: AppInfo['shell'];
  /** The name set in preferences ('' when none yet: the page asks for it). */
  readonly userName: string;
  readonly fallbackUserName: string;
  readonly samplePlanPath: string;
  /** better-sqlite3's addon built for Electron; absent: the one in node_modules. */
  readonly nativeBinding?: string | undefined;
  /** The worker's script: out/main/worker.js in the built app; a .ts file (SOURCE_ENTRY by default) from source. */
  readonly workerFile?: string;
  /** What the worker may ask for; those left out answer not_available, as the handlers say. */
  readonly capabilities?: Partial<HostCapabilities>;
  /** workspace:chooseFile: the system's dialog, then openWorkspace; false when the person cancelled. */
  readonly chooseWorkspaceFile?: (mode: 'new' | 'open') => Promise<boolean>;
  /** preferences:setUserName: keeps the name (in the preferences file; the harness for its run). */
  readonly saveUserName?: (name: string) => Promise<void> | void;
  /** The interface's language from the preferences; English when absent (the command line). */
  readonly language?: Language;
  /** preferences:setLanguage: keeps the language (the preferences file, and the desktop menu; the harness for its run). */
  readonly saveLanguage?: (language: Language) => Promise<void> | void;
  /** Where the host keeps the workspace's automatic backups (core/backups), for File > Restore from Backup…. */
  readonly backupsRoot?: string;
  /**
   * Runs in the host before a contract method is handed to the worker, with the workspace open then: the automatic
   * backup before an import or a merge (core/backups), so that it is taken before the call can change anything. When
   * it throws, the call is answered with its error and never reaches the worker.
   */
  readonly beforeCall?: (workspace: string, channel: string) => Promise<unknown>;
}

export interface CallOptions {
  /** For the CLI's progress line: this call's own progress, besides the host's listeners. */
  readonly onProgress?: (progress: OperationProgress) => void;
}

/** A call's answer as it crossed: a contract method's as JSON text (what IPC and HTTP carry), a service's as a Result. */
type Answer = { readonly json: string; readonly errorCode: ErrorCode | null } | { readonly result: Result<unknown> };

function answerOf(result: Result<unknown>): Answer {
  return { result };
}

function resultOf(answer: Answer): Result<unknown> {
  return 'result' in answer ? answer.result : (JSON.parse(answer.json) as Result<unknown>);
}

function jsonOf(answer: Answer): string {
  return 'json' in answer ? answer.json : JSON.stringify(answer.result);
}

function errorCodeOf(answer: Answer): ErrorCode | null {
  if ('json' in answer) return answer.errorCode;
  return answer.result.ok ? null : answer.result.error.code;
}

interface PendingCall {
  readonly method: string;
  readonly operationId: string;
  readonly flag: CancelFlag;
  /** The worker running it; null for the host's own work (runHere). */
  readonly worker: Worker | null;
  readonly onProgress: ((progress: OperationProgress) => void) | undefined;
  /** The last progress reported; null while the operation has reported none (it then never shows a bar). */
  progress: OperationProgress | null;
  settle(answer: Answer): void;
}

export class WorkerHost {
  private worker: Promise<Worker> | null = null;
  private readonly calls = new Map<number, PendingCall>();
  private nextCall = 1;
  private workspace: string;
  private userName: string;
  private language: Language;
  private readonly listeners = new Set<(progress: OperationProgress) => void>();
  private closing = false;
  /** Whether a workspace was opened: a new worker opens it again before answering anything else. */
  private opened = false;
  /** Workers stopped on purpose: their exit is no crash to recover from. */
  private readonly stopped = new WeakSet<Worker>();
  private readonly hostHandlers: { readonly [C in HostChannel]: (input: ParsedInput<C>) => Promise<MethodResult<C>> | MethodResult<C> };

  /** Starts the worker and opens `options.workspace` in it; throws (AppError) when the workspace cannot be opened. */
  static async start(options: WorkerHostOptions): Promise<WorkerHost> {
    const host = new WorkerHost(options);
    try {
      await host.openWorkspace(options.workspace, { mustExist: options.mustExist === true });
    } catch (error) {
      await host.close();
      throw error;
    }
    return host;
  }

  private constructor(private readonly options: WorkerHostOptions) {
    this.workspace = options.workspace;
    this.userName = options.userName;
    this.language = options.language ?? 'en';
    this.hostHandlers = {
      'app:info': () => this.info(),
      'preferences:setUserName': async ({ name }) => {
        await this.setUserName(name);
        // Kept in the workspace too, so that the command line records the same author on this file (cli-support).
        await this.run('workspace:setUserName', { name });
        return this.info();
      },
      'preferences:setLanguage': async ({ language }) => {
        await options.saveLanguage?.(language);
        this.language = language;
        return this.info();
      },
      'workspace:chooseFile': ({ mode }) => {
        if (!options.chooseWorkspaceFile) throw new AppError('not_available', 'File dialogs exist only in the desktop app');
        return options.chooseWorkspaceFile(mode);
      },
      'operations:cancel': ({ operationId }) => this.cancel(operationId),
    };
  }

  get workspacePath(): string {
    return this.workspace;
  }

  info(): AppInfo {
    if (!this.options.shell) throw new AppError('not_available', 'The command line has no window to describe');
    return { version: this.options.version, workspacePath: this.workspace, userName: this.userName, language: this.language, shell: this.options.shell };
  }

  /** Answers a contract method by name, as the page asked it: its Result. */
  call = async (channel: string, input: unknown, options: CallOptions = {}): Promise<Result<unknown>> => JSON.parse(await this.callJson(channel, input, options)) as Result<unknown>;

  /** The same, as the JSON text of its Result, as IPC and HTTP carry it (made in the worker: protocol.ts). */
  callJson = async (channel: string, input: unknown, options: CallOptions = {}): Promise<string> => {
    if (isHostChannel(channel)) return JSON.stringify(await this.answerHere(channel, input));
    try {
      await this.options.beforeCall?.(this.workspace, channel);
    } catch (error) {
      return JSON.stringify(toErrorResult(error));
    }
    return jsonOf(await this.send(channel, options, (callId, cancelFlag) => ({ kind: 'call', callId, channel, input, cancelFlag })));
  };

  private answerHere<C extends HostChannel>(channel: C, input: unknown): Promise<Result<unknown>> {
    return answerCall(channel, input, this.hostHandlers[channel] as (input: ParsedInput<C>) => MethodResult<C>);
  }

  /** Runs a service (services.ts); throws its error as an AppError. */
  async run<S extends ServiceName>(service: S, input: ServiceInput<S>, options: CallOptions = {}): Promise<ServiceResult<S>> {
    const result = resultOf(await this.send(service, options, (callId, cancelFlag) => ({ kind: 'run', callId, service, input, cancelFlag })));
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value as ServiceResult<S>;
  }

  /**
   * Runs work of the host's own as an operation, like the worker's: the CLI printing a pack's pages in Chromium. Its
   * progress goes to the same listeners (and `options.onProgress`), and cancel (operations:cancel, cancelAll) stops
   * it at its next step, where `work` throws.
   */
  async runHere<T>(method: string, work: (progress: Progress) => Promise<T>, options: CallOptions = {}): Promise<T> {
    const callId = this.nextCall++;
    // Its answer is `work`'s own: nothing waits on settle.
    const call: PendingCall = { method, operationId: String(callId), flag: new CancelFlag(), worker: null, onProgress: options.onProgress, progress: null, settle: () => undefined };
    this.calls.set(callId, call);
    try {
      const value = await work(this.progressOf(call));
      this.finish(callId, call, answerOf({ ok: true, value }));
      return value;
    } catch (error) {
      this.finish(callId, call, answerOf(toErrorResult(error)));
      throw error;
    }
  }

  /** Opens (or creates, unless `mustExist`) another workspace file in the worker; the one open stays open if this fails. */
  async openWorkspace(path: string, options: { readonly mustExist?: boolean } = {}): Promise<void> {
    await this.run('workspace:open', { path, mustExist: options.mustExist === true });
    this.workspace = path;
    this.opened = true;
  }

  /** Asks the operation to stop at its next step; false when it is not running (any more). */
  cancel(operationId: string): boolean {
    const call = [...this.calls.values()].find((c) => c.operationId === operationId);
    if (!call) return false;
    call.flag.cancel();
    return true;
  }

  /** Cancels every operation in progress (the CLI on Ctrl+C). */
  cancelAll(): void {
    for (const call of this.calls.values()) call.flag.cancel();
  }

  /** The operations in progress that have reported progress. */
  operations(): OperationProgress[] {
    return [...this.calls.values()].flatMap((call) => (call.progress ? [call.progress] : []));
  }

  /** Calls `listener` with every operation's progress, and once more when it ends; returns the way to stop. */
  onProgress(listener: (progress: OperationProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The person's name for the history: kept by the host, told to the worker. */
  async setUserName(name: string): Promise<void> {
    await this.options.saveUserName?.(name);
    this.userName = name;
    const worker = await this.worker;
    worker?.postMessage({ kind: 'user', name } satisfies ToWorker);
  }

  /** Closes the workspace (its WAL folded back into the file) and stops the worker. */
  async close(): Promise<void> {
    if (this.closing) return;
    const worker = this.worker ? await this.worker.catch(() => null) : null;
    if (worker) await this.run('workspace:close', {}).catch(() => undefined);
    this.closing = true;
    this.worker = null;
    await worker?.terminate();
    this.failCalls(() => new AppError('not_available', 'PlanDesk is closing'));
  }

  private async send(method: string, options: CallOptions, message: (callId: number, cancelFlag: SharedArrayBuffer) => ToWorker): Promise<Answer> {
    if (this.closing) return answerOf(toErrorResult(new AppError('not_available', 'PlanDesk is closing')));
    let worker: Worker;
    try {
      worker = await this.liveWorker();
    } catch (error) {
      return answerOf(toErrorResult(error));
    }
    return this.sendTo(worker, method, options, message);
  }

  private sendTo(worker: Worker, method: string, options: CallOptions, message: (callId: number, cancelFlag: SharedArrayBuffer) => ToWorker): Promise<Answer> {
    const callId = this.nextCall++;
    const flag = new CancelFlag();
    return new Promise((settle) => {
      this.calls.set(callId, { method, operationId: String(callId), flag, worker, onProgress: options.onProgress, progress: null, settle });
      worker.postMessage(message(callId, flag.buffer));
    });
  }

  /** The running worker, or a new one (after a crash, the workspace open before it is opened again). */
  private liveWorker(): Promise<Worker> {
    this.worker ??= this.startWorker().catch((error: unknown) => {
      this.worker = null;
      throw error;
    });
    return this.worker;
  }

  private async startWorker(): Promise<Worker> {
    const file = this.options.workerFile ?? SOURCE_ENTRY;
    const fromSource = file.endsWith('.ts');
    const start: WorkerStart = {
      version: this.options.version,
      userName: this.userName,
      fallbackUserName: this.options.fallbackUserName,
      samplePlanPath: this.options.samplePlanPath,
      nativeBinding: this.options.nativeBinding ?? null,
      capabilities: HOST_CAPABILITIES.filter((name) => this.options.capabilities?.[name] !== undefined),
      backupsRoot: this.options.backupsRoot ?? null,
      ...(fromSource ? { sourceEntry: pathToFileURL(file).href } : {}),
    };
    const worker = new Worker(fromSource ? TYPESCRIPT_LOADER : file, { workerData: start, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let failure: Error | null = null;
    worker.on('message', (message: FromWorker) => this.heard(worker, message));
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (this.closing || this.stopped.has(worker)) return;
      void this.worker?.then((current) => {
        if (current === worker) this.worker = null;
      });
      const reason = failure?.message ?? `exit code ${code}`;
      this.failCalls((call) => new AppError('internal', `PlanDesk's core stopped unexpectedly (${reason}) and was restarted: ${call.method} did not finish. Try again.`), worker);
      // Started again at once, so that the window's next call finds its workspace open.
      void this.liveWorker().catch(() => undefined);
    });
    if (this.opened) {
      const path = this.workspace;
      const reopened = resultOf(await this.sendTo(worker, 'workspace:open', {}, (callId, cancelFlag) => ({ kind: 'run', callId, service: 'workspace:open', input: { path, mustExist: true }, cancelFlag })));
      if (!reopened.ok) {
        this.stopped.add(worker);
        await worker.terminate();
        throw new AppError(reopened.error.code, `PlanDesk's core could not open ${path} again: ${reopened.error.message}`);
      }
    }
    return worker;
  }

  /** Answers the calls still waiting (on `worker`, or all) with an error, ending their operations. */
  private failCalls(error: (call: PendingCall) => AppError, worker?: Worker): void {
    for (const [callId, call] of this.calls) {
      if (worker && call.worker !== worker) continue;
      this.finish(callId, call, answerOf(toErrorResult(error(call))));
    }
  }

  private finish(callId: number, call: PendingCall, answer: Answer): void {
    this.calls.delete(callId);
    if (call.progress) {
      const code = errorCodeOf(answer);
      this.tell(call, { ...call.progress, state: code === null ? 'done' : code === 'cancelled' ? 'cancelled' : 'failed' });
    }
    call.settle(answer);
  }

  /** The progress of a call, reported from the host: its own work, or what the worker asked of it (a pack printed). */
  private progressOf(call: PendingCall): Progress {
    return reportingProgress(call.flag, (update) => {
      if ([...this.calls.values()].includes(call)) this.tell(call, { operationId: call.operationId, method: call.method, ...update, state: 'running' });
    });
  }

  private tell(call: PendingCall, progress: OperationProgress): void {
    call.progress = progress.state === 'running' ? progress : null;
    call.onProgress?.(progress);
    for (const listener of this.listeners) listener(progress);
  }

  private heard(worker: Worker, message: FromWorker): void {
    switch (message.kind) {
      case 'answered': {
        const call = this.calls.get(message.callId);
        if (call) this.finish(message.callId, call, { json: message.json, errorCode: message.errorCode });
        return;
      }
      case 'result': {
        const call = this.calls.get(message.callId);
        if (call) this.finish(message.callId, call, answerOf(message.result));
        return;
      }
      case 'progress': {
        const call = this.calls.get(message.callId);
        if (call) this.tell(call, { operationId: call.operationId, method: call.method, ...message.update, state: 'running' });
        return;
      }
      case 'ask':
        void this.answerAsk(message.capability, message.input, message.callId).then((result) => {
          if (!this.closing) worker.postMessage({ kind: 'answer', askId: message.askId, result } satisfies ToWorker);
        });
        return;
      default:
        assertNever(message, 'message from the worker');
    }
  }

  /** Does what the worker asked for the call `callId`, with that call's progress: a pack printed by Electron's
   *  window reports its pages, and stops at the next part when the call is cancelled. */
  private async answerAsk(name: HostCapability, input: unknown, callId: number | null): Promise<Result<unknown>> {
    const capability = this.options.capabilities?.[name] as ((input: unknown, progress: Progress) => Promise<unknown>) | undefined;
    if (!capability) return toErrorResult(new AppError('not_available', `${name} is not available here`));
    const call = callId === null ? undefined : this.calls.get(callId);
    try {
      return { ok: true, value: await capability(input, call ? this.progressOf(call) : NO_PROGRESS) };
    } catch (error) {
      return toErrorResult(error);
    }
  }
}
