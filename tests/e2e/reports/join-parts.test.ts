// Joining tagged parts: a small document of headings, tables, a list, a chart and links across parts, printed by
// Chromium in parts exactly as the packs are (page.pdf, tagged), joined in the order printers finish them, and read
// back with qpdf and poppler. The joined file must read as the document printed whole (same pages, same text), with
// one structure tree whose every element still ties to its marked content, and the outline, destinations and
// properties given to the join.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackBookmark, PackPlace } from '../../../shared/printed-pack';
import { startPackJoin, type JoinedPack } from '../../../electron/core/reports/pdf/join-parts';
import { openBrowser, type OpenBrowser } from '../support/browser';
import { qpdf, readPdf, structureProblems, structureText, unmarkedPainting, xmpOf, type ReadPdf, type StructureElement } from '../support/pdf-structure';
import { tempDir } from '../support/sample-workspace';

const PAGES = 7;
/** The named destination of page n in this document: its links are "#page-n". */
const pageDestination = (n: number) => `page-${n}`;
const folder = tempDir('join-parts');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Page `n` (1-based) of the test document: landscape for pages 4 and 5, as the packs' chapter detail. */
function pageHtml(n: number): string {
  const landscape = n === 4 || n === 5;
  return `<section class="page ${landscape ? 'wide' : ''}" id="${pageDestination(n)}" data-page="${n}">
    <header aria-hidden="true">Running header · page ${n}</header>
    ${n === 1 ? '<h1>Contents</h1><ul>' + [3, 4, 6].map((t) => `<li><a href="#${pageDestination(t)}">Section on page ${t}</a></li>`).join('') + '</ul>' : ''}
    ${n > 1 ? `<h1>Section on page ${n}</h1><h2>Part ${n}.1</h2>` : ''}
    <table><thead><tr><th scope="col">Code</th><th scope="col">Action of page ${n}</th></tr></thead>
      <tbody><tr><td>${n}.1</td><td>First action of page ${n}</td></tr><tr><td>${n}.2</td><td>Second action of page ${n}</td></tr></tbody></table>
    <svg role="img" aria-label="Chart of page ${n}: 3 completed, 4 ongoing (not 12 0 R)" width="200" height="20"><rect width="120" height="20" fill="#246"/></svg>
    ${n === 2 ? `<p>See the <a href="#${pageDestination(6)}">chapter detail on page 6</a>.</p>` : ''}
    <footer aria-hidden="true">Page ${n} of ${PAGES}</footer>
  </section>`;
}

const DOCUMENT = `<!doctype html><html lang="en"><head><title>Joined test pack</title><style id="default-page"></style><style>
  @page { margin: 0 }
  @page tall { size: A4 portrait; margin: 0 }
  @page wide { size: A4 landscape; margin: 0 }
  body { margin: 0; font-family: sans-serif }
  .page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 15mm; break-after: page; overflow: hidden; page: tall }
  .page.wide { page: wide; width: 297mm; height: 210mm }
  .page.last { break-after: auto }
  #targets { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden }
</style></head><body>${Array.from({ length: PAGES }, (_, i) => pageHtml(i + 1)).join('')}<div id="targets"></div></body></html>`;

/**
 * Shows pages [from, to) only, as the packs' print page does (the others are not in the document): the part's default page in its first page's orientation
 * (else Chromium starts a part of landscape pages with a blank portrait one), and an empty target for each link to a
 * page not shown (else Chromium leaves the link out).
 */
const SHOW = `([from, to, pages]) => {
  window.allPages ??= [...document.querySelectorAll('.page')];
  const shown = window.allPages.slice(from, to);
  shown.forEach((page, i) => page.classList.toggle('last', i === shown.length - 1));
  document.getElementById('default-page').textContent = '@page { size: A4 ' + (shown[0].classList.contains('wide') ? 'landscape' : 'portrait') + ' }';
  const targets = document.createElement('div');
  targets.id = 'targets';
  for (let n = 1; n <= pages; n += 1) {
    if (n - 1 >= from && n - 1 < to) continue;
    const span = document.createElement('span');
    span.id = 'page-' + n;
    targets.append(span);
  }
  document.body.replaceChildren(...shown, targets);
}`;

const BOOKMARKS: PackBookmark[] = [
  { title: 'Contents', page: 1, top: 0, level: 1 },
  { title: 'Section on page 3', page: 3, top: 0, level: 1 },
  { title: 'Section on page 4', page: 4, top: 0, level: 1 },
  { title: 'Part 4.1', page: 4, top: 120.5, level: 2 },
  { title: 'Statement 4.1.1 — (parentheses) and “quotes”', page: 5, top: 300, level: 3 },
  { title: 'Section on page 6', page: 6, top: 0, level: 1 },
];

