// Screenshots for people to look at (screenshots/ is not committed).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const folder = resolve(import.meta.dirname, '../../../screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const size = page.viewportSize();
  const path = resolve(folder, `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`);
  await page.screenshot({ path });
  return path;
}
