// Round trips that are exact: a plan exported to CSV or .xlsx in its own layout and imported again is the same
// plan, ids aside (the layout has no place for them): the sample plan, and a generated plan of 1,000 actions whose
// remarks start with the signs a spreadsheet would run as a formula (-, =, +, @, after a space, full-width) or
// with an apostrophe a person typed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCsv, planWorkbookBytes } from '../../../electron/core/exports/plan-workbook';
import { importSpreadsheet } from '../../../electron/core/import';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import { importPlanFile, parsePlanFile } from '../../../electron/core/planfile/import-plan-file';
import type { PlanFile } from '../../../electron/core/planfile/format';
import { FIXTURES, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv');
const DZONGKHA = join(FIXTURES, 'plans', 'dzongkha-plan.tsv');
let n = 0;

/** The plan as the layout carries it: ids left out, agencies named by acronym, the agencies it names with their names. */
function comparable(file: PlanFile): unknown {
  const acronyms = new Map(file.agencies.map((a) => [a.id, a.acronym ?? a.name]));
  const plan = JSON.parse(JSON.stringify(file.plans[0], (key, value: unknown) => (key === 'id' ? undefined : key === 'agencies' ? (value as string[]).map((id) => acronyms.get(id) ?? id) : value))) as PlanFile['plans'][number];
  const named = new Set(plan.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.flatMap((a) => [...a.lead.agencies, ...a.collaborators.agencies]))));
  const agencies = file.agencies.filter((a) => named.has(a.acronym ?? a.name)).map((a) => [a.acronym, a.name, a.kind]);
  return { plan, agencies: agencies.sort((a, b) => String(a[0]).localeCompare(String(b[0]))) };
}

/** Exports the plan in its layout, imports that file into a fresh workspace, and exports the result as JSON. */
async function throughLayout(format: 'csv' | 'xlsx', original: Awaited<ReturnType<typeof openTempWorkspace>>, planId: string): Promise<PlanFile> {
  const path = join(folder, `${++n}-plan.${format}`);
  writeFileSync(path, format === 'csv' ? await planCsv(original.db, planId) : await planWorkbookBytes(original.db, [planId]));
  const other = await openTempWorkspace(folder, `${n}-other.sqlite`);
  const { planId: imported, report } = await importSpreadsheet(other.db, testContext({ source: 'import' }), path);
  // The plan's own rows need no repair, and its list of agencies reads back whole.
  expect(report.entries.filter((e) => e.severity === 'repair' || e.topic === 'alignment' || /^row in the stakeholder list/.test(e.message)).map((e) => e.message)).toEqual([]);
  const file = await exportPlanFile(other.db, [imported]);
  await other.close();
  return file;
}

