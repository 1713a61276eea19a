// Return tracking in the Exchange view, end to end on a real workspace: workbooks sent for a period to two agencies
// with a due date already passed; one ministry (DITT) returns its workbook, the other (GovTech) does not. The table
// shows one returned and one overdue with its days late; Chase gives the reminder (copied, saved as .eml with the
// workbook attached) and the very workbook sent, each recorded as a chase and shown in the table; the returned
// workbook is then reviewed and merged, and the table says merged.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDb } from '../actions/support';
import { startApp } from '../support/app';
import { auditPage } from '../support/axe';
import { saveScreenshot } from '../support/screenshots';
import { columnByHeader, fillIn, loadWorkbook, signOff } from '../../unit/exchange/support';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const EVIDENCE = 'https://www.dit.gov.bt/reports/gewog-connectivity-2019.pdf';
const dayBefore = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString().slice(0, 10);

describe('return tracking and chasing in the Exchange view', () => {
  const app = startApp({ name: 'exchange-tracking', user: 'Pema Choden', dialogs: {} });
  const outbox = join(app.folder, 'sent');
  const dittBack = join(app.folder, 'DITT returned.xlsx');
  let planId: string;
  let due: string;
  let files: { ditt: string; govtech: string };

  beforeAll(async () => {
    planId = (await app.call('workspace:summary', {})).plans[0]!.id;
    const period = (await app.call('plans:periods', { planId }))[0]!;
    const leads = await app.call('exchange:leadAgencies', { planId });
    const agency = (acronym: string) => leads.find((l) => l.acronym === acronym)!.id;
    // The due date is already past: nine days ago (the harness reads the table as of today).
    due = dayBefore(9);
    app.answerDialogs({ chooseFolder: outbox });
    const sent = await app.call('exchange:send', { planId, periodId: period.id, agencyIds: [agency('DITT'), agency('GovTech')], dueDate: due, contact: 'Pema Choden, e-Government PMU' });
    files = { ditt: sent!.files.find((f) => f.includes('DITT'))!, govtech: sent!.files.find((f) => f.includes('GovTech'))! };
    // DITT answers, as a ministry fills its workbook in Excel: with evidence, and signed off.
    const book = await loadWorkbook(files.ditt);
    fillIn(book, [{ code: '5.1.1.1', cells: { 'Status now': 'Completed', 'Progress in the period': 'All gewogs connected.', 'Evidence (reference or link)': EVIDENCE } }]);
    signOff(book, { Name: 'Sonam Dorji', Position: 'Chief ICT Officer', Date: new Date(Date.UTC(2026, 10, 20)) });
    await book.xlsx.writeFile(dittBack);
  });

  it('shows one agency returned and one overdue with its days late, sortable, legible and accessible', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.getByRole('tab', { name: 'Exchange' }).click();
    // DITT's workbook comes back: received, then the review is left for later.
    app.answerDialogs({ chooseFiles: [dittBack] });
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    await page.locator('.review__back').click();
    const table = page.getByRole('region', { name: 'Return tracking' });
    await table.waitFor();
    const govtech = table.locator('tr[data-agency="GovTech"]');
    const ditt = table.locator('tr[data-agency="DITT"]');
    await expect.poll(() => ditt.getAttribute('data-standing')).toBe('returned');
    const late = Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(due)) / (24 * 3600 * 1000));
    expect(await govtech.getAttribute('data-standing')).toBe('overdue');
    expect(await govtech.locator('.return-standing').textContent()).toBe('■Overdue');
    expect(await govtech.locator('td').nth(3).textContent()).toBe(`■Overdue${late} days late`);
    expect(await govtech.locator('td').nth(4).textContent()).toBe(String(late));
    expect(await ditt.locator('.return-standing').textContent()).toBe('◆Returned');
    expect(await table.locator('.return-tracking__counts').textContent()).toMatch(/^2 agencies as of .*: 1 overdue · 0 awaiting · 1 returned, to merge · 0 merged$/);
    // Overdue first; then sorted by agency with the keyboard, both ways.
    const order = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency')));
    expect(await order()).toEqual(['GovTech', 'DITT']);
    const byAgency = table.getByRole('button', { name: 'Agency' });
    await byAgency.focus();
    await page.keyboard.press('Enter');
    expect(await order()).toEqual(['DITT', 'GovTech']);
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Agency');
    await page.keyboard.press('Space');
    expect(await order()).toEqual(['GovTech', 'DITT']);
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Agency');
    // Only the agency that has not answered can be chased, reached by Tab from the sort buttons.
    expect(await ditt.getByRole('button', { name: /^Chase/ }).count()).toBe(0);
    const focused = () => page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''");
    for (let presses = 0; presses < 12 && (await focused()) !== 'Chase GovTech'; presses += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Chase GovTech');
    // Legible at 1366×768: the table fits its card, the Chase button in view, without scrolling sideways.
    expect(await page.viewportSize()).toEqual({ width: 1366, height: 768 });
    const card = (await table.boundingBox())!;
    const chase = (await govtech.getByRole('button', { name: 'Chase GovTech' }).boundingBox())!;
    expect(chase.x + chase.width).toBeLessThanOrEqual(card.x + card.width);
    expect(await table.locator('.exchange-table__scroll').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await saveScreenshot(page, 'exchange-return-tracking');
    await auditPage(page, 'Exchange view with return tracking');
  });

  it('chases the overdue agency: the reminder copied and saved as .eml, the same workbook, each chase recorded', async () => {
    const { page } = app.browser;
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.harness.origin });
    const table = page.getByRole('region', { name: 'Return tracking' });
    // Opened from the keyboard, where the previous test left the focus.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Chase GovTech/ });
    const message = dialog.getByRole('textbox', { name: 'Message' });
    await message.waitFor();
    const text = await message.inputValue();
    const sentPackage = (await app.call('exchange:packages', { planId })).find((p) => p.agency.label === 'GovTech')!;
    const dueWords = new Date(`${due}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(text).toContain(`We have not yet received your progress update for ${sentPackage.period.label}`);
    expect(text).toContain(`It was due on ${dueWords}, 9 days ago.`);
    // The actions still missing, by code and title: every action of GovTech's workbook.
    const sheet = (await loadWorkbook(files.govtech)).getWorksheet('Update')!;
    const missing = new Set<string>();
    const [codeColumn, titleColumn] = [columnByHeader(sheet, 'Code'), columnByHeader(sheet, 'Action')];
    for (let r = 3; r <= sheet.rowCount; r += 1) {
      const [code, title] = [String(sheet.getRow(r).getCell(codeColumn).value ?? ''), String(sheet.getRow(r).getCell(titleColumn).value ?? '')];
      if (code && !title.endsWith('(continued)')) missing.add(`  - ${code} ${title}`);
    }
    expect(missing.size).toBe(sentPackage.actions);
    for (const line of missing) expect(text).toContain(line);
    expect(text).toMatch(/\nPema Choden\ne-Government Project Management Unit$/);
    expect(await dialog.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe(`Reminder: GovTech progress update for ${sentPackage.period.label}, due ${dueWords}`);
    await saveScreenshot(page, 'exchange-chase-dialog');
    await auditPage(page, 'Chase dialog');

    await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('The reminder is on the clipboard');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(text);

    const eml = join(app.folder, 'GovTech reminder.eml');
    app.answerDialogs({ chooseSavePath: eml });
    await dialog.getByRole('button', { name: 'Save as .eml…' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Reminder saved as ${eml}`);
    const saved = readFileSync(eml, 'latin1');
    expect(saved).toMatch(/^From: "Pema Choden" <pmu@sender\.invalid>\r$/m);
    const attachment = /Content-Disposition: attachment;[^\r]*\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)\r\n--/.exec(saved)![1]!;
    expect(Buffer.from(attachment.replace(/\r\n/g, ''), 'base64').equals(readFileSync(files.govtech))).toBe(true);

    const workbook = join(app.folder, 'GovTech again.xlsx');
    app.answerDialogs({ chooseSavePath: workbook });
    await dialog.getByRole('button', { name: 'Save workbook…' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Workbook saved as ${workbook}`);
    // The same workbook: the same bytes, hence the same package and fingerprints.
    expect(sha256(workbook)).toBe(sha256(files.govtech));

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The focus is back where it was.
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('Chase GovTech');
    const chases = readDb(app.db, (d) => d.prepare("select user_name as who, entity_id as package, new_value as how from change_history where field = 'chased' order by id").all());
    expect(chases).toEqual([
      { who: 'Pema Choden', package: sentPackage.id, how: `reminder copied to send (${sentPackage.actions} actions missing, 9 days late)` },
      { who: 'Pema Choden', package: sentPackage.id, how: `reminder saved as an e-mail (${sentPackage.actions} actions missing, 9 days late)` },
      { who: 'Pema Choden', package: sentPackage.id, how: `workbook saved again to attach (${sentPackage.actions} actions missing, 9 days late)` },
    ]);
    const chasedOn = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
    await expect.poll(() => table.locator('tr[data-agency="GovTech"] td').nth(5).textContent()).toBe(`chased ${chasedOn}Pema Choden · 3 times`);
  });

  it('merges the returned workbook, with its evidence and sign-off, after review, and the table says merged', async () => {
    const { page } = app.browser;
    // The review reads the evidence and the sign-off (the same call as Receive updates… makes).
    app.answerDialogs({ chooseFiles: [dittBack] });
    const review = (await app.call('exchange:receive', { planId }))!;
    expect(review.files[0]!.reportedBy).toEqual({ name: 'Sonam Dorji', position: 'Chief ICT Officer', date: '2026-11-20' });
    const changes = review.files[0]!.groups.find((g) => g.code === '5.1.1.1')!.changes;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.evidence === EVIDENCE)).toBe(true);
    app.answerDialogs({ chooseFiles: [dittBack] });
    await page.getByRole('button', { name: 'Receive updates…' }).click();
    await page.getByRole('heading', { name: 'Review returned workbooks' }).waitFor();
    await page.getByRole('group', { name: /^Decision on every change of DITT returned/ }).getByRole('button', { name: 'Accept file' }).click();
    await page.getByRole('button', { name: 'Merge accepted changes' }).click();
    await page.locator('.exchange-notice').waitFor();
    const table = page.getByRole('region', { name: 'Return tracking' });
    await expect.poll(() => table.locator('tr[data-agency="DITT"]').getAttribute('data-standing')).toBe('merged');
    expect(await table.locator('tr[data-agency="DITT"] .return-standing').textContent()).toBe('✓Merged');
    expect(await table.locator('tr[data-agency="GovTech"]').getAttribute('data-standing')).toBe('overdue');
    expect((await app.call('actions:list', { planId })).find((a) => a.code === '5.1.1.1')!.status).toBe('completed');
    // Kept with the merge: the sign-off on the package and the evidence on the period's progress, both in the history.
    const dittPackage = (await app.call('exchange:packages', { planId })).find((p) => p.agency.label === 'DITT')!;
    const kept = readDb(app.db, (d) => ({
      signOff: d.prepare('select reported_by_name as name, reported_by_position as position, reported_on as day from exchange_packages where id = ?').get(dittPackage.id),
      evidence: d.prepare("select count(*) as n from progress_updates where evidence = ?").get(EVIDENCE),
      history: d.prepare("select field, new_value as value from change_history where entity_id = ? and field like 'reported%' order by field").all(dittPackage.id),
    }));
    expect(kept.signOff).toEqual({ name: 'Sonam Dorji', position: 'Chief ICT Officer', day: '2026-11-20' });
    expect(kept.evidence).toEqual({ n: 1 });
    expect(kept.history).toEqual([
      { field: 'reported_by_name', value: 'Sonam Dorji' },
      { field: 'reported_by_position', value: 'Chief ICT Officer' },
      { field: 'reported_on', value: '2026-11-20' },
    ]);
    await saveScreenshot(page, 'exchange-return-tracking-merged');
  });
});
