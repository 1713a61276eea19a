// Column mapping (build/map-columns.ts): the header's meanings, the analyst's choices over them, and what
// happens to columns left without a meaning.
import { describe, expect, it } from 'vitest';
import { choicesFor, mapColumns, type ColumnChoice } from '../../../../electron/core/import/build/map-columns';
import type { PlanSheet } from '../../../../electron/core/import/build/sheets';
import { findHeader } from '../../../../electron/core/import/headers';
import { ReportLog } from '../../../../electron/core/import/report';

function planSheet(rows: string[][]): PlanSheet {
  const header = findHeader(rows)!;
  return { sheet: { name: 'Plan', rows, merges: [], problems: [], state: 'visible' }, header, endRow: rows.length };
}

const ROWS = [
  ['Chapter', 'Action', 'Status', 'Progress', 'Contact person', '', ''],
  ['1 Digital', '1.1.1 Ensure connectivity', 'Ongoing', 'Towers built', 'B-1', '', 'stray'],
];

function map(choices: ColumnChoice[] = []) {
  const log = new ReportLog();
  const columns = mapColumns(planSheet(ROWS), choices, log);
  return { ...columns, entries: log.entries };
}

describe('mapColumns', () => {
  it('takes the header meanings; a second column of the same meaning, one without a header and an unknown one are kept as unmapped', () => {
    const { fields, headerFields, mapping, unmapped, readings, entries } = map();
    expect(fields).toEqual(['chapter', 'action', 'status', null, null, null, null]);
    expect([...headerFields]).toEqual(['chapter', 'action', 'status']);
    expect(mapping.map((m) => m.column)).toEqual(['A', 'B', 'C']);
    // Column F has neither header nor cells: nothing to keep, nothing to say.
    expect(unmapped.map((u) => [u.column, u.keptAs])).toEqual([
      ['D', 'Progress'],
      ['E', 'Contact person'],
      ['G', 'Column G'],
    ]);
    expect(readings.map((r) => r.column)).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
    expect(readings[1]!.samples).toEqual(['1.1.1 Ensure connectivity']);
    expect(entries.map((e) => [e.column, e.severity, e.message])).toEqual([
      ['D', 'doubt', `column D ("Progress") means Status like column C; its cells are kept in each action's unmapped field as "Progress"`],
      ['E', 'doubt', `column E ("Contact person") is not a column the importer knows; its cells are kept in each action's unmapped field as "Contact person"`],
      ['G', 'doubt', `column G ("") has no header; its cells are kept in each action's unmapped field as "Column G"`],
    ]);
  });

  it('gives a meaning chosen by the analyst to its column and takes it from the column whose header has it', () => {
    const { fields, entries } = map([{ sheet: 'Plan', column: 'D', field: 'status' }]);
    expect(fields.slice(0, 4)).toEqual(['chapter', 'action', null, 'status']);
    expect(entries.slice(0, 2).map((e) => [e.column, e.severity, e.message])).toEqual([
      ['C', 'doubt', `column C ("Status") would be Status, a meaning given to column D in the import preview; its cells are kept in each action's unmapped field as "Status"`],
      ['D', 'info', 'column D ("Progress") read as Status, as chosen in the import preview'],
    ]);
  });

  it('leaves out a column the analyst marked "not imported", keeping its cells as unmapped without a doubt', () => {
    const { fields, unmapped, entries } = map([{ sheet: 'Plan', column: 'C', field: null }]);
    expect(fields[2]).toBeNull();
    expect(unmapped.map((u) => u.column)).toContain('C');
    expect(entries.find((e) => e.column === 'C')).toMatchObject({ severity: 'info', stored: 'unmapped' });
  });

  it('says which meaning the header gave when the analyst chose another', () => {
    const { fields, entries } = map([{ sheet: 'Plan', column: 'C', field: 'remarks' }]);
    expect(fields[2]).toBe('remarks');
    expect(entries.find((e) => e.column === 'C')?.message).toBe('column C ("Status") read as Remarks, as chosen in the import preview (its header says Status)');
  });

  it('ignores choices made for another sheet', () => {
    expect(map([{ sheet: 'Other', column: 'D', field: 'remarks' }]).fields[3]).toBeNull();
  });
});

describe('choicesFor', () => {
  it('refuses one meaning given to two columns, naming both', () => {
    expect(() =>
      choicesFor(
        [
          { sheet: 'Plan', column: 'D', field: 'remarks' },
          { sheet: 'Plan', column: 'F', field: 'remarks' },
        ],
        'Plan',
      ),
    ).toThrow('Columns D and F of sheet "Plan" are both given the meaning Remarks; give it to one column and mark the other "not imported".');
  });

  it('lets codes sit in several columns', () => {
    const choices = choicesFor(
      [
        { sheet: null, column: 'A', field: 'code' },
        { sheet: null, column: 'C', field: 'code' },
      ],
      null,
    );
    expect([...choices]).toEqual([
      ['A', 'code'],
      ['C', 'code'],
    ]);
  });
});
