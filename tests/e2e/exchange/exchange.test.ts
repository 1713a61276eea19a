// The Exchange view against a real workspace, as the PMU uses it: send DITT its update workbook into a folder,
// have the ministry fill it in Excel (a status, a narrative, an actual, and a value the indicator cannot take),
// receive it, review the changes, the conflict and the problem, reject one change, merge, and find the plan and
// its history updated; the same workbook is refused afterwards. The harness answers the file dialogs from a JSON
// file (--dialog-answers / PLANDESK_DIALOG_ANSWERS), as the desktop app's dialogs would.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { fillIn, loadWorkbook, signOff } from '../../unit/exchange/support';
import { openDatabase } from '../../../electron/core/db/connection';
import { createPack } from '../../../electron/core/packages/create-pack';
import { mergePack } from '../../../electron/core/packages/merge-pack';
import { reviewPack } from '../../../electron/core/packages/open-pack';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { createAction, moveAction, setActionDeleted } from '../../../electron/core/plan/structure-commands';

const EDITOR = 'Karma Wangdi';

describe('exchange with the lead agencies', () => {
  const app = startApp({ name: 'exchange', user: EDITOR, dialogs: {} });
  const outbox = join(app.folder, 'sent');
  const returned = join(app.folder, 'DITT returned.xlsx');
  let planId: string;
  let sentWorkbook: string;

  const actionCoded = async (code: string) => (await app.call('actions:list', { planId })).find((a) => a.code === code)!;

  beforeAll(async () => {
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
  });

  it('sends DITT its workbook into the chosen folder and lists it as sent', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await expect.poll(() => page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Exchange' }).click();
    await page.getByRole('heading', { name: 'Send for update' }).waitFor();
    await page.getByText('No workbook sent yet').waitFor();

    await page.getByRole('radio', { name: 'Choose' }).check();
    await page.getByRole('checkbox', { name: /^DITT/ }).check();
    await expect.poll(() => page.locator('.exchange-card__foot').textContent()).toContain('1 workbook, 2 actions');
    await page.getByLabel('Return by').fill('2027-01-31');
    await page.getByLabel('Contact for questions').fill('Karma Wangdi, e-Gov PMU');
    app.answerDialogs({ chooseFolder: outbox });
    await page.getByRole('button', { name: 'Send…' }).click();

    const notice = page.locator('.exchange-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`1 workbook written to ${outbox}`);
    const row = page.locator('tr[data-package="DITT"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Sent');
    expect(await row.textContent()).toContain('31 Jan 2027');

    const packages = await app.call('exchange:packages', { planId });
    expect(packages).toHaveLength(1);
    expect(packages[0]).toMatchObject({ agency: { label: 'DITT' }, status: 'sent', dueDate: '2027-01-31', contact: 'Karma Wangdi, e-Gov PMU', issuedBy: EDITOR });
    sentWorkbook = join(outbox, packages[0]!.fileName);
    expect(existsSync(sentWorkbook)).toBe(true);
    const zips = (await import('node:fs')).readdirSync(outbox).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    await saveScreenshot(page, 'exchange-sent');
  });

  it('receives the filled-in workbook and shows the changes, the conflict and the problem', async () => {
    const { page } = app.browser;
    // The ministry fills it in.
    const workbook = await loadWorkbook(sentWorkbook);
    fillIn(workbook, [
      {
        code: '5.1.1.1',
        cells: {
          'Status now': 'Completed',
          'Progress in the period': 'All 205 gewogs connected to TWAN with redundant links.\n• Network operations centre staffed 24/7.',
          '/^Actual value': '97%',
          'Evidence (reference or link)': 'TWAN monitoring report, DITT/NOC/2026/07',
        },
      },
      { code: '5.1.1.1', line: 1, cells: { '/^Actual value': 'very good' } },
      { code: '5.2.1.1', cells: { 'Progress in the period': 'Last agency server room decommissioned.' } },
    ]);
    signOff(workbook, { Name: 'Tashi Dorji', Position: 'Head, Network Division, DITT', Date: new Date(Date.UTC(2027, 0, 20)) });
    await workbook.xlsx.writeFile(returned);
    // Meanwhile the PMU put 5.1.1.1 on hold: the ministry's status now conflicts.
    await app.call('actions:update', { actionId: (await actionCoded('5.1.1.1')).id, field: 'status', value: 'on_hold' });

    app.answerDialogs({ chooseFiles: [returned] });
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();

    const review = page.locator('.review');
    expect(await review.locator('.view-toolbar__count').textContent()).toBe('1 file · 4 proposed changes · 1 conflict · 1 problem');
    expect(await page.locator('.review-file__name').textContent()).toContain('DITT · ');
    const problem = page.locator('.review-problem');
    expect(await problem.count()).toBe(1);
    expect(await problem.textContent()).toContain('very good');
    expect(await problem.textContent()).toMatch(/not a percentage/);

    const connectivity = page.locator('[data-group="5.1.1.1"]');
    expect(await connectivity.locator('.review-change').count()).toBe(3);
    const status = connectivity.locator('.review-change', { hasText: 'Status' }).first();
    expect(await status.locator('.review-change__old').textContent()).toBe('On hold');
    expect(await status.locator('.review-change__new .review-value').first().textContent()).toBe('Completed');
    expect(await status.locator('.review-conflict').textContent()).toContain("status changed since the workbook was sent");
    // Who answered for the return, and the evidence of each change read from the row that gave it.
    expect(await page.locator('.review-file__signed').textContent()).toBe('Reported by Tashi Dorji, Head, Network Division, DITT on 20 January 2027');
    expect(await status.locator('.review-change__evidence').textContent()).toBe('Evidence TWAN monitoring report, DITT/NOC/2026/07');
    await saveScreenshot(page, 'exchange-review');
  });

  it('takes decisions by action and by change, with a note, and says what will be merged', async () => {
    const { page } = app.browser;
    const merge = page.getByRole('button', { name: 'Merge accepted changes' });
    expect(await merge.isDisabled()).toBe(true);

    // Accept the whole file from the keyboard, then reject one change with a note.
    const fileAccept = page.getByRole('group', { name: /^Decision on every change of DITT returned/ }).getByRole('button', { name: 'Accept file' });
    await fileAccept.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.review-summary__count--accepted dd').textContent()).toBe('4');
    expect(await page.locator('.review-summary__warn').textContent()).toContain('1 accepted change overrides');

    const serverRoom = page.locator('[data-group="5.2.1.1"] .review-change').first();
    await serverRoom.getByRole('button', { name: 'Reject' }).click();
    await serverRoom.getByRole('button', { name: /^Add a note/ }).click();
    await page.keyboard.type('Already recorded at the last meeting');
    expect(await serverRoom.getAttribute('class')).toContain('review-change--rejected');
    expect(await page.locator('.review-summary__count--accepted dd').textContent()).toBe('3');
    expect(await page.locator('.review-summary__count--rejected dd').textContent()).toBe('1');
    expect(await page.locator('.review-summary__line').first().textContent()).toBe(
      '3 changes to 1 action will be written to the plan, in one step recorded in its history.',
    );
    await saveScreenshot(page, 'exchange-review-decided');

    await merge.click();
    const notice = page.locator('.exchange-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Merged 3 accepted changes; 1 rejected.');
    await expect.poll(() => page.locator('tr[data-package="DITT"]').textContent()).toContain('Merged');
    expect(await page.locator('tr[data-package="DITT"]').textContent()).toContain('3 accepted, 1 rejected');
    await saveScreenshot(page, 'exchange-merged');
  });

  it('changed the plan and recorded it as one exchange step; the same workbook is refused afterwards', async () => {
    const { page } = app.browser;
    expect((await actionCoded('5.1.1.1')).status).toBe('completed');
    const offices = (await app.call('indicators:list', { planId })).find((i) => i.name === 'Government offices connected to TWAN')!;
    expect(Object.values(offices.actuals).map((a) => a?.text)).toContain('97%');
    const history = await app.call('history:list', { planId, source: 'exchange' });
    expect(history.length).toBeGreaterThanOrEqual(3);
    expect(new Set(history.map((h) => h.user))).toEqual(new Set([EDITOR]));
    expect(history.some((h) => h.newValue?.includes('Last agency server room'))).toBe(false);

    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    expect(await page.locator('.review-refused').textContent()).toMatch(/Refused/);
    expect(await page.getByRole('button', { name: 'Merge accepted changes' }).isDisabled()).toBe(true);
    expect(await page.locator('.review-summary__block').textContent()).toBe('Nothing can be merged: the file is refused (the reason is beside it).');
    await saveScreenshot(page, 'exchange-refused');
    await page.getByRole('button', { name: /Close without merging/ }).click();
    await page.getByRole('heading', { name: 'Send for update' }).waitFor();
  });

  it('creates a whole-plan package; another laptop works on it; its package, opened here, proposes those changes by kind and merges them', async () => {
    const { page } = app.browser;
    const pack = join(app.folder, 'plan.pmupack');
    app.answerDialogs({ chooseSavePath: pack });
    await page.getByRole('button', { name: 'Create package…' }).click();
    await expect.poll(() => page.locator('.exchange-notice').textContent()).toContain(`Package written: ${pack}`);
    expect(existsSync(pack)).toBe(true);

    // The other laptop takes the plan whole, then edits a title, a status, moves an action, removes one and adds one.
    const other = await openDatabase(join(app.folder, 'other-laptop.plandesk'));
    const by = (user: string) => ({ user, source: 'edit' as const, at: new Date().toISOString(), sourceFile: null, batchId: randomUUID() });
    const whole = await reviewPack(other.db, pack);
    await mergePack(other.db, by('Sonam'), { path: pack, decisions: [{ target: { kind: 'file', fileId: whole.file.fileId! }, accept: true }] });
    const there = async (code: string) => (await other.db.selectFrom('actions').select(['id', 'statement_id']).where('code', '=', code).executeTakeFirstOrThrow());
    await updateActionField(other.db, by('Sonam'), { actionId: (await there('5.1.1.2')).id, field: 'title', value: 'Develop, adopt and publish digital service standards' });
    await updateActionField(other.db, by('Sonam'), { actionId: (await there('5.2.1.3')).id, field: 'status', value: 'ongoing' });
    await moveAction(other.db, by('Sonam'), { actionId: (await there('5.1.1.3')).id, statementId: (await there('5.1.2.1')).statement_id, beforeActionId: null });
    await setActionDeleted(other.db, by('Sonam'), (await there('5.2.2.1')).id, true);
    await createAction(other.db, by('Sonam'), { statementId: (await there('5.1.1.1')).statement_id, afterActionId: (await there('5.1.1.2')).id, code: '5.1.1.4', title: 'Publish the service standards online' });
    const fromOther = join(app.folder, 'from other laptop.pmupack');
    await createPack(other.db, by('Sonam'), planId, fromOther);
    await other.close();
    // Meanwhile this laptop changed the same title (a conflict) and remarks the other laptop did not touch (kept).
    await app.call('actions:update', { actionId: (await actionCoded('5.1.1.2')).id, field: 'title', value: 'Develop digital service standards' });
    await app.call('actions:update', { actionId: (await actionCoded('5.2.1.2')).id, field: 'remarks', value: 'Cloud policy approved by the Cabinet.' });

    app.answerDialogs({ chooseFiles: [fromOther] });
    await page.getByRole('button', { name: 'Open package…' }).click();
    await page.getByRole('heading', { name: 'Review plan package' }).waitFor();
    const rows = async (code: string) => (await page.locator(`[data-group="${code}"] tr.review-change`).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(await rows('5.1.1.2')).toEqual([expect.stringMatching(/^Action Develop digital service standards → Develop, adopt and publish digital service standards Conflict: Changed here too since the package was made \(\d{4}-\d{2}-\d{2} by Karma Wangdi\) Accept Reject Undecided$/)]);
    expect(await rows('5.1.1.3')).toEqual(['Moved to another statement in 5.1.1, after 5.1.1.2 → in 5.1.2, after 5.1.2.1 Accept Reject Undecided']);
    expect(await rows('5.1.1.4')).toEqual(['New action not in this plan → 5.1.1.4 Publish the service standards online Accept Reject Undecided']);
    expect(await rows('5.2.2.1')).toEqual([expect.stringMatching(/^Removed action 5\.2\.2\.1 .+ → Removed on the other laptop \(\d{4}-\d{2}-\d{2} by Sonam\) Accept Reject Undecided$/)]);
    expect(await rows('5.2.1.3')).toEqual(['Status Not started → Ongoing Accept Reject Undecided']);
    expect(await page.locator('.review-info').textContent()).toMatch(/^Comes with the merge: \d+ history entries \(who changed what on the other laptop\)\. Entries of changes you reject stay out\.$/);
    await saveScreenshot(page, 'exchange-package-review');
    await page.getByRole('group', { name: /^Decision on every change of from other laptop\.pmupack/ }).getByRole('button', { name: 'Accept file' }).click();
    await page.locator('[data-group="5.2.2.1"]').getByRole('button', { name: 'Reject', exact: true }).click();
    await page.locator('.review-only-here summary').click();
    expect(await page.locator('.review-only-here summary').textContent()).toBe('Kept as they are here: 1 item the package does not change');
    expect(await page.locator('.review-only-here li').allInnerTexts()).toEqual([expect.stringMatching(/^5\.2\.1\.2 .+ — Remarks: changed here since \(\d{4}-\d{2}-\d{2} by Karma Wangdi\), the package holds the older value$/)]);
    await page.locator('.review-only-here').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'exchange-package-decided');
    await page.getByRole('button', { name: 'Merge accepted changes' }).click();
    await expect.poll(() => page.locator('.exchange-notice').textContent()).toContain('Merged');
    const actions = await app.call('actions:list', { planId });
    expect(actions.find((a) => a.code === '5.1.1.2')!.title).toBe('Develop, adopt and publish digital service standards');
    expect(actions.find((a) => a.code === '5.1.1.3')!.statementCode).toBe('5.1.2');
    expect(actions.find((a) => a.code === '5.1.1.4')!.title).toBe('Publish the service standards online');
    expect(actions.find((a) => a.code === '5.2.1.3')!.status).toBe('ongoing');
    // The removal was rejected: the action stays.
    expect(actions.some((a) => a.code === '5.2.2.1')).toBe(true);
    const history = await app.call('history:list', { planId, user: 'Sonam', limit: 500 });
    expect(history.some((h) => h.field === 'title' && h.newValue === 'Develop, adopt and publish digital service standards')).toBe(true);
    expect(history.some((h) => h.field === 'deleted_at')).toBe(false);
  }, 120_000);

  it('Ctrl+Z undoes the package merge whole: the package opens again with the same changes, and merged again, the History shows each step', async () => {
    const { page } = app.browser;
    const fromOther = join(app.folder, 'from other laptop.pmupack');
    const titleOf = async (code: string) => (await app.call('actions:list', { planId })).find((a) => a.code === code)?.title;
    const sonamsEntries = async () => (await app.call('history:list', { planId, user: 'Sonam', limit: 500 })).length;
    const brought = await sonamsEntries();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => titleOf('5.1.1.2')).toBe('Develop digital service standards');
    expect(await titleOf('5.1.1.4')).toBeUndefined();
    // The other laptop's entries went with the merge.
    expect(await sonamsEntries()).toBe(0);

    app.answerDialogs({ chooseFiles: [fromOther] });
    await page.getByRole('button', { name: 'Open package…' }).click();
    await page.getByRole('heading', { name: 'Review plan package' }).waitFor();
    const rows = async (code: string) => (await page.locator(`[data-group="${code}"] tr.review-change`).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(await rows('5.1.1.3')).toEqual(['Moved to another statement in 5.1.1, after 5.1.1.2 → in 5.1.2, after 5.1.2.1 Accept Reject Undecided']);
    expect(await rows('5.1.1.4')).toEqual(['New action not in this plan → 5.1.1.4 Publish the service standards online Accept Reject Undecided']);
    expect(await rows('5.2.1.3')).toEqual(['Status Not started → Ongoing Accept Reject Undecided']);
    await page.getByRole('group', { name: /^Decision on every change of from other laptop\.pmupack/ }).getByRole('button', { name: 'Accept file' }).click();
    await page.locator('[data-group="5.2.2.1"]').getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByRole('button', { name: 'Merge accepted changes' }).click();
    await expect.poll(() => titleOf('5.1.1.4')).toBe('Publish the service standards online');
    expect(await titleOf('5.1.1.2')).toBe('Develop, adopt and publish digital service standards');
    expect(await sonamsEntries()).toBe(brought);

    await page.getByRole('tab', { name: 'History' }).click();
    const steps = page.locator('tr', { hasText: 'Plan package' }).filter({ hasText: 'from other laptop.pmupack, made by Sonam' });
    await expect.poll(() => steps.count()).toBe(6);
    const texts = (await steps.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    // Newest first: merged again, then the undo, then the first merge.
    expect(texts.map((t) => t.match(/(Merged|Brought from the other laptop|Merge undone|Taken back by the undo)/)?.[1])).toEqual([
      'Brought from the other laptop',
      'Merged',
      'Merge undone',
      'Taken back by the undo',
      'Brought from the other laptop',
      'Merged',
    ]);
    await saveScreenshot(page, 'history-package-merge-undone');
  }, 120_000);
});