// (A leading space before "=" is guarded too — exports.test.ts — but every import trims its cells, so it is not here.)
const SIGNS = ['- bullet point', '=SUM(A1:A9)', '+975 17 11 22 33', '@MoIC please confirm', '＝HYPERLINK("http://x")', '－５ full-width minus', "'=typed with an apostrophe", "'quoted", '-'];
const STATUSES = [
  ['not_started', 'Not started'],
  ['ongoing', 'Ongoing'],
  ['completed', 'Completed'],
  ['ongoing', 'O&M ongoing'],
] as const;
const FUNDS = [
  ['committed', 'Committed'],
  ['not_committed', 'Not committed'],
  ['partially_committed', 'Partially committed: O&M funds committed, new works not'],
  ['no_budget_required', 'No budget required'],
] as const;
const AGENCIES = [
  ['MoIC', 'Ministry of Information and Communications'],
  ['DITT', 'Department of Information Technology and Telecom'],
  ['MoF', 'Ministry of Finance'],
  ['RCSC', 'Royal Civil Service Commission'],
  ['GNHC', 'Gross National Happiness Commission'],
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A plan of `count` actions, ten to a statement and ten statements to a chapter, every field in use. */
function generatedPlan(count: number): PlanFile {
  const chapters: PlanFile['plans'][number]['chapters'] = [];
  for (let i = 0; i < count; i++) {
    const [c, s, a] = [Math.floor(i / 100) + 1, (Math.floor(i / 10) % 10) + 1, (i % 10) + 1];
    if (a === 1 && s === 1) chapters.push({ code: `${c}`, title: `Chapter ${c} of the generated plan`, statements: [] });
    const chapter = chapters[chapters.length - 1]!;
    if (a === 1) chapter.statements.push({ code: `${c}.${s}`, text: `RGoB shall carry out statement ${c}.${s} with the agencies concerned.`, actions: [] });
    const [status, statusText] = STATUSES[i % STATUSES.length]!;
    const [fundStatus, fundNote] = FUNDS[i % FUNDS.length]!;
    const lead = AGENCIES[i % AGENCIES.length]!;
    const partner = AGENCIES[(i + 2) % AGENCIES.length]!;
    const startYear = 2018 + (i % 6);
    const startMonth = (i % 12) + 1;
    const yearOnly = i % 11 === 0;
    const open = i % 7 === 0;
    const end = `${startYear + 2}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`;
    const revised = !open && !yearOnly && i % 13 === 0 ? `${startYear + 4}-06` : null;
    const startWords = yearOnly ? String(startYear) : `${MONTHS[startMonth - 1]} ${startYear}`;
    const endWords = open ? 'Continue' : yearOnly ? String(startYear + 2) : `${MONTHS[Number(end.slice(5)) - 1]} ${end.slice(0, 4)}`;
    const revisedWords = revised ? `June ${startYear + 4}` : null;
    chapter.statements[chapter.statements.length - 1]!.actions.push({
      code: `${c}.${s}.${a}`,
      title: i % 17 === 0 ? `Train གཞུང་གི་ལས་སྡེ། staff in digital services (${i + 1})` : `Develop and implement framework number ${i + 1}`,
      start: yearOnly ? `${startYear}-01` : `${startYear}-${String(startMonth).padStart(2, '0')}`,
      startPrecision: yearOnly ? 'year' : 'month',
      end: open ? null : yearOnly ? `${startYear + 2}-12` : end,
      endPrecision: yearOnly && !open ? 'year' : 'month',
      endOpen: open,
      revisedEnd: revised,
      revisedEndReason: '',
      timelineText: [startWords, endWords, revisedWords].filter((t) => t !== null).join(' – '),
      lead: { text: lead[0], agencies: [lead[0]] },
      collaborators: { text: `${partner[0]} and ${AGENCIES[(i + 3) % AGENCIES.length]![0]}`, agencies: [partner[0], AGENCIES[(i + 3) % AGENCIES.length]![0]] },
      // The fund cell is the note, as an import keeps it (a cell saying only "Committed" is both).
      fund: { status: fundStatus, note: fundNote },
      status,
      statusText,
      remarks: i % 5 === 0 ? `${SIGNS[(i / 5) % SIGNS.length]}\nsecond line of the remarks for action ${i + 1}` : `Progress note ${i + 1}: work continues as planned.`,
      unmapped: {},
      indicators:
        i % 3 === 0
          ? [
              { name: '% of agencies covered', kind: 'percent', unit: '%', baseline: { text: `${i % 50}%`, value: i % 50 }, target: { text: '100%', value: 100 } },
              { name: 'No. of services automated', kind: 'number', unit: '', baseline: { text: String(i % 40), value: i % 40 }, target: { text: String(100 + (i % 40)), value: 100 + (i % 40) } },
            ]
          : [{ name: 'Guideline adopted', kind: 'yes_no', unit: '', baseline: { text: 'No', value: 0 }, target: { text: 'Yes', value: 1 } }],
    });
  }
  return {
    format: 'plandesk.plan/1',
    plans: [
      {
        title: 'Generated plan of 1,000 actions',
        description: 'Made by the round-trip test.',
        baseline: { approvedOn: null, approvedBy: null, rebaselinedOn: null, rebaselineReason: '' },
        chapters,
      },
    ],
    agencies: AGENCIES.map(([acronym, name]) => ({ kind: 'agency', acronym, name, aliases: [], parent: null, confirmed: true })),
  };
}

describe('a plan exported in its own layout imports as the same plan', () => {
  it.each(['csv', 'xlsx'] as const)('the sample plan through %s', async (format) => {
    const original = await openTempWorkspace(folder, `${++n}-sample.sqlite`);
    const { planId } = await importSpreadsheet(original.db, testContext({ source: 'import' }), SAMPLE);
    const before = await exportPlanFile(original.db, [planId]);
    const after = await throughLayout(format, original, planId);
    expect(comparable(after)).toEqual(comparable(before));
    // The remarks that start with a bullet ("- ...") come back without the apostrophe the CSV guard put there.
    const remarks = before.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => a.remarks)));
    expect(remarks.filter((r) => /^[-=+@]/.test(r)).length).toBeGreaterThanOrEqual(6);
    await original.close();
  });

  // Dzongkha titles, agency names and remarks (vowel signs, stacked consonants, Tibetan digits) mixed with English.
  it.each(['csv', 'xlsx'] as const)('the Dzongkha plan through %s', async (format) => {
    const original = await openTempWorkspace(folder, `${++n}-dzongkha.sqlite`);
    const { planId } = await importSpreadsheet(original.db, testContext({ source: 'import' }), DZONGKHA);
    const before = await exportPlanFile(original.db, [planId]);
    const after = await throughLayout(format, original, planId);
    expect(comparable(after)).toEqual(comparable(before));
    const titles = after.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => a.title)));
    expect(titles).toContain('ཞབས་ཏོག་གི་ཆུ་ཚོད་ གསལ་བསྒྲགས་འབད་ནི');
    expect(titles).toContain('ཞབས་ཏོག་གི་ཆ་ཚད་ གསལ་བསྒྲགས་འབད་ནི');
    await original.close();
  });

  it.each(['csv', 'xlsx'] as const)('a generated plan of 1,000 actions through %s', { timeout: 120_000 }, async (format) => {
    const original = await openTempWorkspace(folder, `${++n}-generated.sqlite`);
    const file = parsePlanFile(JSON.stringify(generatedPlan(1000)), 'generated.plan.json');
    const { planIds } = await importPlanFile(original.db, testContext({ source: 'import' }), file);
    const before = await exportPlanFile(original.db, [planIds[0]!]);
    const after = await throughLayout(format, original, planIds[0]!);
    expect(comparable(after)).toEqual(comparable(before));
    const remarks = after.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => a.remarks.split('\n')[0])));
    for (const sign of SIGNS) expect(remarks).toContain(sign);
    await original.close();
  });
});
