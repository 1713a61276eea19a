// The CLI's progress line: on a terminal, a long command rewrites one line on stderr with its phase and its count of
// what it counts ("Reading the rows · 1,200 of 2,000 rows (60%)"), or the phase alone when it is not counted;
// piped, or with --json, it prints none (its output stays what scripts read). The terminal is util-linux's
// `script`, which runs the command in a pseudo-terminal.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { planRows, writeXlsx } from '../../../scripts/generated-plan';
import { tempFolder } from '../support/workspace';

const run = promisify(execFile);
const folder = tempFolder();
const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'electron', 'cli', 'index.ts');
const spreadsheet = join(folder, 'plan-2000.xlsx');
await writeXlsx(spreadsheet, planRows(2000));

/** Runs the CLI in a pseudo-terminal: what the terminal showed (stdout and stderr together). */
async function onTerminal(...args: string[]): Promise<string> {
  const command = [TSX, CLI, ...args].map((part) => `'${part}'`).join(' ');
  const { stdout } = await run('script', ['--quiet', '--return', '--command', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, COLUMNS: '120' } });
  return stdout;
}

describe('the CLI’s progress line', { timeout: 180_000 }, () => {
  it('shows the phases and counts of an import on a terminal, on one line rewritten in place', async () => {
    const shown = await onTerminal('import', spreadsheet, '--db', join(folder, 'terminal.sqlite'), '--user', 'Tashi Dorji');
    // Each rewrite goes back to the start of the line and clears it.
    const rewrites = shown.split('\r\x1b[K').slice(1);
    expect(rewrites[0]).toBe('Reading plan-2000.xlsx…');
    expect(rewrites.some((line) => /^Reading the rows · [\d,]+ of 2,000 rows \(\d+%\)$/.test(line))).toBe(true);
    expect(rewrites.some((line) => /^Preparing the actions · [\d,]+ of 2,000 actions \(\d+%\)$/.test(line))).toBe(true);
    // The plan's tables are written one after another: not a count a person understands, so the phase alone.
    expect(rewrites).toContain('Writing the plan…');
    // Every count says what it counts.
    const counts = rewrites.filter((line) => / of [\d,]+/.test(line));
    expect(counts.length).toBeGreaterThan(1);
    for (const line of counts) expect(line).toMatch(/ · [\d,]+ of [\d,]+ (rows|actions) \(\d+%\)$/);
    // The line is cleared before the command's own output.
    expect(rewrites.at(-1)).toMatch(/^Imported plan-2000\.xlsx as plan [\w-]+: 20 chapters, 200 statements, 2000 actions/);
  });

  it('prints no progress when the output is piped, nor with --json', async () => {
    const piped = await run(TSX, [CLI, 'import', spreadsheet, '--db', join(folder, 'piped.sqlite'), '--user', 'Tashi Dorji'], { cwd: ROOT });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^Imported plan-2000\.xlsx as plan [\w-]+: 20 chapters/);
    expect(piped.stdout).not.toContain('\r');
    const json = await onTerminal('import', spreadsheet, '--db', join(folder, 'json.sqlite'), '--user', 'Tashi Dorji', '--json');
    expect(json).not.toContain('\r\x1b[K');
    expect(json).not.toContain('Reading the rows');
    expect(JSON.parse(json.replace(/\r\n/g, '\n')).counts.actions).toBe(2000);
  });
});
