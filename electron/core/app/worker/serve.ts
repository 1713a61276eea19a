// The worker's side of the protocol (protocol.ts): holds the open workspace, answers the host's calls with the
// contract's handlers and the services, hands each its progress and cancel flag, and asks the host for what only
// the host can do (dialogs, Electron's printing). entry.ts starts it; a test entry may add services of its own.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MessagePort } from 'node:worker_threads';
import { assertNever, AppError, type Result } from '../../../../shared/result';
import type { AppContext } from '../../host/context';
import { callHandler, isHostChannel, toErrorResult, type CoreChannel } from '../../host/dispatch';
import { createHandlers } from '../handlers';
import { CHANNELS } from '../../../../shared/contract/methods';
import { openDatabase, type Connection } from '../../db/connection';
import { createServices, type ServiceTable, type WorkspaceServices } from '../services';
import { CancelFlag } from './cancellation';
import { reportingProgress } from './progress';
import type { FromWorker, HostCapability, ToWorker, WorkerStart } from './protocol';

const CHANNEL_NAMES: ReadonlySet<string> = new Set(CHANNELS);

/** The call being answered, wherever its handler is in its awaits: an ask names it, so that what the host does for
 *  it (printing a pack) reports that call's progress. */
const askingCall = new AsyncLocalStorage<number>();

/** Starts answering the host on `port`. `extraServices` are for tests (a worker that fails on purpose). */
export function serveCore(port: MessagePort, start: WorkerStart, extraServices: ServiceTable = {}): void {
  let connection: Connection | null = null;
  let userName = start.userName;
  const post = (message: FromWorker) => port.postMessage(message);

  const asks = new Map<number, (result: Result<unknown>) => void>();
  let nextAsk = 1;
  const ask = (capability: HostCapability, input: unknown): Promise<unknown> =>
    new Promise((done, fail) => {
      const askId = nextAsk++;
      asks.set(askId, (result) => (result.ok ? done(result.value) : fail(new AppError(result.error.code, result.error.message, result.error.details))));
      post({ kind: 'ask', askId, callId: askingCall.getStore() ?? null, capability, input });
    });
  const capability = <K extends HostCapability>(name: K): Partial<Pick<AppContext, K>> =>
    start.capabilities.includes(name) ? ({ [name]: (input: unknown) => ask(name, input) } as Partial<Pick<AppContext, K>>) : {};

  const app: AppContext = {
    version: start.version,
    connection: () => {
      if (!connection) throw new AppError('not_available', 'No workspace is open');
      return connection;
    },
    userName: () => userName,
    fallbackUserName: start.fallbackUserName,
    samplePlanPath: start.samplePlanPath,
    ...(start.backupsRoot === null ? {} : { backupsRoot: start.backupsRoot }),
    now: () => new Date(),
    ...capability('chooseFiles'),
    ...capability('chooseSavePath'),
    ...capability('chooseFolder'),
    ...capability('saveReportPdf'),
    ...capability('printReport'),
  };

  const handlers = createHandlers(app);
  const workspaceServices: WorkspaceServices = {
    'workspace:open': async ({ path, mustExist }) => {
      const next = await openDatabase(path, { mustExist, ...(start.nativeBinding ? { nativeBinding: start.nativeBinding } : {}) });
      const previous = connection;
      connection = next;
      await previous?.close();
      return { path };
    },
    'workspace:close': async () => {
      const previous = connection;
      connection = null;
      await previous?.close();
      return null;
    },
  };
  const services: ServiceTable = { ...createServices(app), ...workspaceServices, ...extraServices };

  const progressOf = (callId: number, cancelFlag: SharedArrayBuffer) => reportingProgress(new CancelFlag(cancelFlag), (update) => post({ kind: 'progress', callId, update }));

  port.on('message', (message: ToWorker) => {
    switch (message.kind) {
      case 'call': {
        const { callId, channel, input } = message;
        const progress = progressOf(callId, message.cancelFlag);
        const answering: Promise<Result<unknown>> =
          CHANNEL_NAMES.has(channel) && !isHostChannel(channel)
            ? askingCall.run(callId, () => callHandler(handlers, channel as CoreChannel, input, progress))
            : Promise.resolve({ ok: false, error: { code: 'not_found', message: `No such method: ${channel}` } });
        void answering.then((result) => post({ kind: 'answered', callId, json: JSON.stringify(result), errorCode: result.ok ? null : result.error.code }));
        return;
      }
      case 'run': {
        const { callId } = message;
        const service = services[message.service];
        const progress = progressOf(callId, message.cancelFlag);
        const running = async (): Promise<Result<unknown>> => {
          if (!service) return { ok: false, error: { code: 'not_found', message: `No such service: ${message.service}` } };
          try {
            return { ok: true, value: await service(message.input as never, progress) };
          } catch (error) {
            return toErrorResult(error);
          }
        };
        void askingCall.run(callId, running).then((result) => post({ kind: 'result', callId, result }));
        return;
      }
      case 'answer': {
        const settle = asks.get(message.askId);
        asks.delete(message.askId);
        settle?.(message.result);
        return;
      }
      case 'user':
        userName = message.name;
        return;
      default:
        assertNever(message, 'message from the host');
    }
  });
}
