// A .pmupack dropped on the window is opened for its review from its bytes, as Open package… opens a file, and its
// merge names it in the history by the name it was dropped with, never by the private copy it was read from.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, type TestDialogs } from '../support/workspace';

const folder = tempFolder();
const laptopA = await openTempWorkspace(folder, 'a.sqlite');
const laptopB = await openTempWorkspace(folder, 'b.sqlite');
const planId = await importTwoChapterPlan(laptopA);
const dialogs: TestDialogs = { savePath: join(folder, 'plan.pmupack') };
const onA = handlersFor(laptopA, { dialogs });
const onB = handlersFor(laptopB, { user: 'Karma' });

/** The private copies of dropped packages named `name` in the system's temporary folder, but those in `before`. */
function copiesOf(name: string, before: readonly string[] = []): string[] {
  return readdirSync(tmpdir())
    .filter((entry) => entry.startsWith('plandesk-dropped-'))
    .map((entry) => join(tmpdir(), entry, name))
    .filter((path) => existsSync(path) && !before.includes(path));
}

describe('a package dropped on the window', () => {
  it('opens for review and merges, traced to the dropped name', async () => {
    await onA('packages:create', { planId });
    const contentBase64 = readFileSync(join(folder, 'plan.pmupack')).toString('base64');
    const before = copiesOf('From laptop A.pmupack');
    const review = await onB('packages:openDropped', { file: { fileName: 'From laptop A.pmupack', contentBase64 } });
    expect(review.kind).toBe('package');
    expect(review.files[0]).toMatchObject({ fileName: 'From laptop A.pmupack', refused: null, source: { kind: 'package', newPlan: true } });
    // Read from a private copy while it is reviewed; the copy goes with the merge.
    expect(copiesOf('From laptop A.pmupack', before)).toHaveLength(1);
    await onB('packages:merge', { reviewId: review.reviewId, decisions: [{ target: { kind: 'file', fileId: review.files[0]!.fileId! }, accept: true }] });
    const files = await laptopB.db.selectFrom('change_history').select('source_file').distinct().where('source', '=', 'package').where('package_merge_id', 'is', null).execute();
    expect(files).toEqual([{ source_file: 'From laptop A.pmupack' }]);
    expect(copiesOf('From laptop A.pmupack', before)).toEqual([]);
  });

  it('refuses damaged bytes, saying which file', async () => {
    const before = copiesOf('broken.pmupack');
    const review = await onB('packages:openDropped', { file: { fileName: 'broken.pmupack', contentBase64: Buffer.from('not a zip').toString('base64') } });
    expect(review.files[0]!.refused).toMatch(/^broken\.pmupack: /);
    // Nothing to merge: no copy is kept.
    expect(copiesOf('broken.pmupack', before)).toEqual([]);
  });

  it('refuses a name that names no file, and removes nothing', async () => {
    const canary = join(folder, 'still-here.txt');
    writeFileSync(canary, 'kept');
    for (const fileName of ['..', 'a/..', '.', '/']) {
      const contentBase64 = Buffer.from('not a zip').toString('base64');
      await expect(onB('packages:openDropped', { file: { fileName, contentBase64 } })).rejects.toThrow(/is not the name of a file/);
    }
    expect(existsSync(canary)).toBe(true);
    expect(existsSync(tmpdir())).toBe(true);
  });
});
