// Dzongkha text, first-class (issue 18, item 3), on a machine with no Tibetan font of its own (as the build machines
// are): the Dzongkha plan (tests/fixtures/plans/dzongkha-plan.tsv) in the Overview and the Actions grid, drawn with
// the bundled face (Chromium's own account of the fonts each text node was drawn with, through the DevTools
// protocol), Latin text in the app's first fonts, and a review pack printed by the CLI's Chromium whose PDF embeds
// the face and reads back as Dzongkha.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../electron/core/import';
import { runCli } from '../../unit/support/run-cli';
import { cell, openActionsView } from '../actions/support';
import { startApp } from '../support/app';
import { fontsDrawing } from '../support/fonts';
import { prepareWorkspace, tempDir } from '../support/sample-workspace';
import { saveScreenshot } from '../support/screenshots';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'plans', 'dzongkha-plan.tsv');
const { file } = await readSpreadsheet(FIXTURE);
const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'screenshots');
const LONG_TITLE = 'ལས་སྡེ་ཚུ་གི་ ལས་བྱེད་ཚུ་ལུ་ རྫོང་ཁ་ཡིག་དཔར་དང་ ཡིག་ཆ་ བཟོ་ཐངས་ཀྱི་ སྦྱོང་བརྡར་ རྫོང་ཁག་ ཉེར་གསུམ་ཆ་ར་ནང་ བྱིན་ནི';

/**
 * How many pixels of an element's Dzongkha ink (its glyphs' full height: vowel signs above, subjoined letters below,
 * measured in the bundled face at the element's size) stand outside the box that clips it (the element, or its
 * nearest ancestor hiding its overflow): above its first line, below its last. 0 and 0 when nothing is cut.
 */
async function inkCut(element: Locator): Promise<{ above: number; below: number }> {
  await element.evaluate((node) => node.setAttribute('data-ink-probe', ''));
  try {
    return (await element.page().evaluate(`(${INK_CUT})(document.querySelector('[data-ink-probe]'))`)) as { above: number; below: number };
  } finally {
    await element.evaluate((node) => node.removeAttribute('data-ink-probe'));
  }
}

// In the page (as text: the tests are typed without the DOM's names).
const INK_CUT = `(outer) => {
  // The element that holds the text itself: the marks below must sit in its lines.
  let node = outer;
  while (node.children.length === 1 && node.children[0].textContent === node.textContent) node = node.children[0];
  const context = document.createElement('canvas').getContext('2d');
  context.font = getComputedStyle(node).fontSize + " 'PlanDesk Dzongkha'";
  const ink = context.measureText(node.textContent ?? '');
  // Zero-sized marks at the start and the end of the text sit on the first and the last line's baseline.
  const mark = () => Object.assign(document.createElement('span'), { style: 'display:inline-block;width:0;height:0;vertical-align:baseline' });
  const [first, last] = [mark(), mark()];
  node.prepend(first);
  node.append(last);
  const firstBaseline = first.getBoundingClientRect().bottom;
  const lastBaseline = last.getBoundingClientRect().bottom;
  first.remove();
  last.remove();
  let clip = node;
  while (clip.parentElement && getComputedStyle(clip).overflowY === 'visible') clip = clip.parentElement;
  const box = clip.getBoundingClientRect();
  // Text clamped to its box's lines (a long title's "…") ends on the last line the box shows.
  const lineHeight = parseFloat(getComputedStyle(node).lineHeight);
  const lastShown = Number.isNaN(lineHeight) ? lastBaseline : Math.min(lastBaseline, firstBaseline + (Math.max(1, Math.round(box.height / lineHeight)) - 1) * lineHeight);
  // A pixel of antialiasing is not a cut letter.
  const above = Math.max(0, Math.floor(box.top - (firstBaseline - ink.actualBoundingBoxAscent) - 1));
  const below = Math.max(0, Math.floor(lastShown + ink.actualBoundingBoxDescent - box.bottom - 1));
  return { above, below };
}`;

