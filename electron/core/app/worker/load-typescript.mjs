// Starts the worker from source: Node 20 does not pass tsx's loader on to worker threads (nor does Vitest), so the
// worker registers tsx itself before importing its TypeScript entry. The built app starts out/main/worker.js instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.sourceEntry);
