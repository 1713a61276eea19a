// A long pack joined from parts: the steering committee pack of a generated 1,000-action plan, printed by the
// report command in parts of 40 pages (PLANDESK_REPORT_PART_PAGES) and joined, read back with qpdf and poppler. It
// must read as one tagged document: one structure tree tied to its pages, nothing unmarked, the contents' links and
// the bookmarks (per section, chapter and, past 100 pages, policy statement) opening where they say, across parts.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import { REPORT_SECTION_TITLES } from '../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../shared/domain';
import { openDatabase } from '../../../electron/core/db/connection';
import { buildReportModel } from '../../../electron/core/reports/model/report-model';
import { generatedWorkspace } from '../../../scripts/bench-report';
import { linkBox, readPdf, structureProblems, textIn, unmarkedPainting, type ReadPdf } from '../support/pdf-structure';
import { tempDir } from '../support/sample-workspace';

const root = resolve(import.meta.dirname, '../../..');
const AS_OF = '2026-11-27';
const PART_PAGES = 40;
const folder = tempDir('long-pack');
const db = join(folder, 'workspace.sqlite');
const pdf = join(folder, 'pack.pdf');
let model: ReportModel;
let read: ReadPdf;
let printed = '';
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'electron/cli/index.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

beforeAll(async () => {
  const planId = await generatedWorkspace(db, 1000);
  const result = await runCli(['report', '--db', db, '--preset', 'steering-committee', '--out', pdf, '--as-of', AS_OF, '--meeting', 'Bench meeting', '--user', 'Sonam Choden'], {
    PLANDESK_REPORT_PART_PAGES: String(PART_PAGES),
  });
  expect(result.code, result.stderr).toBe(0);
  printed = result.stdout;
  read = readPdf(pdf);
  const connection = await openDatabase(db);
  try {
    model = await buildReportModel(connection.db, reportRequest.parse({ planId, preset: 'steering_committee', asOf: AS_OF, meetingName: 'Bench meeting' }), new Date());
  } finally {
    await connection.close();
  }
}, 600_000);

describe('a long pack joined from parts', () => {
  it('was printed in several parts, and reads as one tagged document', () => {
    const pages = Number(/: (\d+) pages/.exec(printed)?.[1]);
    expect(read.pageRefs).toHaveLength(pages);
    expect(pages).toBeGreaterThan(3 * PART_PAGES);
    expect(read.resolve(read.catalog['/MarkInfo'])).toMatchObject({ '/Marked': true });
    expect(read.text(read.catalog['/Lang'])).toBe('en');
    expect(read.resolve(read.catalog['/ViewerPreferences'])).toMatchObject({ '/DisplayDocTitle': true });
    expect(read.structure?.type).toBe('Document');
    for (const type of ['H1', 'H2', 'Table', 'TH', 'TD', 'Figure']) expect(read.elements.some((e) => e.type === type), type).toBe(true);
    // The charts state their figures: the status shares, every chapter's actions, each timeline page's rows.
    const alts = read.elements.filter((e) => e.type === 'Figure').map((e) => e.alt ?? '');
    expect(alts.every((alt) => alt.trim() !== '')).toBe(true);
    expect(alts).toContainEqual(expect.stringContaining(`Share of actions by status, of ${model.summary.total}:`));
    const chapterChart = alts.find((alt) => alt.startsWith('Actions by status per chapter.')) ?? '';
    for (const chapter of model.summary.byChapter) expect(chapterChart).toContain(`${chapter.code} ${chapter.title}: ${chapter.total} actions`);
    expect(alts.filter((alt) => alt.includes(': timeline, page ')).length).toBeGreaterThan(1);
    expect(structureProblems(read)).toEqual([]);
    expect(unmarkedPainting(pdf)).toEqual(new Map());
  });

  it('has a bookmark per section, chapter and policy statement, each opening with its heading or statement at the top', () => {
    const chapters = read.outline.filter((b) => b.level === 2);
    const statements = read.outline.filter((b) => b.level === 3);
    expect(chapters.map((b) => b.title)).toEqual(model.chapters.map((c) => `${c.code} ${c.title}`));
    const expectedStatements = model.chapters.flatMap((c) => c.statements.map((s) => `${s.code} ${s.text}`));
    expect(statements.map((b) => b.title.replace(/…$/, ''))).toEqual(expectedStatements.map((title, i) => title.slice(0, statements[i]!.title.replace(/…$/, '').length)));
    expect(statements).toHaveLength(expectedStatements.length);
    // Under their chapter: a statement's bookmark follows its chapter's, before the next chapter's.
    const detail = read.outline.findIndex((b) => b.title === REPORT_SECTION_TITLES.chapters);
    expect(read.outline.slice(detail + 1, detail + 1 + chapters.length + statements.length).every((b) => b.level > 1)).toBe(true);
    for (const bookmark of read.outline) {
      const top = textIn(pdf, bookmark.page, { x: 0, top: bookmark.top, width: 900, height: 20 });
      const expected = bookmark.level === 3 ? bookmark.title.split(' ')[0]! : bookmark.title;
      expect(top.startsWith(expected), `"${bookmark.title}" at the top of the window on page ${bookmark.page}, read "${top}"`).toBe(true);
    }
  });

  it('links every contents entry to the page it names, across parts', () => {
    const contents = textIn(pdf, 2, { x: 0, top: 0, width: 900, height: 900 });
    const links = read.links.filter((link) => link.page === 2);
    expect(links.length).toBe(2 * (model.sections.filter((s) => s !== 'cover' && s !== 'contents').length + model.chapters.length));
    for (const link of links) {
      const text = textIn(pdf, 2, linkBox(read, link));
      expect(contents).toContain(text);
      // The page number says where it goes; a title goes where its bookmark does.
      if (/^\d+$/.test(text)) expect(link.target).toBe(Number(text));
      else expect([link.target, link.targetTop]).toEqual([read.outline.find((b) => b.title === text)?.page, read.outline.find((b) => b.title === text)?.top]);
    }
    expect(links.some((link) => (link.target ?? 0) > PART_PAGES)).toBe(true);
  });
});
