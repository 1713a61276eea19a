// The CLI when its reader stops early (`plandesk help | head -1`): the pipe closes under it, and it ends quietly,
// with its own exit code and no stack trace (issue 19, item 7).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

it('ends quietly when the pipe it writes to is closed', { timeout: 60_000 }, async () => {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'electron', 'cli', 'index.ts'), 'help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  // The reader is gone before the CLI writes its first byte.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
