// window.api for the browser harness (electron/harness/serve-web.ts), which bundles this file and serves it as
// /harness/shim.js before the app's own script. The desktop app never loads it: there the preload builds window.api.
// It builds the same named functions as the preload (shared/bridge.ts) and sends each call as POST /api/<channel>,
// with the per-run token the harness printed in the page's URL; window.operations reads long operations' progress
// from the harness's event stream (GET /events, with the same token).
import { buildApi } from '../../../shared/bridge';
import type { Channel } from '../../../shared/contract/methods';
import { isOperationProgress, type OperationEvents, type OperationProgress } from '../../../shared/operations';
import type { Result } from '../../../shared/result';

const TOKEN_KEY = 'plandesk.harness.token';
const TOKEN_HEADER = 'x-plandesk-token';

function takeTokenFromUrl(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar and of anything that copies the URL.
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeTokenFromUrl();

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

async function send(channel: Channel, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (error) {
    return failure(`The PlanDesk harness does not answer (${error instanceof Error ? error.message : String(error)})`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) return (await response.json()) as Result<unknown>;
  const text = (await response.text()).trim();
  return failure(`The PlanDesk harness refused ${channel}: ${response.status} ${text || response.statusText}`);
}

const progressListeners = new Set<(progress: OperationProgress) => void>();
let streaming = false;

/** Reads the event stream until it ends, passing each operation's progress to the listeners. */
async function readProgress(): Promise<void> {
  const response = await fetch('/events', { headers: { [TOKEN_HEADER]: token }, cache: 'no-store', credentials: 'omit' });
  if (!response.ok || !response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    pending += value;
    let end: number;
    while ((end = pending.indexOf('\n\n')) >= 0) {
      const event = pending.slice(0, end);
      pending = pending.slice(end + 2);
      for (const line of event.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const progress: unknown = JSON.parse(line.slice('data: '.length));
        if (isOperationProgress(progress)) for (const listener of progressListeners) listener(progress);
      }
    }
  }
}

function streamProgress(): void {
  if (streaming) return;
  streaming = true;
  readProgress()
    .catch(() => undefined)
    .finally(() => {
      streaming = false;
      // The harness went away for a moment (or the stream broke): listen again while anyone listens.
      if (progressListeners.size > 0) setTimeout(streamProgress, 1000);
    });
}

const operations: OperationEvents = {
  onProgress(listener) {
    progressListeners.add(listener);
    streamProgress();
    return () => progressListeners.delete(listener);
  },
};

Object.defineProperty(window, 'api', { value: Object.freeze(buildApi(send)), writable: false, configurable: false });
Object.defineProperty(window, 'operations', { value: Object.freeze(operations), writable: false, configurable: false });
