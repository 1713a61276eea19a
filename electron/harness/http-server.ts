// The harness's HTTP side: serves the built renderer, answers the contract at POST /api/<channel>, and streams
// long operations' progress at GET /events (server-sent events, read by the shim with the token in a header).
// It listens on 127.0.0.1 only, and still guards against other pages in the same browser:
// every API call must carry the per-run token, the Host header must name this server (DNS rebinding),
// no CORS headers are ever sent, and bodies are size-limited.
import { timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { OperationProgress } from '../../shared/operations';

export const TOKEN_HEADER = 'x-plandesk-token';
/** Large enough for the longest remarks the contract accepts (100,000 characters, up to 4 bytes each). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Calls that carry whole files (base64 in JSON) may be larger: the import's own cap, and the dropped files', is 60 MB. */
export const MAX_FILE_BODY_BYTES = 85 * 1024 * 1024;
const FILE_CHANNELS = new Set(['import:preview', 'import:commit', 'exchange:identifyDropped', 'exchange:receiveDropped']);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export interface HarnessServerOptions {
  readonly staticRoot: string;
  readonly shimScript: string;
  readonly token: string;
  /** Answers a channel with the JSON text of its Result (the host's callJson: made in the core's worker). */
  readonly dispatch: (channel: string, input: unknown) => Promise<string>;
  /** Long operations' progress, streamed to the page; returns the way to stop listening. */
  readonly onProgress?: (listener: (progress: OperationProgress) => void) => () => void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function baseHeaders(): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    // The page's own CSP is a meta tag, where frame-ancestors is ignored.
    'content-security-policy': "frame-ancestors 'none'",
    'x-frame-options': 'DENY',
  };
}

function sendText(res: ServerResponse, status: number, text: string): void {
  const close: Record<string, string> = status === 413 ? { connection: 'close' } : {};
  res.writeHead(status, { ...baseHeaders(), ...close, 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...baseHeaders(), 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.reject(new HttpError(413, 'Request body too large'));
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 answer closes the connection.
        req.pause();
        fail(new HttpError(413, 'Request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function decodeChannel(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(404, 'No such method');
  }
}

/** The file under `root` that a URL path names, or null when it would leave `root`. */
export function staticFileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

export function createHarnessServer(options: HarnessServerOptions): { server: Server; listen(port: number): Promise<number> } {
  const staticRoot = resolve(options.staticRoot);
  let port = 0;

  const hostAllowed = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  function checkCaller(req: IncomingMessage): void {
    const token = req.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || !sameSecret(token, options.token)) throw new HttpError(403, 'Missing or wrong harness token');
    // A page from another origin never gets this far without the token, but refuse its Origin anyway.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      throw new HttpError(403, 'Cross-origin call refused');
    }
  }

  /** Server-sent events, one `data:` line of JSON per change of an operation, until the page goes away. */
  function streamProgress(req: IncomingMessage, res: ServerResponse): void {
    checkCaller(req);
    if (req.method !== 'GET') throw new HttpError(405, 'The event stream is read with GET');
    if (!options.onProgress) throw new HttpError(404, 'Not found');
    res.writeHead(200, { ...baseHeaders(), 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    // A first comment, so that the page knows the stream is open.
    res.write(': PlanDesk operations\n\n');
    const stop = options.onProgress((progress) => res.write(`data: ${JSON.stringify(progress)}\n\n`));
    req.on('close', stop);
  }

  async function answerApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    checkCaller(req);
    if (req.method !== 'POST') throw new HttpError(405, 'API calls are POST');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'API calls send JSON');
    const body = await readBody(req, FILE_CHANNELS.has(channel) ? MAX_FILE_BODY_BYTES : MAX_BODY_BYTES);
    let input: unknown = {};
    if (body.trim() !== '') {
      try {
        input = JSON.parse(body);
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON' } });
        return;
      }
    }
    const text = await options.dispatch(channel, input);
    res.writeHead(200, { ...baseHeaders(), 'content-type': 'application/json; charset=utf-8' });
    res.end(text);
  }

  async function answerStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    if (path === '/harness/shim.js') {
      res.writeHead(200, { ...baseHeaders(), 'content-type': CONTENT_TYPES['.js']! });
      res.end(req.method === 'HEAD' ? undefined : options.shimScript);
      return;
    }
    const file = staticFileFor(staticRoot, path === '/' ? '/index.html' : path);
    if (!file) throw new HttpError(404, 'Not found');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new HttpError(404, 'Not found');
    let content: Buffer | string = await readFile(file);
    if (file === resolve(staticRoot, 'index.html')) {
      // A classic script runs while the page is parsed, so window.api exists before the app's module runs.
      content = content.toString('utf8').replace('</head>', '  <script src="./harness/shim.js"></script>\n  </head>');
    }
    res.writeHead(200, { ...baseHeaders(), 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  const server = createServer((req, res) => {
    const answer = async () => {
      if (!hostAllowed(req.headers.host)) throw new HttpError(403, 'Unexpected Host header');
      const path = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
      if (path.startsWith('/api/')) return answerApi(req, res, decodeChannel(path.slice('/api/'.length)));
      if (path === '/events') return streamProgress(req, res);
      return answerStatic(req, res, path);
    };
    answer().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) sendText(res, error.status, error.message);
      else sendText(res, 500, `Harness error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  return {
    server,
    listen: (wanted: number) =>
      new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(wanted, '127.0.0.1', () => {
          const address = server.address();
          port = typeof address === 'object' && address ? address.port : wanted;
          done(port);
        });
      }),
  };
}
