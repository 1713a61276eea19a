// Whole-plan packages: a plan moves to another workspace whole, later changes come back as a review merged by
// internal id, and a damaged, edited or hostile package is refused with the workspace left byte for byte as it was.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { constants, createDeflateRaw } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { listZipEntries, PACKAGE_RULES, type ZipRules } from '../../../electron/core/zip/safe-zip';
import { createPack } from '../../../electron/core/packages/create-pack';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { listHistory } from '../../../electron/core/history/store';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { takeSnapshot } from '../../../electron/core/snapshots/snapshots';
import { importTwoChapterPlan, openTempWorkspace, sha256Of, tempFolder, testContext } from '../support/workspace';

/** Limits wide enough to read back an archive a test has made hostile on purpose. */
const ANY_SIZE: ZipRules = { ...PACKAGE_RULES, maxEntries: 100, maxTotalBytes: 2 ** 32, maxRatio: 1e9 };

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const folder = tempFolder();
const laptopA = await openTempWorkspace(folder, 'laptop-a.sqlite');
const laptopB = await openTempWorkspace(folder, 'laptop-b.sqlite');
const planId = await importTwoChapterPlan(laptopA);
const edit = (user = 'Tshering') => testContext({ user, batchId: randomUUID(), at: new Date().toISOString() });
const actionId = async (db: typeof laptopA.db, code: string) => (await db.selectFrom('actions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
await takeSnapshot(laptopA.db, edit(), { planId, name: 'Steering committee, March 2026' });

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'electron', 'cli', 'index.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('moving a plan between PMU laptops', () => {
  const first = join(folder, 'plan-1.pmupack');

  it('packs the plan with a manifest holding the SHA-256 of every entry', async () => {
    const created = await createPack(laptopA.db, edit(), planId, first);
    const entries = unzipSync(new Uint8Array(readFileSync(first)));
    expect(Object.keys(entries).sort()).toEqual(['history.json', 'manifest.json', 'plan.json', 'progress.json', 'snapshots.json']);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest).toMatchObject({ format: 'plandesk.pack/1', planId, createdBy: 'Tshering', packId: created.packId });
    const { createHash } = await import('node:crypto');
    for (const entry of manifest.entries) expect(createHash('sha256').update(entries[entry.path]!).digest('hex')).toBe(entry.sha256);
  });

  it('opens it in an empty workspace as a new plan, and merges it whole: same ids, history and snapshots', async () => {
    const opened = await reviewPack(laptopB.db, first);
    expect(opened.file.refused).toBeNull();
    expect(opened.file.source).toMatchObject({ kind: 'package', newPlan: true, snapshots: 1 });
    expect(opened.file.groups.flatMap((g) => g.changes.map((c) => [c.field, c.newValue]))).toEqual([
      ['added', 'e-Governance policy Implementation and Monitoring plan (extract): 2 chapters, 3 statements, 5 actions, 1 snapshots, ' + `${(opened.file.source as { historyEntries: number }).historyEntries} history entries`],
    ]);
    const outcome = await mergePack(laptopB.db, edit('Karma'), { path: first, decisions: [{ target: { kind: 'file', fileId: opened.file.fileId! }, accept: true }] });
    expect(outcome).toMatchObject({ planId, accepted: 1, undoable: false });
    const strip = (file: Awaited<ReturnType<typeof exportPlanFile>>) => file.plans;
    expect(strip(await exportPlanFile(laptopB.db, [planId]))).toEqual(strip(await exportPlanFile(laptopA.db, [planId])));
    expect((await laptopB.db.selectFrom('snapshots').select('name').execute()).map((s) => s.name)).toEqual(['Steering committee, March 2026']);
    const history = await listHistory(laptopB.db, { planId, limit: 1000 });
    expect(history.filter((h) => h.source === 'import' && h.user === 'Test Analyst').length).toBeGreaterThan(5);
    expect((await reviewPack(laptopB.db, first)).file.refused).toMatch(/^plan-1\.pmupack: this package was already merged on \d{4}-\d{2}-\d{2} by Karma$/);
  });

  it('merges nothing, and records no merge, when the plan new here is declined', async () => {
    const laptopC = await openTempWorkspace(folder, 'laptop-declines.sqlite');
    const opened = await reviewPack(laptopC.db, first);
    expect(opened.file.source).toMatchObject({ kind: 'package', newPlan: true });
    const before = await Promise.all((['plans', 'plan_packages_merged', 'review_decisions', 'change_history'] as const).map((table) => laptopC.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()));
    await expect(mergePack(laptopC.db, edit('Karma'), { path: first, decisions: [{ target: { kind: 'file', fileId: opened.file.fileId! }, accept: false }] })).rejects.toThrow(
      'Nothing was merged: plan-1.pmupack holds a plan this workspace does not have, and it was not accepted',
    );
    const after = await Promise.all((['plans', 'plan_packages_merged', 'review_decisions', 'change_history'] as const).map((table) => laptopC.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()));
    expect(after).toEqual(before);
    // Still unmerged: it can be opened and accepted later.
    expect((await reviewPack(laptopC.db, first)).file.refused).toBeNull();
    await laptopC.close();
  });

  it('brings back later changes field by field, flagging a field changed on both laptops', async () => {
    await updateActionField(laptopA.db, edit(), { actionId: await actionId(laptopA.db, '5.1.1.3'), field: 'status', value: 'completed' });
    await updateActionField(laptopA.db, edit(), { actionId: await actionId(laptopA.db, '5.1.1.10'), field: 'end', value: 'June 2024' });
    await updateActionField(laptopB.db, edit('Karma'), { actionId: await actionId(laptopB.db, '5.1.1.10'), field: 'end', value: 'March 2023' });
    const second = join(folder, 'plan-2.pmupack');
    await createPack(laptopA.db, edit(), planId, second);
    const opened = await reviewPack(laptopB.db, second);
    const changes = opened.file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.oldValue, c.newValue, c.conflict?.replace(/\d{4}-\d{2}-\d{2}/, 'DATE') ?? null]));
    expect(changes).toEqual([
      ['5.1.1.3', 'status', 'Not started', 'Completed', null],
      ['5.1.1.10', 'end', 'Mar 2023', 'Jun 2024', 'Changed here too since the package was made (DATE by Karma)'],
    ]);
    const status = opened.file.groups[0]!.changes[0]!;
    const outcome = await mergePack(laptopB.db, edit('Karma'), { path: second, decisions: [{ target: { kind: 'change', changeId: status.id }, accept: true }] });
    expect(outcome).toMatchObject({ accepted: 1, rejected: 1, undoable: true });
    const plan = (await exportPlanFile(laptopB.db, [planId])).plans[0]!;
    const actions = plan.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
    expect(actions.find((a) => a.code === '5.1.1.3')).toMatchObject({ status: 'completed' });
    expect(actions.find((a) => a.code === '5.1.1.10')).toMatchObject({ end: '2023-03' });
    const traced = (await listHistory(laptopB.db, { planId, source: 'package', limit: 1000 })).filter((h) => h.sourceFile === basename(second));
    expect(traced.map((h) => [h.entity, h.field, h.newValue, h.sourceFile])).toEqual([
      // The package's own record, which its undo takes back, and what it brought from the other laptop.
      ['plan_package', 'brought', expect.stringMatching(/^\d+ history entr(y|ies), 0 snapshots$/), basename(second)],
      ['plan_package', 'created', expect.any(String), basename(second)],
      ['action', 'status_text', 'Completed', basename(second)],
      ['action', 'status', 'completed', basename(second)],
    ]);
  });
});

