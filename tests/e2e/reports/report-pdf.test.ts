// The review pack as the PMU gets it: `npm run cli -- report` on the real sample plan, read back with pdftotext.
// Every section's heading, every action code in scope, the summary's figures against SQL counts, the contents'
// page numbers against the pages their headings are on, "Page X of Y" on every page, landscape pages where wide;
// read back with qpdf: tagged (headings, tables, charts' text), bookmarks opening at their headings, the contents'
// links, the properties.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportRequest } from '../../../shared/contract';
import { REPORT_SECTION_TITLES } from '../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../shared/domain';
import { openDatabase } from '../../../electron/core/db/connection';
import { importSpreadsheet } from '../../../electron/core/import';
import { findAgency } from '../../../electron/core/reports/find-agency';
import { buildReportModel } from '../../../electron/core/reports/model/report-model';
import { takeSnapshot } from '../../../electron/core/snapshots/snapshots';
import { saveCommitteePages } from '../../../electron/core/committee/committee-pages';
import { updateActionField } from '../../../electron/core/plan/plan-commands';
import { linkBox, readPdf, structureProblems, textIn, unmarkedPainting, xmpOf, type ReadPdf } from '../support/pdf-structure';
import { tempDir } from '../support/sample-workspace';

const root = resolve(import.meta.dirname, '../../..');
const AS_OF = '2020-11-30';
/** The committee's pages' own contents entries and bookmarks, under "For the committee". */
const COMMITTEE_PARTS = ['Key messages', 'Decisions sought', 'Items for information'];
const folder = tempDir('report');
const db = join(folder, 'workspace.sqlite');
let planId = '';
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'electron/cli/index.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

/** The PDF's text, one string per page (pdftotext separates pages with a form feed). */
function pagesOf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

function pageSizes(pdf: string, count: number): ('portrait' | 'landscape')[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
}

