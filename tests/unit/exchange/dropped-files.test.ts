// Files dropped on the window, judged by their content: a returned update workbook (with or without its hidden
// identity sheet) goes to Receive updates, a plan spreadsheet or a text file to Import, a package to Open package;
// a hostile or damaged archive is refused with a message naming the file, and nothing is written. Dropped
// workbooks are then received and merged from their bytes, through the contract as the window calls it.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { droppedFileKind } from '../../../electron/core/exchange/dropped-files';
import { planWorkbookBytes } from '../../../electron/core/exports/plan-workbook';
import { listZipEntries, WORKBOOK_RULES } from '../../../electron/core/zip/safe-zip';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder, type TestDialogs } from '../support/workspace';
import { fillIn, loadWorkbook } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const otherPlanId = await importTwoChapterPlan(connection);
const dialogs: TestDialogs = {};
const call = handlersFor(connection, { user: 'Tshering', dialogs });
const periodOf = async (plan: string) => (await call('plans:periods', { planId: plan })).find((p) => p.label === 'FY 2025-26')!;

dialogs.folder = join(folder, 'sent');
const sent = (await call('exchange:send', { planId, periodId: (await periodOf(planId)).id, agencyIds: null, dueDate: null }))!;
dialogs.folder = join(folder, 'sent-other');
const sentOther = (await call('exchange:send', { planId: otherPlanId, periodId: (await periodOf(otherPlanId)).id, agencyIds: null, dueDate: null }))!;
const moicFile = sent.files.find((f) => f.endsWith('MoIC - FY 2025-26 - update.xlsx'))!;

