// Which fonts Chromium really drew a text with (its own account, through the DevTools protocol): the way to tell
// Dzongkha drawn in the bundled face from empty boxes or a fallback font.
import type { Locator, Page } from 'playwright-core';

/** The fonts Chromium drew an element's text with, by family, with their glyph counts. */
export async function fontsDrawing(page: Page, element: Locator): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const marker = `dz-${Math.random().toString(36).slice(2)}`;
    await element.evaluate((node, id) => node.setAttribute('data-fonts-probe', id), marker);
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-fonts-probe="${marker}"]` });
    const fonts: Record<string, number> = {};
    // Every descendant with text: the platform fonts are reported for a node's own text only.
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId, selector: '*' });
    for (const id of [nodeId, ...nodeIds]) {
      const { fonts: used } = await session.send('CSS.getPlatformFontsForNode', { nodeId: id });
      for (const font of used) fonts[font.familyName] = (fonts[font.familyName] ?? 0) + font.glyphCount;
    }
    await element.evaluate((node) => node.removeAttribute('data-fonts-probe'));
    return fonts;
  } finally {
    await session.detach();
  }
}
