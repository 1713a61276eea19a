// npm run bench:import — generates plans of 1,000 and 10,000 actions as .xlsx and .csv, imports each into a
// fresh workspace (each in a process of its own) and prints actions per second, CPU time and peak memory; then the
// 10,000-action .xlsx beside LibreOffice, in turn, RUNS times: the import in-process (timed from the call, the
// modules already loaded) against `soffice --headless --convert-to csv` of the same file, a whole process (target:
// no longer than LibreOffice, peak memory under 300 MB). Wall times stretch with the machine's load: the ratio
// measured in one run is the figure to compare.
// The import runs as the app and the CLI run it: in the core's worker, through its host, reporting its progress
// (the worker's start is not timed; the CPU time and memory are the whole process's, both threads).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import Papa from 'papaparse';
import { WorkerHost } from '../electron/core/app/worker/host';
import { planRows, writeXlsx } from './generated-plan';
import { watchMachine } from './machine-share';

const RUNS = 5;

/** One import in this (fresh) process: its wall time, CPU time and the process's peak memory. */
async function importOne(path: string, db: string, actions: number): Promise<void> {
  const core = await WorkerHost.start({ workspace: db, version: 'bench', userName: 'bench', fallbackUserName: 'bench', samplePlanPath: '' });
  let reports = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { counts } = await core.run('import:spreadsheet', { path, context: { user: 'bench', source: 'import', at: new Date().toISOString() } }, { onProgress: () => reports++ });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await core.close();
  if (reports === 0) throw new Error('the import reported no progress');
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

/** LibreOffice converting `path` to .csv in `folder`, a whole process: its wall time in seconds. */
function convertWithLibreOffice(path: string, folder: string): Promise<number> {
  const soffice = process.env['PLANDESK_SOFFICE'] ?? 'soffice';
  // A profile of its own: no running LibreOffice is reused, and the person's own profile is left alone.
  const profile = pathToFileURL(join(folder, 'libreoffice-profile')).href;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', folder, path], { stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done((performance.now() - started) / 1000) : fail(new Error(`${soffice} failed (exit ${code})`))));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The 10,000-action workbook imported in-process and converted by LibreOffice, in turn, RUNS times (each once first, unmeasured). */
async function besideLibreOffice(path: string, folder: string, actions: number): Promise<void> {
  let run = 0;
  const importIt = () => runChild(path, join(folder, `beside-${run++}.sqlite`), actions);
  const machine = watchMachine();
  await importIt();
  const hasLibreOffice = await convertWithLibreOffice(path, folder).then(
    () => true,
    (error: Error) => {
      console.log(`LibreOffice not run (${error.message}): install libreoffice-calc-nogui, or set PLANDESK_SOFFICE`);
      return false;
    },
  );
  if (!hasLibreOffice) return;
  const imports: { seconds: number; cpuSeconds: number; peakMb: number }[] = [];
  const conversions: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    imports.push(await importIt());
    conversions.push(await convertWithLibreOffice(path, folder));
  }
  const seconds = median(imports.map((t) => t.seconds));
  const soffice = median(conversions);
  console.log(`${actions.toLocaleString('en')} actions from .xlsx in-process: ${seconds.toFixed(2)} s (of ${imports.map((t) => t.seconds.toFixed(2)).join(', ')}), peak memory ${Math.round(Math.max(...imports.map((t) => t.peakMb)))} MB`);
  console.log(`soffice --headless --convert-to csv: ${soffice.toFixed(2)} s (of ${conversions.map((s) => s.toFixed(2)).join(', ')})`);
  console.log(`import / LibreOffice: ${(seconds / soffice).toFixed(2)} (wall, medians); target at most 1.0`);
  console.log(machine());
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
      if (actions === 10_000) await besideLibreOffice(files.xlsx, folder, actions);
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (wall times stretch under load; CPU times much less)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--one') await importOne(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
else await main();
