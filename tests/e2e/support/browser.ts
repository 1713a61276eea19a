// Debian's Chromium driven by playwright-core, with a fresh profile per test file.
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from './sample-workspace';

export interface OpenBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors a test provokes on purpose (matching `pattern`) are not counted against it when the browser closes. */
  allowPageErrors(pattern: RegExp): void;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1366, height: 768 }): Promise<OpenBrowser> {
  const profile = tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // A page error is a failed test, not a line in a log nobody reads.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // A refused or failed request is the app's to report on screen, and the tests check that it does.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  const allowed: RegExp[] = [];
  return {
    context,
    page,
    allowPageErrors: (pattern) => allowed.push(pattern),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      if (unexpected.length > 0) throw new Error(`The page reported errors:\n${unexpected.join('\n')}`);
    },
  };
}
