// Months checked where they are stored (issue 19, item 1): a mistyped year is refused at review naming the cell,
// in a plan file or a package naming the element; a revised end before the start is refused, one before the planned
// end or decades away is proposed with a warning for the reviewer.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import type { ReviewFile } from '../../../../shared/domain';
import { createPack } from '../../../../electron/core/packages/create-pack';
import { fillIn, loadWorkbook } from '../../exchange/support';
import { FIXTURES, testContext } from '../../support/workspace';
import type { Bench, HostileCase } from '../bench';
import { writeText } from '../makers';

/** MoIC's sent workbook with a proposed new end date (and its reason) on action 5.1.1.10 (Jan 2018 – Dec 2022). */
async function proposingNewEnd({ folder, sentWorkbook }: Bench, newEnd: string | Date): Promise<string> {
  const workbook = await loadWorkbook(sentWorkbook!);
  fillIn(workbook, [{ code: '5.1.1.10', cells: { 'Proposed new end date': newEnd, 'Reason for the new end date': 'Awaiting Cabinet endorsement' } }]);
  const path = join(folder, 'MoIC - returned.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The bench's plan packed, one entry's text changed by `edit`, its checksum in the manifest made to match. */
async function tamperedPack(bench: Bench, name: string, entryName: string, edit: (text: string) => string): Promise<string> {
  const genuine = join(bench.folder, 'genuine.pmupack');
  await createPack(bench.connection.db, testContext(), bench.planId!, genuine);
  const entries = unzipSync(new Uint8Array(readFileSync(genuine)));
  const changed = strToU8(edit(strFromU8(entries[entryName]!)));
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { entries: { path: string; size: number; sha256: string }[] };
  const entry = manifest.entries.find((e) => e.path === entryName)!;
  entry.size = changed.length;
  entry.sha256 = createHash('sha256').update(changed).digest('hex');
  const path = join(bench.folder, name);
  writeFileSync(path, zipSync({ ...entries, [entryName]: changed, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
  return path;
}

/** What the review proposes (code, field, new value) and its problems (severity, cell, message). */
function reviewOf(value: unknown) {
  const file = value as ReviewFile;
  return {
    changes: file.groups.flatMap((g) => g.changes.map((c) => [g.code, c.field, c.newValue])),
    problems: file.problems.map((p) => [p.severity, `${p.column ?? '?'}${p.row ?? '?'}`, p.message]),
  };
}

/** The two-chapter plan file with one text replaced. */
function planFileWith(folder: string, name: string, from: string, to: string): string {
  const text = readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json'), 'utf8');
  if (!text.includes(from)) throw new Error(`the plan file holds no ${from}`);
  return writeText(folder, name, text.replace(from, to));
}

export const MONTH_VALUE_CASES: readonly HostileCase[] = [
  {
    name: 'a returned workbook whose new end date is the real date 1/6/20250 is refused at review, naming the cell',
    start: 'sent',
    entry: 'receive',
    make: (bench) => proposingNewEnd(bench, new Date(Date.UTC(20250, 5, 1))),
    expect: {
      outcome: (value) => {
        const review = reviewOf(value);
        expect(review.changes).toEqual([]);
        expect(review.problems).toContainEqual(['error', expect.stringMatching(/^[A-Z]+\d+$/), 'the year 20250 is out of range (1900 to 2200)']);
      },
    },
  },
  {
    name: 'a returned workbook whose new end date is "Dec 9999" is refused at review, naming the cell',
    start: 'sent',
    entry: 'receive',
    make: (bench) => proposingNewEnd(bench, 'Dec 9999'),
    expect: {
      outcome: (value) => {
        const review = reviewOf(value);
        expect(review.changes).toEqual([]);
        expect(review.problems).toContainEqual(['error', expect.stringMatching(/^[A-Z]+\d+$/), 'the year in "Dec 9999" is out of range (1900 to 2200)']);
      },
    },
  },
  {
    name: 'a new end date before the action starts is refused at review',
    start: 'sent',
    entry: 'receive',
    make: (bench) => proposingNewEnd(bench, 'Jun 2017'),
    expect: {
      outcome: (value) => {
        const review = reviewOf(value);
        expect(review.changes).toEqual([]);
        expect(review.problems).toContainEqual(['error', expect.stringMatching(/^[A-Z]+\d+$/), "the new end date (Jun 2017) would be before the action's start (Jan 2018)"]);
      },
    },
  },
  {
    name: 'a new end date before the planned end is proposed, flagged for the reviewer',
    start: 'sent',
    entry: 'receive',
    make: (bench) => proposingNewEnd(bench, 'Jun 2020'),
    expect: {
      outcome: (value) => {
        const review = reviewOf(value);
        expect(review.changes).toEqual([['5.1.1.10', 'revisedEnd', 'Jun 2020']]);
        expect(review.problems).toContainEqual(['warning', expect.stringMatching(/^[A-Z]+\d+$/), 'the new end date (Jun 2020) is before the planned end (Dec 2022); check that it is meant']);
      },
    },
  },
  {
    name: 'a new end date more than 20 years after the workbook was sent is proposed, flagged for the reviewer',
    start: 'sent',
    entry: 'receive',
    make: (bench) => proposingNewEnd(bench, 'Jun 2051'),
    expect: {
      outcome: (value) => {
        const review = reviewOf(value);
        expect(review.changes).toEqual([['5.1.1.10', 'revisedEnd', 'Jun 2051']]);
        expect(review.problems).toContainEqual(['warning', expect.stringMatching(/^[A-Z]+\d+$/), 'the new end date (Jun 2051) is more than 20 years after the workbook was sent; check the year']);
      },
    },
  },
  {
    name: 'a plan file whose revised end is "20250-06" is refused, naming the element',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => planFileWith(folder, 'five-digit.plan.json', '"end": "2022-12"', '"end": "2022-12", "revisedEnd": "20250-06"'),
    expect: { refused: /^five-digit\.plan\.json is not a PlanDesk plan file: at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[\d+\]\.revisedEnd, must be a month written YYYY-MM, in the years 1900 to 2200/ },
  },
  {
    name: 'a plan file whose end is "9999-12" is refused, naming the element',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => planFileWith(folder, 'far.plan.json', '"end": "2022-12"', '"end": "9999-12"'),
    expect: { refused: /^far\.plan\.json is not a PlanDesk plan file: at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[\d+\]\.end, must be a month written YYYY-MM, in the years 1900 to 2200/ },
  },
  {
    name: 'a plan file whose revised end is before the start is refused, naming the element',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => planFileWith(folder, 'early.plan.json', '"end": "2022-12"', '"end": "2022-12", "revisedEnd": "2017-06"'),
    expect: { refused: /^early\.plan\.json is not a PlanDesk plan file: at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[\d+\]\.revisedEnd, the revised end is before the start/ },
  },
  {
    name: 'a package whose plan carries the end "9999-12" (checksums made to match) is refused, naming the element',
    start: 'plan',
    entry: 'unpack',
    make: (bench) => tamperedPack(bench, 'far-end.pmupack', 'plan.json', (text) => text.replace('"end": "2022-12"', '"end": "9999-12"')),
    expect: { refused: /^far-end\.pmupack \(plan\.json\) is not a PlanDesk plan file: at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[\d+\]\.end, must be a month written YYYY-MM, in the years 1900 to 2200/ },
  },
  {
    name: 'a package whose progress carries a reporting period starting "20250-07" is refused, naming the element',
    start: 'plan',
    entry: 'unpack',
    make: (bench) =>
      tamperedPack(bench, 'period-year.pmupack', 'progress.json', (text) => {
        const progress = JSON.parse(text) as { periods: unknown[] };
        progress.periods.unshift({ id: 'typed-period', kind: 'fiscal_year', label: 'FY 2025-26', start: '20250-07', end: '2026-06' });
        return JSON.stringify(progress);
      }),
    expect: { refused: /^period-year\.pmupack: progress\.json is not in the PlanDesk package format \(at periods\[0\]\.start: must be a month written YYYY-MM, in the years 1900 to 2200\)/ },
  },
];