mkdirSync(join(folder, 'back'));
/** The MoIC workbook as the ministry sends it back: 5.1.1.3 completed, saved by a spreadsheet program. */
async function returnedBytes(options: { withoutIdentity?: boolean } = {}): Promise<Uint8Array> {
  const workbook = await loadWorkbook(moicFile);
  fillIn(workbook, [{ code: '5.1.1.3', cells: { 'Status now': 'Completed' } }]);
  if (options.withoutIdentity) workbook.removeWorksheet(workbook.getWorksheet('PlanDesk')!.id);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const kindOf = (bytes: Uint8Array, name: string) => droppedFileKind(bytes, name);

/** Rewrites the unpacked size an entry declares (local header and directory), as a hostile archive lies. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const entry = listZipEntries(bytes, 'x.xlsx', WORKBOOK_RULES).find((e) => e.name === name)!;
  view.setUint32(entry.localOffset + 22, size, true);
  for (let at = bytes.length - 22; at > 0; at -= 1) {
    if (view.getUint32(at, true) === 0x02014b50 && view.getUint32(at + 42, true) === entry.localOffset) {
      view.setUint32(at + 24, size, true);
      break;
    }
  }
  return bytes;
}

describe('what a dropped file is, by its content', () => {
  it('knows a returned update workbook, also one whose hidden identity sheet was deleted, whatever its name', async () => {
    expect(kindOf(new Uint8Array(readFileSync(moicFile)), 'as sent.xlsx')).toEqual({ fileName: 'as sent.xlsx', kind: 'update-workbook', refused: null });
    expect(kindOf(await returnedBytes(), 'plan.csv').kind).toBe('update-workbook');
    expect(kindOf(await returnedBytes({ withoutIdentity: true }), 'copy.xlsx').kind).toBe('update-workbook');
  });

  it('sends a plan spreadsheet, a text file and a workbook with a visible "PlanDesk" sheet to the importer', async () => {
    expect(kindOf(await planWorkbookBytes(connection.db, [planId]), 'plan.xlsx')).toEqual({ fileName: 'plan.xlsx', kind: 'spreadsheet', refused: null });
    expect(kindOf(strToU8('Code\tAction\n5.1.1.1\tConnect\n'), 'plan.tsv').kind).toBe('spreadsheet');
    expect(kindOf(strToU8('garbage that is no archive'), 'garbage.xlsx').kind).toBe('spreadsheet');
    const visible = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="PlanDesk" sheetId="1" r:id="rId1"/></sheets></workbook>') });
    expect(kindOf(visible, 'notes.xlsx').kind).toBe('spreadsheet');
  });

  it('knows a whole-plan package by its manifest', () => {
    expect(kindOf(zipSync({ 'manifest.json': strToU8('{}'), 'plan.json': strToU8('{}') }), 'laptop.zip')).toEqual({ fileName: 'laptop.zip', kind: 'package', refused: null });
  });

  it('refuses a zip of something else, a damaged archive and hostile archives, saying what and in which file', () => {
    expect(kindOf(zipSync({ 'word/document.xml': strToU8('<w/>') }), 'letter.docx')).toEqual({
      fileName: 'letter.docx',
      kind: 'refused',
      refused: 'letter.docx: this zip archive is neither an .xlsx workbook nor a PlanDesk package (.pmupack), so PlanDesk has nothing to do with it',
    });
    const whole = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(kindOf(whole.subarray(0, whole.length - 30), 'cut.xlsx').refused).toMatch(/^cut\.xlsx: the workbook is truncated or damaged: the archive's directory, which ends every zip file, is missing/);
    expect(kindOf(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), '../../.bashrc': strToU8('echo owned') }), 'escape.xlsx').refused).toBe(
      'escape.xlsx: the workbook holds an entry with an unsafe path ("../../.bashrc"); refused',
    );
    // A package is refused in a package's words.
    expect(kindOf(zipSync({ 'manifest.json': strToU8('{}'), '../../.bashrc': strToU8('echo owned') }), 'escape.pmupack').refused).toBe(
      'escape.pmupack: the package holds an entry with an unsafe path ("../../.bashrc"); refused',
    );
    // 20 MB of zeros stored in a few kilobytes: refused from the directory, before anything is inflated.
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] });
    expect(kindOf(bomb, 'bomb.xlsx').refused).toMatch(/^bomb\.xlsx: entry "xl\/worksheets\/sheet1\.xml" would unpack \d+ times larger than it is stored \(20 MB\); refused as a possible zip bomb$/);
    // The list of sheets itself lies about its size: inflating it stops at the size it declares.
    const lying = declareSize(zipSync({ 'xl/workbook.xml': [new Uint8Array(1024 * 1024), { level: 9 }] }), 'xl/workbook.xml', 4096);
    expect(kindOf(lying, 'lying.xlsx').refused).toBe('lying.xlsx: entry "xl/workbook.xml" unpacks to more than the 4096 bytes it declares; refused as a possible zip bomb');
    // The same lie on an entry stored without compression.
    const storedLying = declareSize(zipSync({ 'xl/workbook.xml': [new Uint8Array(1024 * 1024), { level: 0 }] }), 'xl/workbook.xml', 4096);
    expect(kindOf(storedLying, 'stored.xlsx').refused).toBe('stored.xlsx: entry "xl/workbook.xml" unpacks to more than the 4096 bytes it declares; refused as a possible zip bomb');
    const storedShort = declareSize(zipSync({ 'xl/workbook.xml': [strToU8('<workbook/>'), { level: 0 }] }), 'xl/workbook.xml', 4096);
    expect(kindOf(storedShort, 'short.xlsx').refused).toBe('short.xlsx: the workbook is truncated or damaged: entry "xl/workbook.xml" unpacks to 11 bytes instead of 4096');
  });
});

describe('dropped files through the contract', () => {
  const historyRows = () => connection.db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const statuses = async () => (await call('exchange:packages', { planId })).map((p) => p.status);

  it('identifies several files in one call and writes nothing, hostile ones included', async () => {
    const before = { history: await historyRows(), statuses: await statuses() };
    const kinds = await call('exchange:identifyDropped', {
      files: [
        { fileName: 'MoIC back.xlsx', contentBase64: base64(await returnedBytes()) },
        { fileName: 'escape.xlsx', contentBase64: base64(zipSync({ '../evil': strToU8('x') })) },
        { fileName: 'plan.tsv', contentBase64: base64(strToU8('Code\tAction\n')) },
      ],
    });
    expect(kinds.map((k) => k.kind)).toEqual(['update-workbook', 'refused', 'spreadsheet']);
    expect(kinds[1]!.refused).toBe('escape.xlsx: the workbook holds an entry with an unsafe path ("../evil"); refused');
    expect({ history: await historyRows(), statuses: await statuses() }).toEqual(before);
    await expect(call('exchange:identifyDropped', { files: [] })).rejects.toThrow('no file was dropped');
    await expect(call('exchange:identifyDropped', { files: [{ fileName: 'x.xlsx', contentBase64: 'not base64!' }] })).rejects.toThrow("x.xlsx: the file's content did not arrive intact (not base64)");
  });

  it("receives dropped workbooks from their bytes, refuses another plan's with the usual message, and merges", async () => {
    const otherPlanBook = new Uint8Array(readFileSync(sentOther.files[0]!));
    const review = await call('exchange:receiveDropped', {
      planId,
      files: [
        { fileName: 'MoIC back.xlsx', contentBase64: base64(await returnedBytes()) },
        { fileName: 'other plan.xlsx', contentBase64: base64(otherPlanBook) },
      ],
    });
    const [moic, other] = review.files;
    expect(moic).toMatchObject({ fileName: 'MoIC back.xlsx', path: 'MoIC back.xlsx', refused: null });
    expect(moic!.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.newValue]))).toEqual([['5.1.1.3', 'status', 'Completed']]);
    expect(other!.refused).toBe('other plan.xlsx: it belongs to another plan ("e-Governance policy Implementation and Monitoring plan (extract)"), not to this one');
    expect(await statuses()).toContain('returned');

    await expect(
      call('exchange:receiveDropped', { planId, files: [1, 2].map(() => ({ fileName: 'same.xlsx', contentBase64: base64(otherPlanBook) })) }),
    ).rejects.toThrow('Two of the dropped files are named same.xlsx; drop one of them at a time');

    const outcome = await call('exchange:merge', { reviewId: review.reviewId, decisions: [{ target: { kind: 'file', fileId: moic!.fileId! }, accept: true }], leaveOut: ['other plan.xlsx'] });
    expect(outcome.accepted).toBe(1);
    expect((await call('actions:list', { planId })).find((a) => a.code === '5.1.1.3')!.status).toBe('completed');
    const entry = (await call('history:list', { planId, source: 'exchange' })).find((e) => e.field === 'status' && e.entity === 'action')!;
    expect(entry.sourceFile).toBe('MoIC back.xlsx');
  });
});