describe('Dzongkha plan', () => {
  const app = startApp({ name: 'dzongkha', user: 'Sonam Choden', plan: file });

  it('shows the Overview in Dzongkha with the bundled face, Latin text in the app font', async () => {
    const { page } = app.browser;
    await page.goto(app.harness.url);
    const chapters = page.getByRole('tree').locator('[role="treeitem"][aria-level="1"]');
    await expect.poll(() => chapters.count()).toBe(2);
    expect(await chapters.nth(0).locator('.tree-row__line').textContent()).toBe('6.1རྫོང་ཁ་ གློག་རིག་ནང་ (Dzongkha in ICT)');
    await expect.poll(() => page.evaluate(`document.fonts.check("16px 'PlanDesk Dzongkha'", 'རྫོང་ཁ')`)).toBe(true);
    const fonts = await fontsDrawing(page, chapters.nth(0).locator('.tree-row__line'));
    // Jomolhari draws the Dzongkha; the code and the English words stay in Liberation Sans (this machine's first
    // font of the stack), and no other font (a last resort drawing boxes) takes part.
    expect(Object.keys(fonts).sort()).toEqual(['Jomolhari', 'Liberation Sans']);
    expect(fonts['Jomolhari']).toBeGreaterThan(10);
    const lines = page.getByRole('tree').locator('.tree-row__title');
    for (let i = 0; i < (await lines.count()); i++) expect(await inkCut(lines.nth(i)), `tree row ${i}`).toEqual({ above: 0, below: 0 });
    await saveScreenshot(page, 'dzongkha-overview');
  });

  it('shows the Actions grid in Dzongkha, the rows tall enough for stacked letters', async () => {
    const { page } = app.browser;
    await openActionsView(page);
    const title = await cell(page, '6.1.2.1', 'title');
    await expect.poll(() => title.textContent()).toBe(LONG_TITLE);
    // The spaces between Dzongkha words come from the first font, as in any text: nothing else.
    expect(Object.keys(await fontsDrawing(page, title)).sort()).toEqual(['Jomolhari', 'Liberation Sans']);
    // No letter is cut, in the cells nor in the headings: the Dzongkha's ink lies inside the boxes that clip it.
    for (const code of ['6.1.1.1', '6.1.1.2', '6.1.2.1', '6.2.1.2']) expect(await inkCut(await cell(page, code, 'title')), code).toEqual({ above: 0, below: 0 });
    const headings = page.locator('.actions-grid .heading__label');
    for (let i = 0; i < (await headings.count()); i++) expect(await inkCut(headings.nth(i)), `heading ${i}`).toEqual({ above: 0, below: 0 });
    await saveScreenshot(page, 'dzongkha-actions-grid');
  });
});

describe('Dzongkha review pack, printed by the CLI', () => {
  const folder = tempDir('dzongkha-pack');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('embeds the bundled face and reads back as Dzongkha', { timeout: 120_000 }, async () => {
    const db = join(folder, 'workspace.plandesk');
    await prepareWorkspace(db, file);
    const pdf = join(folder, 'dzongkha-pack.pdf');
    const result = await runCli('report', '--db', db, '--preset', 'steering-committee', '--out', pdf, '--as-of', '2026-11-30', '--chromium', process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium');
    expect(result.code, result.stderr).toBe(0);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    // "XXXXXX+Jomolhari-Regular    CID TrueType    Identity-H    yes yes yes": embedded as a subset, with its Unicode map.
    expect(fonts).toMatch(/^[A-Z]{6}\+Jomolhari-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('ཞབས་ཏོག་གི་ཆུ་ཚོད་ གསལ་བསྒྲགས་འབད་ནི');
    expect(text).toContain('རྫོང་ཁ་ གློག་རིག་ནང་ (Dzongkha in ICT)');
    // The chapter detail page as a picture, for people to look at (screenshots/ is not committed).
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const detail = pages.findIndex((page) => /^\s*Steering committee review pack\s+Chapter detail/.test(page)) + 1;
    expect(detail).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', '-f', String(detail), '-l', String(detail), pdf, join(SCREENSHOTS, 'dzongkha-pack-chapter-detail')]);
  });
});
