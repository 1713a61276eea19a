// The worker thread's entry: runs the core off the window's thread (protocol.ts says how). A plain module that a
// bundler can take as an entry: electron-vite builds it as out/main/worker.js; run from source (the harness and
// the CLI under tsx, the tests under Vitest), load-typescript.mjs registers tsx and then imports it.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerStart } from './protocol';
import { serveCore } from './serve';

if (!parentPort) throw new Error('entry.ts runs as a worker thread, started by the host (host.ts)');
serveCore(parentPort, workerData as WorkerStart);
