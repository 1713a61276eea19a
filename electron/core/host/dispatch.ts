// Turns the contract into callable handlers: validates every input with the method's schema, runs the handler,
// and answers a Result so that an error keeps its shape across the process boundary.
// Used by the Electron main process (ipcMain.handle) and by the browser harness (HTTP), so both behave alike.
import { ZodError } from 'zod';
import { CHANNELS, type Channel } from '../../../shared/channels';
import { contract, type MethodResult, type ParsedInput } from '../../../shared/contract';
import { AppError, type Result } from '../../../shared/result';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<MethodResult<C>> | MethodResult<C>;
export type Handlers = { readonly [C in Channel]: Handler<C> };

export type Dispatcher = (channel: string, input: unknown) => Promise<Result<unknown>>;

function describeZodError(channel: string, error: ZodError): string {
  const problems = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  return `Invalid input for ${channel}: ${problems.join('; ')}`;
}

/** Converts anything thrown into the error shape the page can show. */
export function toErrorResult(error: unknown): Result<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } };
}

export async function callHandler<C extends Channel>(
  handlers: Handlers,
  channel: C,
  rawInput: unknown,
): Promise<Result<MethodResult<C>>> {
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
    const handler = handlers[channel] as Handler<C>;
    const value = await handler(parsed.data as ParsedInput<C>);
    return { ok: true, value };
  } catch (error) {
    return toErrorResult(error);
  }
}

/**
 * Registers one handler per contract method through `register` (ipcMain.handle, or a map for HTTP).
 * `register` must throw when a channel is registered twice: two handlers for one method is a wiring mistake.
 */
export function registerContract(
  handlers: Handlers,
  register: (channel: Channel, handle: (input: unknown) => Promise<Result<unknown>>) => void,
): void {
  for (const channel of CHANNELS) {
    register(channel, (input) => callHandler(handlers, channel, input));
  }
}

/** One function that answers any contract channel by name; for the HTTP harness, where the channel arrives as text. */
export function createDispatcher(handlers: Handlers): Dispatcher {
  const table = new Map<string, (input: unknown) => Promise<Result<unknown>>>();
  registerContract(handlers, (channel, handle) => {
    if (table.has(channel)) throw new Error(`Channel ${channel} is registered twice`);
    table.set(channel, handle);
  });
  return async (channel, input) => {
    const handle = table.get(channel);
    if (!handle) return { ok: false, error: { code: 'not_found', message: `No such method: ${channel}` } };
    return handle(input);
  };
}
