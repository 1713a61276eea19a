// How every call between the renderer and the main process answers: a value, or an error that keeps its shape.

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'bad_file'
  | 'not_available'
  /** Another window or command holds the workspace's write lock (see the busy timeout). */
  | 'busy'
  /** The disk is full, or the file system refused to read or write. */
  | 'storage'
  /** The workspace file cannot be written: it opens for viewing and exports only. */
  | 'read_only'
  /** The person cancelled a long operation; it wrote nothing. */
  | 'cancelled'
  | 'internal';

export interface AppErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorShape };

/** An error meant for the user: its message says what is wrong and where. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure(error: AppErrorShape): Result<never> {
  return { ok: false, error };
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