/** A zip with the given entries, with a manifest that lists (and checksums) the normal entries. */
async function packWith(name: string, extra: Record<string, Uint8Array>): Promise<string> {
  const source = join(folder, 'plan-1.pmupack');
  const entries = unzipSync(new Uint8Array(readFileSync(source)));
  const path = join(folder, name);
  writeFileSync(path, zipSync({ ...entries, ...extra }));
  return path;
}

/** Raw deflate of `size` zero bytes, streamed so the test never holds the unpacked gigabyte. */
async function deflatedZeros(size: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(16 * 1024 * 1024);
  for (let written = 0; written < size; written += block.length) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Rewrites the sizes an entry declares in both its local header and the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const entry = listZipEntries(bytes, 'x.zip', ANY_SIZE).find((e) => e.name === name)!;
  view.setUint32(entry.localOffset + 22, size, true);
  for (let at = bytes.length - 22; at > 0; at -= 1) {
    if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === name) {
      view.setUint32(at + 24, size, true);
      break;
    }
  }
  return bytes;
}

describe('refusing damaged, edited and hostile packages (nothing written)', () => {
  const db = join(folder, 'laptop-c.sqlite');

  async function expectRefused(path: string, message: RegExp): Promise<void> {
    const before = sha256Of(db);
    const result = await cli('unpack', path, '--db', db, '--accept', 'all', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stdout).toBe('');
    expect(sha256Of(db)).toBe(before);
  }

  it('prepares a workspace', async () => {
    // summary reads a workspace and never creates one: the workspace is made here, then summarised.
    await (await openDatabase(db)).close();
    const prepared = await cli('summary', '--db', db, '--json');
    expect(prepared.code).toBe(0);
  });

  it('refuses a package with one flipped byte', async () => {
    const bytes = new Uint8Array(readFileSync(join(folder, 'plan-1.pmupack')));
    const plan = listZipEntries(bytes, 'p', PACKAGE_RULES).find((e) => e.name === 'plan.json')!;
    const flipped = bytes.slice();
    const at = plan.localOffset + 30 + 'plan.json'.length + Math.floor(plan.packedSize / 2);
    flipped[at] = flipped[at]! ^ 0x01;
    const path = join(folder, 'flipped.pmupack');
    writeFileSync(path, flipped);
    // Where the flip lands in the compressed data decides whether inflating fails, or yields the wrong length
    // or wrong bytes; every case is refused, by the archive check or by the checksum.
    await expectRefused(
      path,
      /^plandesk unpack: flipped\.pmupack: (the package is (truncated or )?damaged: entry "plan\.json" (cannot be unpacked|unpacks to \d+ bytes instead of \d+)|entry "plan\.json" unpacks to more than the \d+ bytes it declares|"plan\.json" does not match its checksum in the manifest; the package was damaged or edited, refused)/,
    );
  });

  it('refuses a package whose plan was edited after it was made', async () => {
    const entries = unzipSync(new Uint8Array(readFileSync(join(folder, 'plan-1.pmupack'))));
    const text = new TextDecoder().decode(entries['plan.json']).replace('Ensure reliable connectivity at all times', 'Ensure connectivity');
    const path = await packWith('edited.pmupack', { 'plan.json': strToU8(text) });
    await expectRefused(path, /^plandesk unpack: edited\.pmupack: "plan\.json" does not match its checksum in the manifest; the package was damaged or edited, refused$/);
  });

  it('refuses a package whose entries were rewritten with their checksums but hold a date that is no date', async () => {
    // The checksums show damage, not intent: someone can edit an entry and fix its checksum. The contents are
    // checked too, so an entry dated "yesterday" cannot sort to the top of the History or break a date shown.
    const entries = unzipSync(new Uint8Array(readFileSync(join(folder, 'plan-1.pmupack'))));
    const history = JSON.parse(new TextDecoder().decode(entries['history.json'])) as { at: string }[];
    history[0]!.at = 'yesterday';
    const edited = strToU8(JSON.stringify(history));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { entries: { path: string; size: number; sha256: string }[] };
    const listed = manifest.entries.find((e) => e.path === 'history.json')!;
    listed.size = edited.length;
    listed.sha256 = createHash('sha256').update(edited).digest('hex');
    const path = await packWith('dated.pmupack', { 'history.json': edited, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    await expectRefused(path, /^plandesk unpack: dated\.pmupack: history\.json is not in the PlanDesk package format \(at \[0\]\.at: not a date and time \(PlanDesk writes e\.g\. 2026-11-27T16:39:28\.000Z\)\)$/);
  });

  it('refuses an entry whose path leads outside the archive', async () => {
    const path = await packWith('escape.pmupack', { '../../.bashrc': strToU8('echo owned') });
    await expectRefused(path, /^plandesk unpack: escape\.pmupack: the package holds an entry with an unsafe path \("\.\.\/\.\.\/\.bashrc"\); refused$/);
  });

  it('refuses too many entries', async () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`extra-${i}.json`, strToU8('{}')]));
    const path = await packWith('crowded.pmupack', many);
    await expectRefused(path, /^plandesk unpack: crowded\.pmupack: the package holds 25 entries \(at most 16\); refused$/);
  });

  it('refuses an entry inflating to 1 GB, whether it declares its size or lies about it', async () => {
    const bomb = await deflatedZeros(1024 * 1024 * 1024);
    const base = unzipSync(new Uint8Array(readFileSync(join(folder, 'plan-1.pmupack'))));
    // Stored as is (level 0 would store; the bytes are already deflated), then marked as deflated of 1 GB.
    const raw = zipSync({ ...base, 'history.json': [bomb, { level: 0 }] });
    const declared = join(folder, 'bomb.pmupack');
    writeFileSync(declared, markDeflated(raw, 'history.json', 1024 * 1024 * 1024));
    await expectRefused(declared, /^plandesk unpack: bomb\.pmupack: (entry "history\.json" would unpack \d+ times larger than it is stored \(1024 MB\)|the package would unpack to more than 512 MB); refused as a possible zip bomb$/);
    const lying = join(folder, 'lying-bomb.pmupack');
    writeFileSync(lying, markDeflated(raw, 'history.json', 4096));
    await expectRefused(lying, /^plandesk unpack: lying-bomb\.pmupack: entry "history\.json" unpacks to more than the 4096 bytes it declares; refused as a possible zip bomb$/);
  }, 60_000);
});

/** Marks a stored entry as deflated with the given unpacked size (its data is already raw deflate). */
function markDeflated(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = declareSize(zip, name, size);
  const view = new DataView(bytes.buffer);
  const entry = listZipEntries(bytes, 'x.zip', ANY_SIZE).find((e) => e.name === name)!;
  view.setUint16(entry.localOffset + 8, 8, true);
  for (let at = bytes.length - 22; at > 0; at -= 1) {
    if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === name) {
      view.setUint16(at + 10, 8, true);
      break;
    }
  }
  return bytes;
}
