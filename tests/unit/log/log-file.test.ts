// The support log on real files: lines with time, level, message and fields; errors with their stacks and causes;
// long operations with their duration; rotation by size; a folder that cannot be written never stops the caller.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/result';
import { formatFields, LogFile } from '../../../electron/core/log/log-file';
import { tempFolder } from '../support/workspace';

const at = new Date('2026-12-06T09:30:00.000Z');

describe('the log file', () => {
  const folder = tempFolder();

  it('writes one line per event: time, level, message, then fields', () => {
    const log = new LogFile({ folder: join(folder, 'lines'), now: () => at });
    log.info('PlanDesk started', { version: '0.1.0', electron: '41.7.1' });
    log.info('workspace opened', { path: '/home/pema/PMU plan.sqlite', ms: 84 });
    log.warn('refused', { channel: 'actions:update', message: 'End month "Juneish" is not a month' });
    expect(readFileSync(log.path, 'utf8')).toBe(
      '2026-12-06T09:30:00.000Z INFO  PlanDesk started version=0.1.0 electron=41.7.1\n' +
        '2026-12-06T09:30:00.000Z INFO  workspace opened path="/home/pema/PMU plan.sqlite" ms=84\n' +
        '2026-12-06T09:30:00.000Z WARN  refused channel=actions:update message="End month \\"Juneish\\" is not a month"\n',
    );
  });

  it('writes an error with its stack and what caused it, indented under its line', () => {
    const log = new LogFile({ folder: join(folder, 'errors'), now: () => at });
    const cause = new Error('SQLITE_FULL: database or disk is full');
    log.error('import failed', new AppError('internal', 'The plan could not be saved', undefined), { file: 'plan.xlsx' });
    log.error('merge failed', new Error('Could not merge', { cause }));
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/^2026-12-06T09:30:00\.000Z ERROR import failed file=plan\.xlsx\n {4}AppError: The plan could not be saved\n {5,}at /);
    expect(text).toMatch(/ERROR merge failed\n {4}Error: Could not merge\n(?: {5,}at .*\n)+ {4}Caused by:\n {4}Error: SQLITE_FULL: database or disk is full\n/);
  });

  it('times an operation, and logs a failed one with its duration and error before passing the error on', async () => {
    const log = new LogFile({ folder: join(folder, 'timed'), now: () => at });
    await expect(log.timed('import', async () => 42, { file: 'plan.xlsx' })).resolves.toBe(42);
    await expect(log.timed('report', async () => Promise.reject(new Error('Chromium was not found')))).rejects.toThrow('Chromium was not found');
    const lines = readFileSync(log.path, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^2026-12-06T09:30:00\.000Z INFO {2}import finished file=plan\.xlsx ms=\d+$/);
    expect(lines[1]).toMatch(/^2026-12-06T09:30:00\.000Z ERROR report failed ms=\d+$/);
    expect(lines[2]).toBe('    Error: Chromium was not found');
  });

  it('rotates by size, keeping the newest lines in plandesk.log and a bounded number of older files', () => {
    const logFolder = join(folder, 'rotated');
    const log = new LogFile({ folder: logFolder, maxBytes: 200, keep: 2, now: () => at });
    for (let line = 1; line <= 12; line += 1) log.info(`event ${line}`, { padding: 'x'.repeat(40) });
    expect(readdirSync(logFolder).sort()).toEqual(['plandesk.1.log', 'plandesk.2.log', 'plandesk.log']);
    const current = readFileSync(log.path, 'utf8');
    expect(current).toContain('event 12');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(200);
    expect(readFileSync(join(logFolder, 'plandesk.1.log'), 'utf8')).not.toContain('event 12');
    const kept = ['plandesk.2.log', 'plandesk.1.log', 'plandesk.log'].map((name) => readFileSync(join(logFolder, name), 'utf8')).join('');
    // The oldest events went with the oldest file; the kept ones are in order.
    expect(kept).not.toContain('event 1 ');
    const numbers = [...kept.matchAll(/event (\d+)/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('never throws when its folder cannot be written, and says so once on stderr', () => {
    const inTheWay = join(folder, 'in-the-way');
    writeFileSync(inTheWay, 'a file');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const log = new LogFile({ folder: join(inTheWay, 'logs') });
      expect(() => {
        log.info('one');
        log.error('two', new Error('boom'));
      }).not.toThrow();
      expect(stderr).toHaveBeenCalledTimes(1);
      expect(String(stderr.mock.calls[0]![0])).toContain(`PlanDesk could not write its log ${join(inTheWay, 'logs', 'plandesk.log')}`);
    } finally {
      stderr.mockRestore();
    }
    mkdirSync(join(folder, 'fine'));
  });

  it.each([
    [{ n: 3, ok: true, none: null, skipped: undefined }, ' n=3 ok=true none=null'],
    [{ path: 'C:\\Users\\Pema\\plan.sqlite' }, ' path=C:\\Users\\Pema\\plan.sqlite'],
    [{ title: 'two words' }, ' title="two words"'],
  ])('formats fields %j', (fields, text) => {
    expect(formatFields(fields)).toBe(text);
  });
});
