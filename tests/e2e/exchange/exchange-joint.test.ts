// An action led jointly by GovTech and RCSC: both workbooks come back with different statuses. The review shows one
// conflict between the two agencies; accepting both files leaves Merge disabled and says why in words; keeping one
// value (or typing another) settles it, and the merge writes that value. Both narratives are kept under their names.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { saveScreenshot } from '../support/screenshots';
import { fillIn, loadWorkbook } from '../../unit/exchange/support';

describe('a conflict between two lead agencies of one action', () => {
  const app = startApp({ name: 'exchange-joint', user: 'Pema Choden', dialogs: {} });

  it('is one conflict, blocks the merge while both are accepted, and merges the value kept', async () => {
    const planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    const agencies = await app.call('agencies:list', {});
    const idOf = (acronym: string) => agencies.find((a) => a.acronym === acronym)!.id;
    const action = (await app.call('actions:list', { planId })).find((a) => a.code === '5.1.1.2')!;
    await app.call('actions:setAgencies', { actionId: action.id, role: 'lead', agencyIds: [idOf('GovTech'), idOf('RCSC')], text: 'GovTech and RCSC' });
    const period = (await app.call('plans:periods', { planId })).at(-1)!;
    const outbox = join(app.folder, 'sent');
    app.answerDialogs({ chooseFolder: outbox });
    const sent = (await app.call('exchange:send', { planId, periodId: period.id, agencyIds: [idOf('GovTech'), idOf('RCSC')], dueDate: null, contact: '' }))!;
    const returned: string[] = [];
    for (const [agency, status, progress] of [
      ['GovTech', 'Ongoing', 'Standards revised for mobile services.'],
      ['RCSC', 'On hold', 'Civil servants trained on the standards.'],
    ] as const) {
      const book = await loadWorkbook(join(outbox, sent.packages.find((p) => p.agency.label === agency)!.fileName));
      fillIn(book, [{ code: '5.1.1.2', cells: { 'Status now': status, 'Progress in the period': progress } }]);
      const path = join(app.folder, `${agency} returned.xlsx`);
      await book.xlsx.writeFile(path);
      returned.push(path);
    }

    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Exchange' }).click();
    app.answerDialogs({ chooseFiles: returned });
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    expect(await page.locator('.view-toolbar__count').textContent()).toContain('1 conflict');
    const conflict = page.getByRole('group', { name: 'Conflict between GovTech and RCSC: 5.1.1.2 Status' });
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('.joint-conflict__what').textContent()).toBe(
      'Conflict between GovTech and RCSC. Both lead this action and answered differently; only one value can be merged. Keep one of them, or type the value to keep.',
    );
    // The narratives are no conflict: each is its agency's part.
    expect(await page.locator('.review-change__field', { hasText: "GovTech's part" }).count()).toBe(1);

    // Both files accepted: both statuses are kept, so the merge waits and says why.
    const merge = page.getByRole('button', { name: 'Merge accepted changes' });
    await page.getByRole('group', { name: /^Decision on every change of GovTech returned/ }).getByRole('button', { name: 'Accept file' }).click();
    await page.getByRole('group', { name: /^Decision on every change of RCSC returned/ }).getByRole('button', { name: 'Accept file' }).click();
    expect(await merge.isDisabled()).toBe(true);
    expect(await page.locator('.review-summary__block p').textContent()).toBe(
      'GovTech and RCSC both lead 5.1.1.2 and answered “Status” differently, and both values are accepted: keep one value (or type the value to keep) before merging.',
    );
    expect(await conflict.getByRole('alert').textContent()).toBe('Both values are accepted (“Ongoing” and “On hold”): keep one before merging.');
    await conflict.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'exchange-joint-conflict-clash');

    // Keeping RCSC's value settles it.
    await conflict.getByRole('radio', { name: /^Keep RCSC’s On hold/ }).check();
    expect(await conflict.locator('.joint-conflict__state').textContent()).toBe('Will be merged: “On hold” (RCSC’s); the other answer is rejected.');
    expect(await merge.isDisabled()).toBe(false);
    await saveScreenshot(page, 'exchange-joint-conflict-kept');
    await merge.click();
    await expect.poll(async () => (await app.call('actions:get', { actionId: action.id })).action.status, { timeout: 10_000 }).toBe('on_hold');
    const packages = await app.call('exchange:packages', { planId });
    expect(packages.filter((p) => p.status === 'merged').map((p) => p.agency.label).sort()).toEqual(['GovTech', 'RCSC']);
  });
});
