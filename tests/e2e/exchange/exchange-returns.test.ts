// Returns as they really come back, in the Exchange view: sent to every lead agency (a group such as "Respective
// Agencies" gets no workbook, and what only it leads is listed as not sent); several returns opened at once, one
// of them refused (its hidden sheet deleted) and left out so that the others merge; the review closed and the page
// reloaded mid-way, its decisions and notes back when the same files are received again; Ctrl+Z then Ctrl+Y on the
// merge, the workbooks going back to "Returned" and to "Merged" with the plan's values.
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDb } from '../actions/support';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { columnByHeader, fillIn, loadWorkbook } from '../../unit/exchange/support';

describe('returns from several agencies, one refused', () => {
  const app = startApp({ name: 'exchange-returns', user: 'Pema Choden', dialogs: {} });
  const outbox = join(app.folder, 'sent');
  const dittBack = join(app.folder, 'DITT returned.xlsx');
  const otherBack = join(app.folder, 'second agency returned.xlsx');
  const dittCopy = join(app.folder, 'DITT copy.xlsx');
  let planId: string;

  const statusOf = async (code: string) => (await app.call('actions:list', { planId })).find((a) => a.code === code)!.status;
  const drafts = () => readDb(app.db, (d) => (d.prepare('select count(*) as n from review_drafts').get() as { n: number }).n);
  const firstCode = (workbook: ExcelJS.Workbook) => {
    const sheet = workbook.getWorksheet('Update')!;
    return String(sheet.getRow(3).getCell(columnByHeader(sheet, 'Code')).value);
  };

  beforeAll(async () => {
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    // 5.2.1.2 is led by "Respective Agencies", a group of the registry; "All Government Agencies" stays text only (no lead).
    const registry = await app.call('agencies:create', { name: 'Respective Agencies', kind: 'group' });
    const migrate = (await app.call('actions:list', { planId })).find((a) => a.code === '5.2.1.2')!;
    await app.call('actions:setAgencies', { actionId: migrate.id, role: 'lead', agencyIds: [registry.find((a) => a.name === 'Respective Agencies')!.id], text: 'Respective Agencies' });
  });

  it('sends to every lead agency, never to a group, and lists the actions no workbook carries', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Exchange' }).click();
    await page.getByRole('heading', { name: 'Send for update' }).waitFor();
    const leads = await app.call('exchange:leadAgencies', { planId });
    const agencies = leads.filter((l) => l.kind === 'agency');
    const groups = leads.filter((l) => l.kind === 'group' && l.notSent > 0);
    expect(groups.length).toBeGreaterThan(0);

    expect(await page.getByText(`All ${agencies.length} lead agencies`).count()).toBe(1);
    const note = page.locator('.exchange-agencies__groups');
    // Per group, never a total: an action led by two groups counts under each.
    const first = groups[0]!;
    expect(await note.textContent()).toMatch(new RegExp(`^Not sent, led only by a group: .*${first.acronym ?? first.name}.* \\(${first.notSent} actions?\\).*\\. A group is not someone to send a workbook to`));
    // No group is offered as a recipient.
    for (const group of groups) expect(await page.locator('.exchange-agencies__list').getByText(group.acronym ?? group.name, { exact: true }).count()).toBe(0);
    // The footer's figures add up: workbooks, distinct actions out of the plan's, and each action no workbook carries.
    const counts = await app.call('exchange:sendCounts', { planId, agencyIds: null });
    expect(counts.actionsOut + counts.notSent.length + counts.otherAgencies).toBe(counts.planActions);
    await expect.poll(() => page.locator('.exchange-card__foot [aria-live]').textContent()).toMatch(
      new RegExp(`^${agencies.length} workbooks, ${counts.actionsOut} actions of ${counts.planActions}`),
    );
    await page.locator('.exchange-not-sent summary').click();
    expect(await page.locator('.exchange-not-sent summary').textContent()).toBe(`${counts.notSent.length} actions go in no workbook: no agency leads them`);
    expect(await page.locator('.exchange-not-sent li').allTextContents()).toEqual(
      counts.notSent.map((a) => `${a.code} ${a.title} — ${a.reason === 'group' ? `led by a group (${a.lead})` : 'no lead agency'}`),
    );
    await saveScreenshot(page, 'exchange-send-all');

    app.answerDialogs({ chooseFolder: outbox });
    await page.getByRole('button', { name: 'Send…' }).click();
    const notice = page.locator('.exchange-notice');
    await notice.waitFor({ timeout: 120_000 });
    expect(await notice.textContent()).toContain(`${agencies.length} workbooks written to ${outbox}`);
    const notSent = notice.locator('.exchange-notice__not-sent li');
    const texts = await notSent.allTextContents();
    // Each action once, even when two groups lead it: at least the largest group's count, at most their sum.
    const byGroup = texts.filter((t) => t.includes('— led by a group (')).length;
    expect(byGroup).toBeGreaterThanOrEqual(Math.max(...groups.map((g) => g.notSent)));
    expect(byGroup).toBeLessThanOrEqual(groups.reduce((n, g) => n + g.notSent, 0));
    expect(texts).toContain('5.2.1.2 Migrate agency systems to the government cloud — led by a group (Respective Agencies)');
    expect(texts.some((t) => t.endsWith('— no lead agency'))).toBe(true);
    expect((await app.call('exchange:packages', { planId })).map((p) => p.agency.label).sort()).toEqual(agencies.map((a) => a.acronym ?? a.name).sort());
    await notice.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'exchange-sent-not-sent');
  });

  it('leaves a refused file out on request, keeps the decisions through a reload, and merges the others', async () => {
    const { page } = app.browser;
    const packages = await app.call('exchange:packages', { planId });
    const ditt = packages.find((p) => p.agency.label === 'DITT')!;
    const second = packages.find((p) => p.agency.label === 'MoIC') ?? packages.find((p) => p.agency.label !== 'DITT')!;
    const dittBook = await loadWorkbook(join(outbox, ditt.fileName));
    fillIn(dittBook, [{ code: '5.1.1.1', cells: { 'Status now': 'Completed', 'Progress in the period': 'All gewogs connected.' } }]);
    await dittBook.xlsx.writeFile(dittBack);
    dittBook.removeWorksheet(dittBook.getWorksheet('PlanDesk')!.id);
    await dittBook.xlsx.writeFile(dittCopy);
    const secondBook = await loadWorkbook(join(outbox, second.fileName));
    const secondCode = firstCode(secondBook);
    fillIn(secondBook, [{ code: secondCode, cells: { 'Support needed': 'A consultant for six months' } }]);
    await secondBook.xlsx.writeFile(otherBack);

    app.answerDialogs({ chooseFiles: [dittBack, otherBack, dittCopy] });
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    const merge = page.getByRole('button', { name: 'Merge accepted changes' });
    const block = page.locator('.review-summary__block');
    expect(await block.locator('p').textContent()).toBe('DITT copy.xlsx is refused: nothing can be merged while it is in this merge. Leave it out to merge the other files.');
    expect(await page.locator('.review-file--refused .review-refused').textContent()).toContain('the hidden "PlanDesk" sheet that identifies this workbook was deleted');

    await page.getByRole('group', { name: /^Decision on every change of DITT returned/ }).getByRole('button', { name: 'Accept file' }).click();
    const support = page.locator(`[data-group="${secondCode}"] .review-change`).first();
    await support.getByRole('button', { name: 'Reject' }).click();
    await support.getByRole('button', { name: /^Add a note/ }).click();
    expect(await merge.isDisabled()).toBe(true);
    await saveScreenshot(page, 'exchange-review-refused-among');
    await page.keyboard.type('Ask the ministry for a costed request');

    // The app is closed mid-review, right after the last key (here: the page reloaded): the decisions were kept.
    await page.reload();
    await expect.poll(drafts, { timeout: 10_000 }).toBe(2);
    await page.getByRole('tab', { name: 'Exchange' }).click();
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    expect(await page.locator('.review-resumed').textContent()).toMatch(/^Resumed where the review was left: 2 decisions saved on .+ by Pema Choden are back\.$/);
    expect(await page.getByRole('group', { name: /^Decision on every change of DITT returned/ }).getByRole('button', { name: 'Accept file' }).getAttribute('aria-pressed')).toBe('true');
    const supportAgain = page.locator(`[data-group="${secondCode}"] .review-change`).first();
    expect(await supportAgain.getByRole('button', { name: 'Reject' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel(new RegExp(`^Note: ${secondCode.replace(/\./g, '\\.')} `)).inputValue()).toBe('Ask the ministry for a costed request');
    await saveScreenshot(page, 'exchange-review-resumed');

    await block.getByRole('button', { name: 'Leave this file out' }).click();
    expect(await page.locator('.review-file--left-out .review-refused strong').textContent()).toBe('Left out of this merge — nothing of this file is read or written.');
    expect(await merge.isDisabled()).toBe(false);
    await page.locator('.review-file--left-out').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'exchange-review-left-out');
    await merge.click();
    const notice = page.locator('.exchange-notice--merged');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Merged 2 accepted changes; 1 rejected.');
    expect(await notice.textContent()).toContain('Left out, not merged: DITT copy.xlsx.');
    await expect.poll(() => page.locator('tr[data-package="DITT"]').textContent()).toContain('Merged');
    expect(await page.locator(`tr[data-package="${second.agency.label}"]`).textContent()).toContain('0 accepted, 1 rejected');
    expect(await statusOf('5.1.1.1')).toBe('completed');
    expect(drafts()).toBe(0);
    await saveScreenshot(page, 'exchange-merged-left-out');
  });

  it('Ctrl+Z undoes the merge and the workbooks are returned again; Ctrl+Y merges them again', async () => {
    const { page } = app.browser;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('tr[data-package="DITT"]').textContent()).toContain('Returned');
    expect(await page.locator('tr[data-package="DITT"]').textContent()).not.toContain('accepted');
    // The merge's notice went with it.
    expect(await page.locator('.exchange-notice--merged').count()).toBe(0);
    expect(await statusOf('5.1.1.1')).not.toBe('completed');
    await saveScreenshot(page, 'exchange-merge-undone');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('tr[data-package="DITT"]').textContent()).toContain('Merged');
    expect(await statusOf('5.1.1.1')).toBe('completed');

    // The History names the workbook's own step: merged, undone (returned), redone (merged).
    await page.getByRole('tab', { name: 'History' }).click();
    const entries = page.locator('tr', { hasText: 'Update workbook' }).filter({ hasText: 'DITT, FY 2026-27' });
    await expect.poll(() => entries.count()).toBe(3);
    // Newest first: the redo, the undo, the merge.
    const texts = (await entries.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(texts[0]).toMatch(/Status from Returned → to Merged Undo \/ redo$/);
    expect(texts[1]).toMatch(/Status from Merged → to Returned Undo \/ redo$/);
    expect(texts[2]).toMatch(/Status from Returned → to Merged Agency update DITT returned\.xlsx$/);
    await saveScreenshot(page, 'exchange-history-package');
  });
});
