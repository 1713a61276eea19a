// Send → a ministry fills in its workbook (with mistakes, an extra row, rows reordered; a second copy loses its
// hidden sheet) → receive lists exactly the expected changes and problems → merge → the plan and history show them.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPackages } from '../../../electron/core/exchange/packages-list';
import { mergeReturns, receiveReturns } from '../../../electron/core/exchange/receive-returns';
import { sendForUpdate } from '../../../electron/core/exchange/send-updates';
import { listHistory } from '../../../electron/core/history/store';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { ensurePeriods } from '../../../electron/core/reporting/periods';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testContext } from '../support/workspace';
import { columnByHeader, fillIn, loadWorkbook, reverseDataRows, rowsOfCode } from './support';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const db = connection.db;
const planId = await importTwoChapterPlan(connection);
const period = (await ensurePeriods(db, planId, '2026-11')).find((p) => p.label === 'FY 2025-26')!;
const moic = (await db.selectFrom('agencies').select('id').where('acronym', '=', 'MoIC').executeTakeFirstOrThrow()).id;
const actionOf = async (code: string) => (await db.selectFrom('actions').selectAll().where('code', '=', code).executeTakeFirstOrThrow());
// A second indicator on 5.1.1.1, so that one action spans two rows.
const connectivity = await actionOf('5.1.1.1');
await db
  .insertInto('indicators')
  .values({ id: 'ind-fms', action_id: connectivity.id, position: 2, name: 'Fiber disruptions fixed within 4 hours', kind: 'number', created_at: 'x', updated_at: 'x' })
  .execute();

const out = join(folder, 'sent');
const sent = await sendForUpdate(db, testContext({ batchId: randomUUID() }), {
  planId,
  periodId: period.id,
  agencyIds: [moic],
  dueDate: '2027-01-31',
  contact: 'Karma, e-Gov PMU',
  folder: out,
});
const workbookPath = sent.files[0]!;

describe('send for update', () => {
  it('writes one workbook per agency, a zip with an index, and records the package as sent', async () => {
    expect(sent.files).toEqual([join(out, 'MoIC - FY 2025-26 - update.xlsx')]);
    const zip = unzipSync(new Uint8Array(readFileSync(sent.zipPath)));
    expect(Object.keys(zip).sort()).toEqual(['MoIC - FY 2025-26 - update.xlsx', 'index.xlsx']);
    const packages = await listPackages(db, planId);
    expect(packages).toHaveLength(1);
    expect(packages[0]).toMatchObject({ agency: { id: moic, label: 'MoIC' }, period: { label: 'FY 2025-26' }, status: 'sent', actions: 5, dueDate: '2027-01-31', issuedBy: 'Test Analyst' });
  });

  it('locks the identity columns, opens the update columns with checks, hides the ids, and prints on A4 landscape', async () => {
    const workbook = await loadWorkbook(workbookPath);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([['Instructions', 'visible'], ['Update', 'visible'], ['PlanDesk', 'veryHidden']]);
    const sheet = workbook.getWorksheet('Update')!;
    // Protected without a password (to prevent accidents, not to keep secrets); what is not allowed is left out.
    // exceljs reads the protection back without typing it.
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatRows: true });
    for (const allowed of ['sort', 'insertRows', 'deleteRows', 'formatColumns', 'insertColumns', 'deleteColumns']) expect(protection[allowed]).toBeFalsy();
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getColumn(2).hidden).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    const [first, second] = rowsOfCode(sheet, '5.1.1.1');
    const col = (header: string | RegExp) => columnByHeader(sheet, header);
    expect(first!.getCell(col('Action')).protection?.locked).not.toBe(false);
    expect(first!.getCell(col('Status now')).protection).toMatchObject({ locked: false });
    expect(first!.getCell(col('Status now')).dataValidation).toMatchObject({ type: 'list', formulae: ['"Not started,Ongoing,Completed,On hold,Dropped"'], errorStyle: 'stop' });
    expect(first!.getCell(col('Proposed new end date')).dataValidation).toMatchObject({ type: 'date', errorStyle: 'stop' });
    // The second indicator's row asks for its actual only.
    expect(second!.getCell(col(/^Actual value/)).protection).toMatchObject({ locked: false });
    expect(second!.getCell(col('Status now')).protection?.locked).not.toBe(false);
    expect(first!.getCell(1).value).toBe(connectivity.id);
    expect(second!.getCell(2).value).toBe('ind-fms');
  });
});

