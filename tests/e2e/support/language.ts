// View > Language as the desktop menu chooses it: the page is sent the menu's command (language-dz / language-en),
// and keeps the choice in the preferences.
import type { Page } from 'playwright-core';

export async function chooseLanguage(page: Page, command: 'language-dz' | 'language-en'): Promise<void> {
  await page.evaluate(`window.sendMenuCommand(${JSON.stringify(command)})`);
}
