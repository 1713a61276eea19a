// npm run bench:cli — the command line as a user runs it, beside LibreOffice, in one run:
//   `npm run --silent cli -- --help` (target: under 0.5 s), and
//   `npm run --silent cli -- import plan.xlsx --db new.sqlite` of a generated 10,000-action workbook against
//   `soffice --headless --convert-to csv` of the same file (target: at most 1.5 times LibreOffice's time).
// Whole processes, timed from start to exit: what a script calling either would wait for. Each is run once first
// (disk cache, LibreOffice's profile), then RUNS times in turn; the medians are printed with the CPU time of each
// process and its children, the load before and the CPU the host took meanwhile (wall times stretch with both).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planRows, writeXlsx } from './generated-plan';
import { watchMachine } from './machine-share';

const RUNS = 5;
const ACTIONS = 10_000;
const root = resolve(import.meta.dirname, '..');

interface Timing {
  readonly seconds: number;
  /** CPU time of the process and everything it started (Linux only; NaN elsewhere). */
  readonly cpuSeconds: number;
}

/** CPU time of this process's children that have exited, in seconds (Linux /proc: cutime + cstime). */
function childrenCpuSeconds(): number {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function timed(command: string, args: readonly string[]): Promise<Timing> {
  return new Promise((done, fail) => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PLANDESK_USER: 'bench' } });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${errors.trim()}`));
      else done({ seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(label: string, timings: readonly Timing[]): string {
  const seconds = timings.map((t) => t.seconds);
  const cpu = median(timings.map((t) => t.cpuSeconds));
  return `${label.padEnd(40)} ${median(seconds).toFixed(2)} s (of ${seconds.map((s) => s.toFixed(2)).join(', ')}; CPU ${Number.isNaN(cpu) ? 'n/a' : `${cpu.toFixed(2)} s`})`;
}

/** npm itself, run by this Node (no .cmd shim on Windows): npm_execpath is set by `npm run`. */
function npm(...args: string[]): [string, string[]] {
  const npmCli = process.env['npm_execpath'];
  if (!npmCli) throw new Error('Run this as "npm run bench:cli": it times the CLI as npm runs it');
  return [process.execPath, [npmCli, 'run', '--silent', 'cli', '--', ...args]];
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'plandesk-bench-cli-'));
  try {
    const workbook = join(folder, `plan-${ACTIONS}.xlsx`);
    await writeXlsx(workbook, planRows(ACTIONS));
    // The CLI as built now (the launcher builds it when its sources changed): built before anything is timed.
    await timed(...npm('--help'));
    const soffice = process.env['PLANDESK_SOFFICE'] ?? 'soffice';
    // A profile of its own: no running LibreOffice is reused, and the person's own profile is left alone.
    const profile = pathToFileURL(join(folder, 'libreoffice-profile')).href;
    const libreOffice = (): [string, string[]] => [soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', folder, workbook]];
    let run = 0;
    const importIt = (): [string, string[]] => npm('import', workbook, '--db', join(folder, `import-${run++}.sqlite`));

    const machine = watchMachine();
    await timed(...importIt());
    const hasLibreOffice = await timed(...libreOffice()).then(
      () => true,
      (error: Error) => {
        console.log(`LibreOffice not run (${error.message}): install libreoffice-calc-nogui, or set PLANDESK_SOFFICE`);
        return false;
      },
    );
    const help: Timing[] = [];
    const imports: Timing[] = [];
    const conversions: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      help.push(await timed(...npm('--help')));
      imports.push(await timed(...importIt()));
      if (hasLibreOffice) conversions.push(await timed(...libreOffice()));
    }
    if (!existsSync(join(folder, `plan-${ACTIONS}.csv`)) && hasLibreOffice) throw new Error('LibreOffice wrote no .csv');
    console.log(summary('npm run --silent cli -- --help', help));
    console.log(summary(`cli import, ${ACTIONS.toLocaleString('en')} actions (.xlsx)`, imports));
    if (hasLibreOffice) {
      console.log(summary('soffice --headless --convert-to csv', conversions));
      const ratio = median(imports.map((t) => t.seconds)) / median(conversions.map((t) => t.seconds));
      const cpuRatio = median(imports.map((t) => t.cpuSeconds)) / median(conversions.map((t) => t.cpuSeconds));
      console.log(`import / LibreOffice: ${ratio.toFixed(2)} (wall), ${Number.isNaN(cpuRatio) ? 'n/a' : cpuRatio.toFixed(2)} (CPU); target at most 1.5`);
    }
    console.log(machine());
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