/** Collapses the layout's runs of spaces, so that a heading reads as one phrase whatever the column it sits in. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function modelFor(input: Record<string, unknown>): Promise<ReportModel> {
  const connection = await openDatabase(db);
  try {
    return await buildReportModel(connection.db, reportRequest.parse({ planId, asOf: AS_OF, ...input }), new Date());
  } finally {
    await connection.close();
  }
}

function codesOf(model: ReportModel): string[] {
  return model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => a.code))).filter((code) => code !== '');
}

beforeAll(async () => {
  // The sample plan as imported, a snapshot taken at the last meeting, then some progress since.
  const connection = await openDatabase(db);
  try {
    const context = { user: 'Sonam Choden', source: 'import' as const, at: '2020-06-30T09:00:00.000Z', sourceFile: null, batchId: null };
    ({ planId } = await importSpreadsheet(connection.db, context, resolve(root, 'resources/sample-plan.tsv')));
    const eleventh = await takeSnapshot(connection.db, { ...context, source: 'edit' }, { planId, name: '11th e-Governance Steering Committee' });
    // The committee's pages for the 12th meeting (the one after the 11th's snapshot): printed first, bookmarked.
    await saveCommitteePages(connection.db, { ...context, source: 'edit', at: '2020-11-20T09:00:00.000Z' }, {
      planId,
      snapshotId: eleventh.id,
      keyMessages: 'Connectivity is six months behind.',
      information: '- The data centre passed its audit',
      decisions: [{ text: 'Approve the revised end of 5.2.1.1', actionCodes: ['5.2.1.1'] }],
    });
    const ids = await connection.db
      .selectFrom('actions')
      .select(['id', 'code'])
      .where('code', 'in', ['5.1.1.3', '5.2.1.1'])
      .execute();
    const edit = { ...context, source: 'edit' as const, at: '2020-10-15T09:00:00.000Z' };
    await updateActionField(connection.db, edit, { actionId: ids.find((a) => a.code === '5.1.1.3')!.id, field: 'status', value: 'Ongoing' });
    await updateActionField(connection.db, edit, { actionId: ids.find((a) => a.code === '5.2.1.1')!.id, field: 'end', value: 'June 2021' });
  } finally {
    await connection.close();
  }
});

describe('report command: steering committee pack as PDF', () => {
  const pdf = join(folder, 'steering-committee.pdf');
  let pages: string[] = [];
  let read: ReadPdf;
  let model: ReportModel;

  beforeAll(async () => {
    const result = await runCli([
      'report',
      '--db', db,
      '--preset', 'steering-committee',
      '--out', pdf,
      '--as-of', AS_OF,
      '--meeting', '12th e-Governance Steering Committee',
      '--meeting-date', '15 December 2020',
      '--prepared-by', 'e-Government PMU',
      '--user', 'Sonam Choden',
      '--chromium', process.env['PLANDESK_CHROMIUM'] ?? '/usr/bin/chromium',
    ]);
    expect(result.stderr).not.toMatch(/warning|error/i);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*steering-committee\.pdf: \d+ pages/);
    pages = pagesOf(pdf);
    read = readPdf(pdf);
    model = await modelFor({ preset: 'steering_committee' });
  });

  it('has every section, under its heading, on pages of a plausible count', () => {
    const text = squash(pages.join('\n'));
    for (const section of model.sections) {
      if (section === 'cover') continue;
      expect(text, `heading of ${section}`).toContain(REPORT_SECTION_TITLES[section]);
    }
    // The committee's pages first, right after the contents.
    expect(model.sections.slice(0, 3)).toEqual(['cover', 'contents', 'committee']);
    expect(squash(pages[2]!)).toContain('For the committee For the meeting after “11th e-Governance Steering Committee” Key messages Connectivity is six months behind.');
    expect(squash(pages[0]!)).toContain('Steering committee review pack');
    expect(squash(pages[0]!)).toContain('12th e-Governance Steering Committee');
    // The plan as it stood on the as-of date (rebuilt from the history), and the cover says so.
    expect(squash(pages[0]!)).toContain('As they stood on 30 November 2020');
    // 53 actions: a cover, contents, two summary pages, a page or two per chapter, lists, timeline, annex.
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(pages.length).toBeLessThanOrEqual(60);
  });

  it('numbers every page but the cover "Page X of Y"', () => {
    pages.forEach((page, index) => {
      if (index === 0) expect(page).not.toMatch(/Page \d+ of \d+/);
      else expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('lists every action code in scope in the chapter detail and the timeline', () => {
    const codes = codesOf(model);
    expect(codes.length).toBe(model.summary.total);
    // Sections are told apart by the running header, the page's first line.
    const header = (page: string) => page.trimStart().split('\n')[0] ?? '';
    const detailStart = pages.findIndex((p) => header(p).includes(REPORT_SECTION_TITLES.chapters));
    const timelineStart = pages.findIndex((p) => header(p).trimEnd().endsWith(REPORT_SECTION_TITLES.timeline));
    expect(detailStart).toBeGreaterThan(1);
    expect(timelineStart).toBeGreaterThan(detailStart);
    const detail = pages.slice(detailStart, timelineStart).join('\n');
    const timeline = pages.slice(timelineStart).join('\n');
    for (const code of codes) {
      expect(detail, `chapter detail has ${code}`).toContain(code);
      expect(timeline, `timeline has ${code}`).toContain(code);
    }
    // The timeline's pages are the Timeline view's (TimelinePage): its title line and legend, the as-of date as today.
    expect(squash(timeline)).toContain('Timeline by chapter and statement');
    expect(squash(timeline)).toContain('As of 30 Nov 2020');
  });

  it('prints the executive summary with the counts SQL gives', async () => {
    const connection = await openDatabase(db);
    const counts = await sql<{ status: string | null; n: number; overdue: number }>`
      select a.status, count(*) as n,
             sum(case when a.end_open = 0 and coalesce(a.revised_end_month, a.end_month) < ${AS_OF.slice(0, 7)}
                       and coalesce(a.status, '') not in ('completed', 'dropped') then 1 else 0 end) as overdue
      from actions a join policy_statements s on s.id = a.statement_id join chapters c on c.id = s.chapter_id
      where c.plan_id = ${planId} and a.deleted_at is null and s.deleted_at is null and c.deleted_at is null
      group by a.status`.execute(connection.db);
    await connection.close();
    const of = (status: string | null) => Number(counts.rows.find((r) => r.status === status)?.n ?? 0);
    const total = counts.rows.reduce((sum, r) => sum + Number(r.n), 0);
    const overdue = counts.rows.reduce((sum, r) => sum + Number(r.overdue), 0);
    const other = of('on_hold') + of('dropped') + of(null);

    const summary = pages.find((p) => p.includes('Actions by status per chapter'))!;
    const totals = /^\s*Total\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/m.exec(summary);
    expect(totals, 'the Total row of the chapter table').not.toBeNull();
    expect(totals!.slice(1).map(Number)).toEqual([total, of('completed'), of('ongoing'), of('not_started'), other, overdue]);
    // The overdue list says as many, under its heading.
    expect(squash(pages.join('\n'))).toContain(`Overdue actions (${overdue})`);
    // The cover's figures: actions, completed, ongoing, overdue.
    expect(squash(pages[0]!)).toContain(`${total} ${of('completed')} ${of('ongoing')} ${overdue} actions completed ongoing overdue`);
  });

  it('points every contents entry at the page its heading is on', async () => {
    const contents = pages[1]!;
    expect(contents).toContain('Contents');
    const entries = [...contents.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
    const expected = [
      ...model.sections.filter((s) => s !== 'cover' && s !== 'contents').map((s) => REPORT_SECTION_TITLES[s]),
      ...COMMITTEE_PARTS,
      ...model.chapters.map((c) => `${c.code} ${c.title}`),
    ];
    expect(entries.map((e) => e.title).sort()).toEqual(expected.sort());
    for (const entry of entries) {
      const page = pages[entry.page - 1];
      expect(page, `page ${entry.page} for "${entry.title}"`).toBeDefined();
      // The heading is on that page, below the running header; the page before does not start it.
      const body = page!.split('\n').slice(2).join('\n');
      expect(squash(body), `"${entry.title}" on page ${entry.page}`).toContain(entry.title);
    }
    const pageNumbers = entries.map((e) => e.page);
    expect([...pageNumbers].sort((a, b) => a - b)).toEqual(pageNumbers.filter(() => true).sort((a, b) => a - b));
  });

  it('prints the ratings, the chapter detail and the timeline on landscape pages, the rest portrait', () => {
    const sizes = pageSizes(pdf, pages.length);
    expect(sizes).toHaveLength(pages.length);
    pages.forEach((page, index) => {
      const header = squash(page.split('\n').slice(0, 3).join(' '));
      const wide = header.includes(REPORT_SECTION_TITLES.chapters) || header.includes(REPORT_SECTION_TITLES.ratings) || /\bTimeline\b/.test(header);
      expect(sizes[index], `page ${index + 1}: ${header.slice(0, 80)}`).toBe(wide ? 'landscape' : 'portrait');
    });
  });

  it('is a tagged PDF: headings, tables with header cells, charts that state their figures, nothing unmarked', () => {
    expect(read.resolve(read.catalog['/MarkInfo'])).toMatchObject({ '/Marked': true });
    expect(read.text(read.catalog['/Lang'])).toBe('en');
    expect(read.resolve(read.catalog['/ViewerPreferences'])).toMatchObject({ '/DisplayDocTitle': true });
    expect(read.text(read.info['/Title'])).toBe(`Steering committee review pack — ${model.plan.title}`);
    const count = (type: string) => read.elements.filter((e) => e.type === type).length;
    // Every section's heading, and the chapters' and agencies' below them.
    expect(count('H1')).toBeGreaterThanOrEqual(model.sections.length - 1);
    expect(count('H2')).toBeGreaterThanOrEqual(model.chapters.length);
    expect(count('Table')).toBeGreaterThanOrEqual(model.chapters.length);
    // The cover's facts (prepared by, position as of, ...) are a list, and so are the committee's items for information.
    expect(count('L')).toBe(2);
    expect(count('LI')).toBeGreaterThanOrEqual(4);
    const headers = read.elements.filter((e) => e.type === 'TH');
    expect(headers.length).toBeGreaterThan(model.chapters.length * 5);
    expect(headers.every((h) => JSON.stringify(read.resolve(h.dict['/A'])).includes('/Column'))).toBe(true);
    // The charts say what they show: the share of each status, each chapter's actions by status.
    const alts = read.elements.filter((e) => e.type === 'Figure').map((e) => e.alt ?? '');
    const byStatus = model.summary.byStatus;
    expect(alts).toContainEqual(expect.stringContaining(`${byStatus.not_started} not started (${Math.round((byStatus.not_started / model.summary.total) * 100)}%)`));
    const first = model.summary.byChapter[0]!;
    expect(alts).toContainEqual(expect.stringContaining(`${first.code} ${first.title}: ${first.byStatus.completed + first.byStatus.ongoing + first.byStatus.not_started + first.byStatus.on_hold + first.byStatus.dropped + first.byStatus.unknown} actions`));
    expect(alts.filter((alt) => alt.includes('timeline, page'))).toHaveLength(pages.filter((p) => /Timeline by chapter and statement/.test(p)).length);
    // Each timeline page names the actions it draws, from the first (not the chapter heading it starts with).
    const firstAction = model.chapters[0]!.statements[0]!.actions[0]!.code;
    expect(alts.find((alt) => alt.includes('timeline, page 1 of'))).toContain(`actions (${firstAction} to `);
    expect(alts.every((alt) => alt.trim() !== '')).toBe(true);
    expect(structureProblems(read)).toEqual([]);
    // What no element holds (the running header and footer: join-parts.test.ts) is an artifact.
    expect(unmarkedPainting(pdf)).toEqual(new Map());
  });

  it('has a bookmark per section and chapter, each opening with its heading at the top', () => {
    const expected = [
      { title: 'Contents', level: 1 },
      ...model.sections
        .filter((s) => s !== 'cover' && s !== 'contents')
        .flatMap((s) => [
          { title: REPORT_SECTION_TITLES[s], level: 1 },
          ...(s === 'committee' ? COMMITTEE_PARTS.map((title) => ({ title, level: 2 })) : []),
          ...(s === 'chapters' ? model.chapters.map((c) => ({ title: `${c.code} ${c.title}`, level: 2 })) : []),
        ]),
    ];
    expect(read.outline.map(({ title, level }) => ({ title, level }))).toEqual(expected);
    for (const bookmark of read.outline) {
      // The window's top line, where the viewer opens it: the heading (after the running header on a section's page).
      expect(textIn(pdf, bookmark.page, { x: 0, top: bookmark.top, width: 900, height: 30 }), `"${bookmark.title}" on page ${bookmark.page}`).toContain(bookmark.title);
    }
  });

  it('links every contents entry to the page it names, and the chapter detail where the pack refers to it', () => {
    const contents = [...pages[1]!.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: squash(m[1]!).trim(), page: Number(m[2]) }));
    const links = read.links.filter((link) => link.page === 2).map((link) => ({ text: textIn(pdf, 2, linkBox(read, link)), target: link.target }));
    for (const entry of contents) {
      expect(links, entry.title).toContainEqual({ text: entry.title, target: entry.page });
      expect(links, `${entry.title}, page number`).toContainEqual({ text: String(entry.page), target: entry.page });
    }
    expect(links).toHaveLength(2 * contents.length);
    const detail = read.outline.find((b) => b.title === REPORT_SECTION_TITLES.chapters)!;
    const references = read.links.filter((link) => link.page > 2);
    expect(references.length).toBeGreaterThan(0);
    for (const link of references) {
      expect(textIn(pdf, link.page, linkBox(read, link))).toBe('chapter detail');
      expect([link.target, link.targetTop]).toEqual([detail.page, detail.top]);
    }
  });

  it('says who printed it, for which meeting, plan and period, in its properties and XMP', () => {
    const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(read.text(read.info['/Author'])).toBe('Sonam Choden');
    expect(read.text(read.info['/Subject'])).toBe('12th e-Governance Steering Committee, 15 December 2020');
    // No reporting period chosen: the fiscal year of the as-of date (30 November 2020).
    expect(read.text(read.info['/Keywords'])).toBe(`${model.plan.title}; FY 2020-21`);
    expect(read.text(read.info['/Producer'])).toBe(`PlanDesk ${version}`);
    expect(read.text(read.info['/CreationDate'])).toMatch(new RegExp(`^D:${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`));
    const xmp = xmpOf(pdf, read);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">Steering committee review pack — ${model.plan.title}</rdf:li>`);
    expect(xmp).toContain('<rdf:li>Sonam Choden</rdf:li>');
    expect(xmp).toContain('12th e-Governance Steering Committee, 15 December 2020');
    expect(xmp).toContain(`<pdf:Producer>PlanDesk ${version}</pdf:Producer>`);
    expect(xmp).toContain('<rdf:li>FY 2020-21</rdf:li>');
  });

  it('shows what changed since the snapshot, with the slip in months', () => {
    const text = squash(pages.join('\n'));
    expect(text).toContain('Compared with snapshot “11th e-Governance Steering Committee”');
    expect(text).toMatch(/Status changes \(1\)/);
    expect(text).toMatch(/End dates changed \(1\)/);
    // 5.2.1.1 moved from its original end to June 2021.
    const slipped = model.changes!.slipped[0]!;
    expect(slipped.code).toBe('5.2.1.1');
    expect(text).toContain(`+${slipped.slipMonths} months`);
  });
});

describe('report command: other presets and outputs', () => {
  it('writes one agency scorecard with exactly its actions', async () => {
    const pdf = join(folder, 'moic.pdf');
    const result = await runCli(['report', '--db', db, '--preset', 'agency-scorecard', '--agency', 'MoIC', '--out', pdf, '--as-of', AS_OF, '--paper', 'Letter']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/warning/i);
    const pages = pagesOf(pdf);
    const connection = await openDatabase(db);
    const moic = await findAgency(connection.db, 'MoIC');
    await connection.close();
    const model = await modelFor({ preset: 'agency_scorecard', leadAgencyId: moic.id });
    const text = pages.join('\n');
    expect(squash(pages[0]!)).toContain('Agency scorecard: MoIC');
    for (const code of codesOf(model)) expect(text, code).toContain(code);
    const everyCode = codesOf(await modelFor({}));
    const others = everyCode.filter((code) => !codesOf(model).includes(code) && !everyCode.some((c) => c !== code && c.startsWith(code)));
    expect(others.length).toBeGreaterThan(0);
    // Actions led by others appear nowhere: codes are followed by a space or the line's end where printed.
    for (const code of others) expect(text, code).not.toMatch(new RegExp(`(^|\\s)${code.replace(/\./g, '\\.')}(\\s|$)`, 'm'));
    // Letter paper: 612 x 792 pt.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('prints a long pack in parts and joins them, pages in order and of their own orientation', async () => {
    const whole = join(folder, 'whole.pdf');
    const parts = join(folder, 'parts.pdf');
    // The steering committee pack: portrait and landscape pages, so that parts start with either (each part prints
    // with its first page's orientation as the default page).
    const args = ['report', '--db', db, '--preset', 'steering-committee', '--as-of', AS_OF];
    expect((await runCli([...args, '--out', whole])).code).toBe(0);
    const result = await runCli([...args, '--out', parts], { PLANDESK_REPORT_PART_PAGES: '2' });
    expect(result.code, result.stderr).toBe(0);
    const a = pagesOf(whole);
    const b = pagesOf(parts);
    expect(b.length).toBeGreaterThan(2);
    // The same pages with the same text, whatever the parts (the footer's print date aside, it is the same day).
    expect(b.map(squash)).toEqual(a.map(squash));
    const sizes = pageSizes(parts, b.length);
    expect(sizes).toEqual(pageSizes(whole, a.length));
    expect(sizes).toContain('landscape');
  });

  it('writes the pack\'s tables as a workbook, one sheet per section', async () => {
    const xlsx = join(folder, 'overdue.xlsx');
    const result = await runCli(['report', '--db', db, '--preset', 'overdue', '--out', xlsx, '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(xlsx)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Executive summary', 'Next quarter and funding', 'Overdue and at risk', 'Agencies']);
    const model = await modelFor({ preset: 'overdue' });
    const list = workbook.getWorksheet('Overdue and at risk')!;
    expect(list.rowCount - 1).toBe(model.overdue.length + model.atRisk.length);
  });

  it('says what is wrong with a bad request, on one line, and writes nothing', async () => {
    const out = join(folder, 'nothing.pdf');
    const unknownAgency = await runCli(['report', '--db', db, '--preset', 'agency-scorecard', '--agency', 'NOPE', '--out', out]);
    expect(unknownAgency.code).toBe(1);
    expect(unknownAgency.stderr.trim()).toBe('plandesk report: No agency "NOPE" in the registry');
    const badPreset = await runCli(['report', '--db', db, '--preset', 'weekly', '--out', out]);
    expect(badPreset.code).toBe(2);
    expect(badPreset.stderr).toMatch(/--preset must be steering-committee, agency-scorecard or overdue/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('report command: the timeline pages on A3', () => {
  const pdf = join(folder, 'timeline-a3.pdf');
  /** Each page's size in points, as pdfinfo reads it. */
  const sizesOf = (file: string, count: number) => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), file], { encoding: 'utf8' });
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => `${Math.round(Number(m[1]))}×${Math.round(Number(m[2]))}`);
  };

  it('prints the timeline pages on A3 landscape and every other page on A4, joined in parts with one structure', async () => {
    // Parts of three pages: some begin on an A3 page after A4 ones, some hold both sizes.
    const result = await runCli(['report', '--db', db, '--preset', 'steering-committee', '--as-of', AS_OF, '--timeline-paper', 'a3', '--out', pdf], { PLANDESK_REPORT_PART_PAGES: '3' });
    expect(result.code, result.stderr).toBe(0);
    const pages = pagesOf(pdf);
    const read = readPdf(pdf);
    const sizes = sizesOf(pdf, pages.length);
    const timeline = pages.flatMap((text, i) => (/Timeline by chapter and statement/.test(text) ? [i] : []));
    expect(timeline.length).toBeGreaterThan(0);
    pages.forEach((_, i) => {
      if (timeline.includes(i)) expect(sizes[i], `page ${i + 1}, timeline`).toBe('1191×842');
      else expect(['595×842', '842×595'], `page ${i + 1}`).toContain(sizes[i]);
    });
    expect(sizes.filter((size) => size === '842×595').length).toBeGreaterThan(0);
    // The bookmark opens the first A3 page with the section's heading at the top; the contents link there too.
    const bookmark = read.outline.find((b) => b.title === REPORT_SECTION_TITLES.timeline)!;
    expect(bookmark.page).toBe(timeline[0]! + 1);
    expect(textIn(pdf, bookmark.page, { x: 0, top: bookmark.top, width: 900, height: 30 })).toContain('Timeline');
    expect(read.links.filter((link) => link.page === 2).map((link) => link.target)).toContain(bookmark.page);
    expect(structureProblems(read)).toEqual([]);
    expect(unmarkedPainting(pdf)).toEqual(new Map());
  });

  it('refuses another paper for the timeline, saying which it takes, and writes nothing', async () => {
    const out = join(folder, 'timeline-a5.pdf');
    const before = execFileSync('sha256sum', [db], { encoding: 'utf8' });
    const a5 = await runCli(['report', '--db', db, '--out', out, '--timeline-paper', 'a5']);
    expect(a5.code).toBe(2);
    expect(a5.stderr).toContain('plandesk report: --timeline-paper must be a3 or a4 (the pack\'s paper, as --paper says), not "a5"');
    // With Letter paper, "a4" would print the timeline on neither.
    const letter = await runCli(['report', '--db', db, '--out', out, '--paper', 'Letter', '--timeline-paper', 'a4']);
    expect(letter.code).toBe(2);
    expect(letter.stderr).toContain('--timeline-paper must be a3 or letter');
    expect(existsSync(out)).toBe(false);
    expect(execFileSync('sha256sum', [db], { encoding: 'utf8' })).toBe(before);
  });
});
