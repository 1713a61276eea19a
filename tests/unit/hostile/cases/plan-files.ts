// JSON plan files (issue 19, item 6): elements that cannot be told apart, agency links that cannot be followed, and
// collections past their caps are refused with the path of the offending element, before anything is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from '../bench';
import { writeText } from '../makers';
import { FIXTURES } from '../../support/workspace';

interface Agency {
  id?: string;
  acronym?: string | null;
  name: string;
  parent?: string | null;
}
interface Action {
  id?: string;
  lead: { text: string; agencies: string[] };
  unmapped?: Record<string, string>;
}
interface PlanJson {
  plans: { id?: string; chapters: { id?: string; statements: { id?: string; actions: Action[] }[] }[] }[];
  agencies: Agency[];
}

/** The two-chapter fixture, changed by `edit`, written as `name`. */
function planFile(name: string, edit: (file: PlanJson) => void) {
  return ({ folder }: { folder: string }) => {
    const file = JSON.parse(readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json'), 'utf8')) as PlanJson;
    edit(file);
    return writeText(folder, name, JSON.stringify(file));
  };
}

const actionsOf = (file: PlanJson) => file.plans[0]!.chapters[0]!.statements[0]!.actions;

export const PLAN_FILE_CASES: readonly HostileCase[] = [
  {
    name: 'a plan file giving two actions the same id is refused at the second',
    start: 'empty',
    entry: 'import',
    make: planFile('same-action-id.json', (file) => actionsOf(file).forEach((action) => (action.id = 'act-1'))),
    expect: {
      refused: /^same-action-id\.json is not a usable PlanDesk plan file: at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[1\]\.id, the id "act-1" is also the id of plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[0\]; every action needs its own$/,
    },
  },
  {
    name: 'a plan file giving two chapters the same id is refused at the second',
    start: 'empty',
    entry: 'import',
    make: planFile('same-chapter-id.json', (file) => file.plans[0]!.chapters.forEach((chapter) => (chapter.id = 'ch-1'))),
    expect: { refused: /at plans\[0\]\.chapters\[1\]\.id, the id "ch-1" is also the id of plans\[0\]\.chapters\[0\]; every chapter needs its own$/ },
  },
  {
    name: 'a plan file giving two agencies the same id is refused, not one of them dropped',
    start: 'empty',
    entry: 'import',
    make: planFile('same-agency-id.json', (file) => {
      file.agencies[0]!.id = 'ag-1';
      file.agencies[2]!.id = 'ag-1';
    }),
    expect: { refused: /at agencies\[2\]\.id, the id "ag-1" is also the id of agencies\[0\]; every agency needs its own$/ },
  },
  {
    name: 'a plan file declaring the same agency twice, without ids to tell them apart, is refused',
    start: 'empty',
    entry: 'import',
    make: planFile('moic-twice.json', (file) => file.agencies.push({ acronym: 'MoIC', name: 'Ministry of Information and Communications' })),
    expect: { refused: /at agencies\[6\], "MoIC" \(Ministry of Information and Communications\) is declared again \(agencies\[0\] declares it too\); declare it once, or give each its id$/ },
  },
  {
    name: 'an action naming by acronym one of two agencies that share it is refused at the reference, no third agency made',
    start: 'empty',
    entry: 'import',
    // The fixture declares DOI twice: the Department of Industries and the Department of Immigration.
    make: planFile('doi.json', (file) => (actionsOf(file)[1]!.lead = { text: 'DOI', agencies: ['DOI'] })),
    expect: { refused: /at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[1\]\.lead\.agencies\[0\], "DOI" names 2 agencies of the file \(agencies\[3\], agencies\[4\]\); name one by its id$/ },
  },
  {
    name: 'an agency whose parent names no agency is refused, not linked to nothing',
    start: 'empty',
    entry: 'import',
    make: planFile('no-parent.json', (file) => (file.agencies[1]!.parent = 'MoXYZ')),
    expect: { refused: /agencies\[1\]\.parent "MoXYZ" names no agency of the file or the registry/ },
  },
  {
    name: 'agencies whose parents go round in a circle are refused',
    start: 'empty',
    entry: 'import',
    make: planFile('circle.json', (file) => (file.agencies[0]!.parent = 'DITT')),
    expect: { refused: /at agencies\[0\]\.parent, the parents go round in a circle \(MoIC → DITT → MoIC\)$/ },
  },
  {
    name: 'an unmapped cell whose column name is 600 characters long is refused with its path',
    start: 'empty',
    entry: 'import',
    make: planFile('long-key.json', (file) => (actionsOf(file)[0]!.unmapped = { ['k'.repeat(600)]: 'x' })),
    expect: { refused: /at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[0\]\.unmapped\.k{600}, the column name must be at most 500 characters/ },
  },
  {
    name: 'an action with 1,001 unmapped cells is refused',
    start: 'empty',
    entry: 'import',
    make: planFile('many-cells.json', (file) => (actionsOf(file)[0]!.unmapped = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`Column ${i}`, 'x'])))),
    expect: { refused: /at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[0\]\.unmapped, must hold at most 1,000 cells/ },
  },
  {
    name: 'an action whose unmapped cells hold 1.5 million characters is refused',
    start: 'empty',
    entry: 'import',
    make: planFile('big-cells.json', (file) => (actionsOf(file)[0]!.unmapped = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`Column ${i}`, 'x'.repeat(100_000)])))),
    expect: { refused: /at plans\[0\]\.chapters\[0\]\.statements\[0\]\.actions\[0\]\.unmapped, must hold at most 1,000,000 characters in all/ },
  },
  {
    name: 'a plan file of 61 MB (valid, padded with spaces) is refused by its size before it is parsed',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => {
      const text = readFileSync(join(FIXTURES, 'plans', 'two-chapters.plan.json'), 'utf8');
      return writeText(folder, 'padded.plan.json', text.replace('{', `{${' '.repeat(61 * 1024 * 1024)}`));
    },
    expect: { refused: /^padded\.plan\.json is 61 MB; a PlanDesk plan file holds at most 60 MB, far more than any plan/ },
  },
];
