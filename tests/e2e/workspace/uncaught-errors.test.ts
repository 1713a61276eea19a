// The page's uncaught errors reach the desktop bridge (window.desktop.reportUncaughtError, which the preload sends to
// the main process: tests/unit/main/renderer-errors.test.ts takes it from there), with their stack; the error banner
// still tells the person. Here the bridge is the harness's stand-in, which keeps the reports for the test.
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app';

interface Report {
  readonly kind: string;
  readonly message: string;
  readonly stack: string | null;
}

describe("the page's uncaught errors", () => {
  const app = startApp({ name: 'uncaught-errors', plan: null, desktopMenu: true, user: 'Sonam' });

  it('are sent to the main process with their stack: a thrown error and a rejected promise', async () => {
    const { page } = app.browser;
    app.browser.allowPageErrors(/thrown by the test|rejected by the test|a rejection without an error/);
    await page.goto(app.harness.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This workspace has no plan yet');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new TypeError('thrown by the test');
      });
      void Promise.reject(new RangeError('rejected by the test'));
      void Promise.reject('a rejection without an error');
    });
    const reports = () => page.evaluate(() => (globalThis as unknown as { uncaughtReports?: Report[] }).uncaughtReports ?? []);
    await expect.poll(async () => (await reports()).length).toBe(3);
    const sent = await reports();
    expect(sent).toContainEqual({ kind: 'error', message: 'thrown by the test', stack: expect.stringMatching(/^TypeError: thrown by the test\n\s+at /) });
    expect(sent).toContainEqual({ kind: 'unhandledrejection', message: 'rejected by the test', stack: expect.stringMatching(/^RangeError: rejected by the test\n\s+at /) });
    expect(sent).toContainEqual({ kind: 'unhandledrejection', message: 'a rejection without an error', stack: null });
    // The banner shows the rejections too.
    await expect.poll(() => page.getByText('rejected by the test').count()).toBeGreaterThan(0);
  });
});
