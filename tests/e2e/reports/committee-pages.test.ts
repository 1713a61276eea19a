// The committee's pages, written in the Reports view as an analyst would: the dialog opened from the form, key
// messages typed with a bullet, a decision typed with the actions it concerns; a decision linking an unknown code is
// refused in the dialog, naming the code, and nothing is saved; once saved, the pages are in the workspace, the
// preview prints them first, and Ctrl+Z takes the save back.
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { planFile } from '../../../electron/core/planfile/format';
import { openBrowser, type OpenBrowser } from '../support/browser';
import { startHarness, type RunningHarness } from '../support/harness';
import { prepareWorkspace, tempDir } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';

const root = resolve(import.meta.dirname, '../../..');
const folder = tempDir('committee-pages');
const db = join(folder, 'workspace.sqlite');
let harness: RunningHarness;
let browser: OpenBrowser;

beforeAll(async () => {
  await prepareWorkspace(db, planFile.parse(JSON.parse(readFileSync(resolve(root, 'tests/fixtures/plans/two-chapters.plan.json'), 'utf8'))));
  harness = await startHarness({ db, user: 'Dechen' });
  browser = await openBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await harness?.stop();
});

async function storedPages() {
  const connection = await openDatabase(db);
  try {
    const pages = await connection.db.selectFrom('committee_pages').selectAll().where('deleted_at', 'is', null).execute();
    const decisions = await connection.db.selectFrom('committee_decisions').selectAll().where('deleted_at', 'is', null).orderBy('position').execute();
    return { pages, decisions };
  } finally {
    await connection.close();
  }
}

describe('committee pages in the Reports view', () => {
  it('are typed in the dialog, refused with the reason, saved, previewed first, and undone', async () => {
    const { page } = browser;
    await page.goto(harness.url);
    await page.getByRole('tab', { name: 'Reports' }).click();
    const form = page.getByRole('group', { name: 'Committee pages' });
    await form.getByText('nothing written yet').waitFor({ timeout: 60_000 });
    await form.getByRole('button', { name: 'Write committee pages…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Committee pages' });
    await dialog.getByLabel('Key messages').click();
    await page.keyboard.type('Delivery is broadly on track.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Connectivity slipped six months');
    await dialog.getByRole('button', { name: 'Add a decision' }).click();
    await dialog.getByLabel('Decision 1: the committee is asked to').fill('Approve the revised end of connectivity');
    await dialog.getByLabel('Actions concerned (codes)').fill('5.1.1.1, 9.9.9');
    await dialog.getByRole('button', { name: 'Save pages' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Decision 1 links action “9.9.9”, which is not in this plan');
    expect((await storedPages()).pages).toHaveLength(0);
    await saveScreenshot(page, 'committee-pages-refused');

    await dialog.getByLabel('Actions concerned (codes)').fill('5.1.1.1');
    await dialog.getByRole('button', { name: 'Save pages' }).click();
    await dialog.waitFor({ state: 'detached' });
    const stored = await storedPages();
    expect(stored.pages.map((p) => p.key_messages)).toEqual(['Delivery is broadly on track.\n\n- Connectivity slipped six months']);
    expect(stored.decisions.map((d) => d.text)).toEqual(['Approve the revised end of connectivity']);
    expect(JSON.parse(stored.decisions[0]!.action_ids)).toHaveLength(1);

    // The preview prints them first, after the contents.
    await expect.poll(() => page.locator('.reports__pages .rp-page').nth(2).textContent(), { timeout: 60_000 }).toContain('Key messages');
    const committee = (await page.locator('.reports__pages .rp-page').nth(2).textContent()) ?? '';
    expect(committee).toContain('Approve the revised end of connectivity');
    expect(committee).toContain('5.1.1.1 Ensure reliable connectivity at all times');
    expect(await form.innerText()).toContain('key messages, 1 decision sought, no items for information');
    await saveScreenshot(page, 'committee-pages-saved');

    // Ctrl+Z takes the save back whole.
    await page.locator('.reports__pages').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedPages()).pages.length).toBe(0);
    await form.getByText('nothing written yet').waitFor({ timeout: 30_000 });
  }, 180_000);
});
