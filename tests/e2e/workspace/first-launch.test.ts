// An empty workspace: the first-launch screen, "Open the sample plan" and "Start an empty plan",
// each checked in the database. Also the header's prompt for the user's name.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import { startHarness } from '../support/harness';
import { prepareWorkspace, tempDir } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';

describe('first launch', () => {
  // No user: the name is not set yet, so the header asks for it.
  const app = startApp({ name: 'first-launch', plan: null, workspaceFile: 'empty.plandesk' });

  const plansInDatabase = (path = app.db) => {
    const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      return sqlite.prepare('SELECT title, description FROM plans WHERE deleted_at IS NULL ORDER BY created_at').all();
    } finally {
      sqlite.close();
    }
  };

  it('shows the ways to begin when the workspace holds no plan', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This workspace has no plan yet');
    expect(await page.getByRole('button', { name: 'Open the sample plan' }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start an empty plan' }).isEnabled()).toBe(true);
    // No file dialog in the browser: the choice is not offered there.
    expect(await page.getByRole('button', { name: /Open another workspace file/ }).count()).toBe(0);
    expect(await page.locator('.first-launch__workspace').textContent()).toContain('empty.plandesk');
    // The token left the address bar once the page kept it.
    expect(page.url()).not.toContain('token=');
    await saveScreenshot(page, 'first-launch');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(page, 'first-launch');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('creates an empty plan from its title, shows it, and stores it', async () => {
    const { page } = app.browser;
    expect(plansInDatabase()).toEqual([]);
    await page.getByRole('button', { name: 'Start an empty plan' }).click();
    const title = page.getByLabel('Plan title');
    await title.fill('Digital Transformation Plan 2025–2030');
    await saveScreenshot(page, 'first-launch-new-plan');
    await title.press('Enter');

    await expect.poll(() => page.locator('.app-header__title').textContent()).toBe('Digital Transformation Plan 2025–2030');
    expect(await page.locator('.tree-empty__title').textContent()).toBe('This plan has no chapters yet');
    expect(await page.locator('.summary__title').textContent()).toBe('Digital Transformation Plan 2025–2030');
    expect(plansInDatabase()).toEqual([{ title: 'Digital Transformation Plan 2025–2030', description: '' }]);
    await saveScreenshot(page, 'empty-plan');
  });

  it('asks for the user name in the header and keeps it', async () => {
    const { page } = app.browser;
    const prompt = page.getByRole('button', { name: 'Set your name' });
    await prompt.click();
    await saveScreenshot(page, 'user-name-prompt');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Karma Wangchuk');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.locator('.user-name').textContent()).toBe('Karma Wangchuk');
    expect(await prompt.count()).toBe(0);
    // The harness answers app:info with the name from now on.
    const response = await fetch(`${app.harness.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plandesk-token': app.harness.token },
      body: '{}',
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { userName: 'Karma Wangchuk', shell: 'browser' } });
  });

  it('opens the sample plan in a fresh workspace', async () => {
    const { page } = app.browser;
    const sampleDb = join(tempDir('sample'), 'sample.plandesk');
    await prepareWorkspace(sampleDb);
    const sampleHarness = await startHarness({ db: sampleDb, user: 'Sonam Choden' });
    try {
      await page.goto(sampleHarness.url);
      await page.getByRole('button', { name: 'Open the sample plan' }).click();
      const answer = await Promise.race([
        page.locator('.choice__problem').waitFor().then(() => 'refused' as const),
        page.getByRole('tree').waitFor().then(() => 'opened' as const),
      ]);
      if (answer === 'refused') {
        // Without the spreadsheet importer the workspace answers not_available: the reason shows next to the button, which stays.
        expect(await page.locator('.choice__problem').textContent()).toMatch(/importer/);
        expect(await page.getByRole('button', { name: 'Open the sample plan' }).isVisible()).toBe(true);
        expect(plansInDatabase(sampleDb)).toEqual([]);
        return;
      }
      const stored = plansInDatabase(sampleDb) as { title: string }[];
      expect(stored).toHaveLength(1);
      await expect.poll(() => page.locator('.app-header__title').textContent()).toBe(stored[0]!.title);
      expect(await page.getByRole('tree').locator('[aria-level="1"]').count()).toBeGreaterThan(1);
      await saveScreenshot(page, 'sample-plan-overview');
      await page.getByRole('tree').locator('[aria-level="2"]').nth(1).click();
      await page.locator('.summary__title--statement').waitFor();
      await saveScreenshot(page, 'sample-plan-statement');
      await page.getByRole('tree').locator('[aria-level="3"]').nth(2).click();
      await page.locator('article.detail').waitFor();
      await saveScreenshot(page, 'sample-plan-action');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await saveScreenshot(page, 'sample-plan-action');
      await page.setViewportSize({ width: 1366, height: 768 });
    } finally {
      await sampleHarness.stop();
    }
  });

  it('shows a failed call in a dismissible error banner', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    await page.locator('.user-name button').click();
    await app.harness.stop();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Tshering Yangzom');
    await page.getByRole('button', { name: 'Save name' }).click();
    const banner = page.getByRole('alert');
    await expect.poll(() => banner.textContent()).toMatch(/PlanDesk harness does not answer/);
    await saveScreenshot(page, 'error-banner');
    await banner.getByRole('button', { name: 'Dismiss this message' }).click();
    expect(await banner.count()).toBe(0);
  });
});
