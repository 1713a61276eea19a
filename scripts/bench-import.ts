// npm run bench:import — generates plans of 1,000 and 10,000 actions as .xlsx and .csv, imports each into a
// fresh workspace (each in a process of its own) and prints actions per second, CPU time and peak memory (target: 10,000 actions from .xlsx in < 3 s, < 500 MB).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Papa from 'papaparse';
import { openDatabase } from '../electron/core/db/connection';
import { importSpreadsheet } from '../electron/core/import';
import { planRows, writeXlsx } from './generated-plan';

/** One import in this (fresh) process: its wall time, CPU time and the process's peak memory. */
async function importOne(path: string, db: string, actions: number): Promise<void> {
  const connection = await openDatabase(db);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { counts } = await importSpreadsheet(connection.db, { user: 'bench', source: 'import', at: new Date().toISOString() }, path);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await connection.close();
  if (counts.actions !== actions) throw new Error(`expected ${actions} actions from ${path}, got ${counts.actions}`);
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

function runChild(path: string, db: string, actions: number): Promise<{ seconds: number; cpuSeconds: number; peakMb: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', path, db, String(actions)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').pop()!)) : fail(new Error(`import of ${path} failed (exit ${code})`))));
  });
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'plandesk-bench-'));
  try {
    for (const actions of [1000, 10_000]) {
      const rows = planRows(actions);
      const files = { xlsx: join(folder, `plan-${actions}.xlsx`), csv: join(folder, `plan-${actions}.csv`) };
      await writeXlsx(files.xlsx, rows);
      writeFileSync(files.csv, Papa.unparse(rows));
      for (const [format, path] of Object.entries(files)) {
        // Each import runs in a fresh process, so that its peak memory is its own (not the generator's).
        const { seconds, cpuSeconds, peakMb } = await runChild(path, join(folder, `bench-${actions}-${format}.sqlite`), actions);
        console.log(
          `${String(actions).padStart(6)} actions from .${format.padEnd(4)} ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)  ${Math.round(actions / seconds).toLocaleString('en').padStart(7)} actions/s  peak memory ${Math.round(peakMb)} MB`,
        );
      }
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (wall times stretch under load; CPU times much less)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--one') await importOne(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
else await main();