/** Each page's destination at its top, but page 6's, 40 points down it. */
const DESTINATIONS: Record<string, PackPlace> = Object.fromEntries(Array.from({ length: PAGES }, (_, i) => [pageDestination(i + 1), { page: i + 1, top: i === 5 ? 40 : 0 }]));

const PACK: JoinedPack = {
  title: 'Joined test pack',
  author: 'Sonam Choden',
  subject: '12th e-Governance Steering Committee · 15 December 2020',
  keywords: ['e-Governance policy Implementation and Monitoring plan', 'FY 2020-21'],
  language: 'en',
  createdAt: new Date('2020-12-01T09:30:00Z'),
  producer: 'PlanDesk 9.8.7',
  bookmarks: BOOKMARKS,
  destinations: DESTINATIONS,
};

let browser: OpenBrowser;
let second: Browser;
let whole: string;
let joined: string;
let pdf: ReadPdf;
let sharedIds: string[] = [];

/** Element ids of a part, as Chromium wrote them. */
function idsOf(part: Uint8Array): string[] {
  return [...Buffer.from(part).toString('latin1').matchAll(/\/ID \((node\d+)\)/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  browser = await openBrowser();
  // Three printers, as the report command has several: each numbers its elements after its own page's nodes, so that
  // two parts of like pages hold the same ids.
  second = await chromium.launch({ executablePath: process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const printers = [browser.page, await second.newPage(), await (await second.newContext()).newPage()];
  for (const page of printers) await page.setContent(DOCUMENT);
  const print = (page: Page) => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  // Parts starting on either orientation, one of a single page.
  const parts: Uint8Array[] = [];
  for (const [index, [from, to]] of ([[0, 3], [3, 4], [4, 7]] as const).entries()) {
    await printers[index]!.evaluate(`(${SHOW})([${from}, ${to}, ${PAGES}])`);
    parts.push(await print(printers[index]!));
  }
  sharedIds = idsOf(parts[1]!).filter((id) => idsOf(parts[2]!).includes(id));
  // Joined in the order the printers might finish, not the pages' order.
  const packJoin = startPackJoin(PACK);
  for (const index of [2, 0, 1]) packJoin.add(index, parts[index]!);
  joined = join(folder, 'joined.pdf');
  writeFileSync(joined, packJoin.finish());
  pdf = readPdf(joined);
  await browser.page.evaluate(`(${SHOW})([0, ${PAGES}, ${PAGES}])`);
  whole = join(folder, 'whole.pdf');
  writeFileSync(whole, await print(browser.page));
});

afterAll(async () => {
  await second?.close();
  await browser?.close();
});

function pagesOf(file: string): string[] {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

function all(element: StructureElement | null, type: string): StructureElement[] {
  if (!element) return [];
  return [...(element.type === type ? [element] : []), ...element.children.flatMap((child) => all(child, type))];
}

/** The page of an element's first marked content, its own or its descendants'. */
function firstPageOf(element: StructureElement): number | undefined {
  return element.content[0]?.[0] ?? element.children.map(firstPageOf).find((page) => page !== undefined);
}

describe('joining tagged parts printed by Chromium', () => {
  it('keeps the pages in order with their text and orientation, and qpdf finds nothing wrong', () => {
    expect(qpdf(['--check', joined]).toString()).toContain('No syntax or stream encoding errors');
    expect(pagesOf(joined)).toEqual(pagesOf(whole));
    const sizes = (file: string) => [...execFileSync('pdfinfo', ['-f', '1', '-l', String(PAGES), file], { encoding: 'utf8' }).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
    expect(sizes(joined)).toEqual(sizes(whole));
    expect(sizes(joined)).toEqual([false, false, false, true, true, false, false]);
  });

  it('marks the file as tagged, in English, showing its title', () => {
    expect(pdf.resolve(pdf.catalog['/MarkInfo'])).toMatchObject({ '/Marked': true });
    expect(pdf.text(pdf.catalog['/Lang'])).toBe('en');
    expect(pdf.resolve(pdf.catalog['/ViewerPreferences'])).toMatchObject({ '/DisplayDocTitle': true });
    expect(pdf.catalog['/PageMode']).toBe('/UseOutlines');
  });

  it('holds one structure tree: every part\'s headings, tables with header cells, lists and figures, in page order', () => {
    expect(pdf.structure?.type).toBe('Document');
    const headings = all(pdf.structure, 'H1');
    expect(headings.map(firstPageOf)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all(pdf.structure, 'H2')).toHaveLength(PAGES - 1);
    expect(all(pdf.structure, 'Table')).toHaveLength(PAGES);
    const headers = all(pdf.structure, 'TH');
    expect(headers).toHaveLength(2 * PAGES);
    for (const header of headers) expect(JSON.stringify(pdf.resolve(header.dict['/A']))).toContain('/Column');
    expect(all(pdf.structure, 'TD')).toHaveLength(4 * PAGES);
    expect(all(pdf.structure, 'L')).toHaveLength(1);
    expect(all(pdf.structure, 'LI')).toHaveLength(3);
    const figures = all(pdf.structure, 'Figure');
    // Kept as written, though "12 0 R" reads like a reference.
    expect(figures.map((f) => f.alt)).toEqual(Array.from({ length: PAGES }, (_, i) => `Chart of page ${i + 1}: 3 completed, 4 ongoing (not 12 0 R)`));
    // The running header and footer (aria-hidden) are not content.
    expect(JSON.stringify(pdf.elements.map((e) => e.alt))).not.toContain('Running header');
  });

  it('ties every element to its marked content, every link to its element, every header cell to its id', () => {
    expect(structureProblems(pdf)).toEqual([]);
    // The printers numbered their elements alike; in the joined file each id names one element, on the cell's page.
    expect(sharedIds.length).toBeGreaterThan(0);
    expect(pdf.ids.size).toBe(2 * PAGES);
    for (const cell of all(pdf.structure, 'TD')) {
      const attributes = pdf.resolve(cell.dict['/A']) as Record<string, unknown>[];
      const headers = attributes.flatMap((a) => (pdf.resolve(a as never) as Record<string, unknown>)['/Headers'] ?? []) as string[];
      expect(headers.length).toBeGreaterThan(0);
      for (const id of headers) {
        const header = pdf.elements.find((e) => e.ref === pdf.ids.get(pdf.text(id)))!;
        expect(header.type).toBe('TH');
        expect(firstPageOf(header)).toBe(firstPageOf(cell));
      }
    }
    const treeRoot = pdf.resolve(pdf.catalog['/StructTreeRoot']) as Record<string, unknown>;
    expect(treeRoot['/ParentTreeNextKey']).toBe(Math.max(...pdf.parentTree.keys()) + 1);
  });

  it('marks what no element holds (the running header and footer) as artifacts, leaving nothing unmarked', () => {
    // Chromium leaves aria-hidden content unmarked: the header and footer of every page, and the page's background.
    expect(unmarkedPainting(whole).size).toBe(PAGES);
    expect(unmarkedPainting(joined)).toEqual(new Map());
    const text = pagesOf(joined).join('\n');
    const tagged = structureText(joined);
    for (let n = 1; n <= PAGES; n += 1) {
      expect(text).toContain(`Running header · page ${n}`);
      expect(text).toContain(`Page ${n} of ${PAGES}`);
      expect(tagged).not.toContain(`Running header · page ${n}`);
      expect(tagged).not.toContain(`Page ${n} of ${PAGES}`);
      expect(tagged).toContain(`Section on page ${n}`.replace('Section on page 1', 'Contents'));
    }
  });

  it('opens each link at the place it names, in its own part or another', () => {
    const targets = pdf.links.map((link) => [link.page, link.target, link.targetTop]);
    expect(targets).toEqual([
      [1, 3, 0],
      [1, 4, 0],
      [1, 6, 40],
      [2, 6, 40],
    ]);
    const linkElements = all(pdf.structure, 'Link');
    expect(linkElements).toHaveLength(4);
    for (const link of pdf.links) expect(linkElements.some((element) => element.annotations.includes(link.ref))).toBe(true);
  });

  it('has the outline it was given, each entry opening at its place', () => {
    // Each opens with its place at the window's top: the page's height less the place's distance from the top.
    expect(pdf.outline).toEqual(BOOKMARKS.map((b) => ({ title: b.title, page: b.page, top: b.top, level: b.level })));
  });

  it('carries the pack\'s properties, in the information dictionary and in XMP', () => {
    expect(pdf.text(pdf.info['/Title'])).toBe(PACK.title);
    expect(pdf.text(pdf.info['/Author'])).toBe('Sonam Choden');
    expect(pdf.text(pdf.info['/Subject'])).toBe(PACK.subject);
    expect(pdf.text(pdf.info['/Keywords'])).toBe('e-Governance policy Implementation and Monitoring plan; FY 2020-21');
    expect(pdf.text(pdf.info['/Producer'])).toBe('PlanDesk 9.8.7');
    expect(pdf.text(pdf.info['/CreationDate'])).toBe('D:20201201093000Z');
    const info = execFileSync('pdfinfo', [joined], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    const xmp = xmpOf(joined, pdf);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Joined test pack</rdf:li>');
    expect(xmp).toContain('<rdf:li>Sonam Choden</rdf:li>');
    expect(xmp).toContain('12th e-Governance Steering Committee · 15 December 2020');
    expect(xmp).toContain('<rdf:li>FY 2020-21</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2020-12-01T09:30:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdf:Producer>PlanDesk 9.8.7</pdf:Producer>');
  });
});
