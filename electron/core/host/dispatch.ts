// Turns the contract into callable handlers: validates every input with the method's schema, runs the handler as
// its kind says (shared/contract/methods.ts), and answers a Result so that an error keeps its shape across the
// process boundary. Every `edit` is wrapped here, once: its change context (with its batch id) is made for it, and
// its batch joins the window's undo list once it has succeeded, as the method declares. (Kept reads need no stamp
// from an edit: they compare SQLite's own count of changes, db/kept-while-unchanged.ts.)
// Used by the Electron main process (ipcMain.handle) and by the browser harness (HTTP), so both behave alike.
import { ZodError } from 'zod';
import { CHANNELS, contract, METHODS, type Channel, type MethodResult, type ParsedInput } from '../../../shared/contract';
import { AppError, assertNever, type Result } from '../../../shared/result';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import type { ChangeContext } from './context';
import type { HandlerKit } from './kit';

type Answer<C extends Channel> = Promise<MethodResult<C>> | MethodResult<C>;

/** An edit's handler is given its change context; a read's and a dialog's are not (a dialog makes its own, after
 *  asking). Each is given last the call's progress: a long operation reports its phases through it, and stops at its
 *  next step when cancelled (core/progress). */
export type Handler<C extends Channel> = (typeof METHODS)[C]['kind'] extends 'edit'
  ? (input: ParsedInput<C>, change: ChangeContext, progress: Progress) => Answer<C>
  : (input: ParsedInput<C>, progress: Progress) => Answer<C>;
/** Answered by the host itself, which holds the preferences and the operations in progress (app/worker/protocol.ts). */
export const HOST_CHANNELS = ['app:info', 'preferences:setUserName', 'preferences:setLanguage', 'workspace:chooseFile', 'operations:cancel'] as const satisfies readonly Channel[];
export type HostChannel = (typeof HOST_CHANNELS)[number];
/** Answered by the core's handlers, in the worker. */
export type CoreChannel = Exclude<Channel, HostChannel>;
export type Handlers = { readonly [C in CoreChannel]: Handler<C> };

/** Every method's handler, with the kit they share (its undo list among them): what a host dispatches to. */
export interface HostedCore {
  readonly handlers: Handlers;
  readonly kit: HandlerKit;
}

export type Dispatcher = (channel: string, input: unknown) => Promise<Result<unknown>>;

function describeZodError(channel: string, error: ZodError): string {
  const problems = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  return `Invalid input for ${channel}: ${problems.join('; ')}`;
}

export function isHostChannel(channel: string): channel is HostChannel {
  return (HOST_CHANNELS as readonly string[]).includes(channel);
}

/** Converts anything thrown into the error shape the page can show. */
export function toErrorResult(error: unknown): Result<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } };
}

/** Runs a method's handler as its kind says. */
function run<C extends CoreChannel>(core: HostedCore, channel: C, input: ParsedInput<C>, progress: Progress): Answer<C> {
  const handler = core.handlers[channel] as unknown as (input: ParsedInput<C>, ...rest: unknown[]) => Answer<C>;
  const method = METHODS[channel];
  switch (method.kind) {
    case 'read':
    case 'dialog':
      return handler(input, progress);
    case 'edit':
      return core.kit.undo.record(method.joinsUndo, core.kit.changeContext(method.source), (change) => handler(input, change, progress));
    default:
      return assertNever(method, 'method kind');
  }
}

export function callHandler<C extends CoreChannel>(core: HostedCore, channel: C, rawInput: unknown, progress: Progress = NO_PROGRESS): Promise<Result<MethodResult<C>>> {
  return answerCall(channel, rawInput, (input) => run(core, channel, input, progress));
}

/** Validates `rawInput` with the method's schema, then answers with `answer`: the value, or the error it threw. */
export async function answerCall<C extends Channel>(channel: C, rawInput: unknown, answer: (input: ParsedInput<C>) => Answer<C>): Promise<Result<MethodResult<C>>> {
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: describeZodError(channel, parsed.error),
        details: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    };
  }
  try {
    return { ok: true, value: await answer(parsed.data as ParsedInput<C>) };
  } catch (error) {
    return toErrorResult(error);
  }
}

/**
 * Registers one handler per contract method through `register` (ipcMain.handle, or a map for HTTP).
 * `register` must throw when a channel is registered twice: two handlers for one method is a wiring mistake.
 */
export function registerContract(core: HostedCore, register: (channel: Channel, handle: (input: unknown) => Promise<Result<unknown>>) => void): void {
  for (const channel of CHANNELS) {
    if (isHostChannel(channel)) continue;
    register(channel, (input) => callHandler(core, channel, input));
  }
}

/** One function that answers any contract channel by name; for the HTTP harness, where the channel arrives as text. */
export function createDispatcher(core: HostedCore): Dispatcher {
  const table = new Map<string, (input: unknown) => Promise<Result<unknown>>>();
  registerContract(core, (channel, handle) => {
    if (table.has(channel)) throw new Error(`Channel ${channel} is registered twice`);
    table.set(channel, handle);
  });
  return async (channel, input) => {
    const handle = table.get(channel);
    if (!handle) return { ok: false, error: { code: 'not_found', message: `No such method: ${channel}` } };
    return handle(input);
  };
}