describe('receive, review and merge', () => {
  const returned = join(folder, 'returned', 'MoIC returned.xlsx');
  const copyWithoutIdentity = join(folder, 'returned', 'MoIC returned (copy).xlsx');

  it('lists exactly the proposed changes and the problems, matching rows by hidden id after they were reordered', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'returned'));
    const workbook = await loadWorkbook(workbookPath);
    fillIn(workbook, [
      { code: '5.1.1.1', cells: { '/^Actual value': '97%' } },
      { code: '5.1.1.1', line: 1, cells: { '/^Actual value': 'many' } },
      { code: '5.1.1.3', cells: { 'Status now': 'Completed', 'Progress in the period': 'Executive order issued on 3 March 2026.', '/^Actual value': 'YES' } },
      { code: '5.1.1.10', cells: { 'Proposed new end date': new Date(Date.UTC(2027, 5, 1)), 'Reason for the new end date': 'Awaiting Cabinet endorsement' } },
      { code: '5.1.2.3', cells: { 'Status now': 'Almost done', '/^Actual value': 'about 80', 'Support needed': 'Two trainers' } },
      { code: '5.3.2.1', cells: { 'Proposed new end date': 'next year' } },
    ]);
    reverseDataRows(workbook);
    const sheet = workbook.getWorksheet('Update')!;
    const extra = sheet.getRow(sheet.rowCount + 1);
    extra.getCell(columnByHeader(sheet, 'Code')).value = '5.9.9.9';
    extra.getCell(columnByHeader(sheet, 'Action')).value = 'Train every dzongkhag ICT officer';
    extra.getCell(columnByHeader(sheet, 'Progress in the period')).value = 'Started in May.';
    await workbook.xlsx.writeFile(returned);
    workbook.removeWorksheet(workbook.getWorksheet('PlanDesk')!.id);
    await workbook.xlsx.writeFile(copyWithoutIdentity);

    // The PMU changed 5.1.1.3's status after the workbook went out: the agency's answer now conflicts.
    await updateActionField(db, testContext({ batchId: randomUUID() }), { actionId: (await actionOf('5.1.1.3')).id, field: 'status', value: 'ongoing' });

    const received = await receiveReturns(db, planId, [returned, copyWithoutIdentity]);
    const [file, copy] = received.files;
    expect(copy!.refused).toBe(
      'MoIC returned (copy).xlsx: the hidden "PlanDesk" sheet that identifies this workbook was deleted, so its rows cannot be matched to the plan; nothing was read from it. Ask the agency for the workbook as it was sent, or copy their answers into a fresh copy',
    );
    expect(copy!.groups).toEqual([]);
    expect(file!.refused).toBeNull();
    expect(file!.source).toMatchObject({ kind: 'exchange', agency: { label: 'MoIC' }, period: { label: 'FY 2025-26' } });
    const changes = file!.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.oldValue, c.newValue, c.conflict !== null, c.note]));
    expect(changes).toEqual([
      // Rows were reversed in the sheet: groups come in the sheet's order. 5.1.2.3's support needed is valid and
      // proposed, although the row's status and actual were wrong.
      ['5.1.2.3', 'supportNeeded', null, 'Two trainers', false, null],
      ['5.1.1.10', 'revisedEnd', 'none (end Dec 2022)', 'Jun 2027', false, 'Awaiting Cabinet endorsement'],
      ['5.1.1.3', 'status', 'Ongoing', 'Completed', true, null],
      ['5.1.1.3', 'narrative', null, 'Executive order issued on 3 March 2026.', false, null],
      ['5.1.1.3', 'actual', null, 'YES', false, null],
      ['5.1.1.1', 'actual', null, '97%', false, null],
    ]);
    expect(file!.groups.find((g) => g.code === '5.1.1.3')!.changes[0]!.conflict).toBe("The plan's status changed since the workbook was sent (Not started → Ongoing)");
    const problems = file!.problems.map((p) => [p.severity, p.row, p.column, p.value, p.message]);
    // Sent in plan order on rows 3 to 8 (5.1.1.1 on two rows), then reversed: 5.3.2.1 is on row 3, 5.1.2.3 on 4,
    // 5.1.1.10 on 5, 5.1.1.3 on 6, 5.1.1.1's second indicator on 7 and its first on 8; the extra row is 9.
    // Columns: M status now, N actual, Q proposed new end date (the layout with last period and evidence).
    expect(problems).toEqual([
      ['error', 3, 'Q', 'next year', '"next year" is not a month (write a month such as Jun 2027)'],
      ['error', 4, 'M', 'Almost done', '"Almost done" is not a status; choose one of Not started, Ongoing, Completed, On hold, Dropped'],
      ['error', 4, 'N', 'about 80', '"about 80" is not a percentage (write it as 45% or 45); the indicator "No. of awareness created on regular basis" takes a percentage'],
      ['error', 7, 'N', 'many', '"many" is not a number; the indicator "Fiber disruptions fixed within 4 hours" takes a number'],
      ['error', 9, null, '5.9.9.9 Train every dzongkhag ICT officer', 'row 9 is not a row PlanDesk sent (it has no hidden action id), so it cannot be matched to an action; ignored ("5.9.9.9 Train every dzongkhag ICT officer"). New information belongs in "Progress in the period" of an existing action'],
    ]);
  });

  it('merges the accepted changes in one batch traced to the file, and refuses the same workbook afterwards', async () => {
    const received = await receiveReturns(db, planId, [returned]);
    const file = received.files[0]!;
    const uptime = file.groups.find((g) => g.code === '5.1.1.1')!.changes[0]!;
    const before = await db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    // A refused file in the set: nothing at all is merged.
    await expect(
      mergeReturns(db, testContext({ batchId: randomUUID() }), { planId, paths: [returned, copyWithoutIdentity], decisions: [{ target: { kind: 'file', fileId: file.fileId! }, accept: true }] }),
    ).rejects.toThrow(/^Nothing was merged: MoIC returned \(copy\)\.xlsx: the hidden "PlanDesk" sheet/);
    expect((await db.selectFrom('change_history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBe(before.n);

    const outcome = await mergeReturns(db, testContext({ user: 'Tshering', batchId: randomUUID() }), {
      planId,
      paths: [returned],
      expectedSha256: { [returned]: file.sha256 },
      decisions: [
        { target: { kind: 'file', fileId: file.fileId! }, accept: true },
        { target: { kind: 'change', changeId: uptime.id }, accept: false, note: 'Uptime figure to be confirmed by BICMA' },
      ],
    });
    expect(outcome).toMatchObject({ accepted: 5, rejected: 1, undoable: true });

    const plan = (await exportPlanFile(db, [planId])).plans[0]!;
    const actions = plan.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
    const byCode = (code: string) => actions.find((a) => a.code === code)!;
    expect(byCode('5.1.1.3')).toMatchObject({ status: 'completed', statusText: 'Completed' });
    expect(byCode('5.1.1.10')).toMatchObject({ revisedEnd: '2027-06', revisedEndReason: 'MoIC: Awaiting Cabinet endorsement' });
    expect(byCode('5.1.1.10').remarks).toBe('2026-11-27 MoIC: end date revised to Jun 2027. Reason: Awaiting Cabinet endorsement');
    const progress = await db.selectFrom('progress_updates').selectAll().where('period_id', '=', period.id).execute();
    expect(progress.find((p) => p.indicator_id === null && p.action_id === byCode('5.1.1.3').id)?.narrative).toBe('Executive order issued on 3 March 2026.');
    expect(progress.filter((p) => p.actual_text !== '').map((p) => p.actual_text)).toEqual(['YES']);

    const history = await listHistory(db, { planId, source: 'exchange', limit: 100 });
    const ids = { order: byCode('5.1.1.3').id!, procedure: byCode('5.1.1.10').id! };
    const progressOf = (field: string) => history.find((e) => e.entity === 'progress' && e.field === field)!.entityId;
    expect(history.map((e) => [e.entityId, e.field, e.oldValue, e.newValue, e.user, e.sourceFile]).sort()).toEqual(
      [
        [ids.procedure, 'remarks', '', byCode('5.1.1.10').remarks, 'Tshering', basename(returned)],
        [ids.procedure, 'revised_end_month', null, '2027-06', 'Tshering', basename(returned)],
        [ids.procedure, 'revised_end_reason', '', 'MoIC: Awaiting Cabinet endorsement', 'Tshering', basename(returned)],
        [ids.order, 'status', 'ongoing', 'completed', 'Tshering', basename(returned)],
        [ids.order, 'status_text', 'Ongoing', 'Completed', 'Tshering', basename(returned)],
        [progressOf('actual_text'), 'actual_text', '', 'YES', 'Tshering', basename(returned)],
        [progressOf('actual_value'), 'actual_value', null, '1', 'Tshering', basename(returned)],
        [progressOf('narrative'), 'narrative', '', 'Executive order issued on 3 March 2026.', 'Tshering', basename(returned)],
        [progressOf('support_needed'), 'support_needed', '', 'Two trainers', 'Tshering', basename(returned)],
        // The package itself, so that undoing the merge returns it to "returned".
        [file.fileId, 'status', 'returned', 'merged', 'Tshering', basename(returned)],
      ].sort(),
    );
    const decisions = await db.selectFrom('review_decisions').selectAll().where('accepted', '=', 0).execute();
    expect(decisions.map((d) => [d.field, d.new_value, d.note])).toEqual([['actual', '97%', 'Uptime figure to be confirmed by BICMA']]);
    expect((await listPackages(db, planId))[0]).toMatchObject({ status: 'merged', mergedBy: 'Tshering', accepted: 5, rejected: 1, returnedFile: returned });

    const again = await receiveReturns(db, planId, [returned]);
    expect(again.files[0]!.refused).toBe('MoIC returned.xlsx: this workbook (MoIC, FY 2025-26) was already merged on 2026-11-27 by Tshering');
  });

  it('refuses a file that is not ours, one for another plan, and a file that is not a workbook, with nothing read', async () => {
    const stranger = join(folder, 'returned', 'budget.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'Nu. 4.2 m';
    await workbook.xlsx.writeFile(stranger);
    const text = join(folder, 'returned', 'notes.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(text, 'just some notes, renamed');
    const other = await importTwoChapterPlan(connection);
    const received = await receiveReturns(db, other, [stranger, text, workbookPath, join(folder, 'missing.xlsx')]);
    expect(received.files.map((f) => f.refused)).toEqual([
      'budget.xlsx: this is not an update workbook sent by PlanDesk (it has no PlanDesk identity sheet)',
      'notes.xlsx: this is not an .xlsx workbook (an .xlsx file is a zip archive and starts with "PK"; this one does not)',
      'MoIC - FY 2025-26 - update.xlsx: it belongs to another plan ("e-Governance policy Implementation and Monitoring plan (extract)"), not to this one',
      'missing.xlsx: cannot be read (ENOENT)',
    ]);
    expect(received.counts).toEqual({ changes: 0, conflicts: 0, problems: 0, refused: 4 });
    expect(existsSync(workbookPath)).toBe(true);
  });
});
