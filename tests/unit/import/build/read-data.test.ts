// The per-field rules of an action's data (build/read-data.ts): what a row with an action title sets, and what a
// row continuing the action above adds, joins, or keeps in the remarks because the action already holds a value.
import { describe, expect, it } from 'vitest';
import { blankAction } from '../../../../electron/core/import/build/plan-tree';
import { readData } from '../../../../electron/core/import/build/read-data';
import type { RecordField, RowRecord } from '../../../../electron/core/import/build/row-record';
import { AgencyLinker } from '../../../../electron/core/import/link-agencies';
import { ReportLog } from '../../../../electron/core/import/report';
import type { PlanFileAction } from '../../../../electron/core/planfile/format';

const COLUMN: Record<RecordField, number> = { code: 0, chapter: 1, statement: 2, action: 3, indicator: 4, baseline: 5, target: 6, timeline: 7, start: 7, end: 8, revisedEnd: 9, lead: 10, collaborators: 11, fund: 12, status: 13, remarks: 14 };

function record(cells: Partial<Record<RecordField, string>>, row = 9, unmapped: RowRecord['unmapped'] = []): RowRecord {
  const fields: RowRecord['fields'] = {};
  for (const [field, text] of Object.entries(cells) as [RecordField, string][]) fields[field] = { text, column: COLUMN[field] };
  return { sheet: null, row, fields, codes: [], unmapped };
}

function emptyAction(): PlanFileAction {
  return blankAction('1.1.1', 'Ensure connectivity');
}

function read(action: PlanFileAction, rows: { cells: Partial<Record<RecordField, string>>; continuing: boolean; unmapped?: RowRecord['unmapped'] }[]) {
  const log = new ReportLog();
  const ctx = { log, linker: new AgencyLinker(null, [], log) };
  rows.forEach(({ cells, continuing, unmapped }, i) => readData(ctx, record(cells, 9 + i, unmapped), action, continuing));
  return log.entries;
}

describe('a row with an action title sets each kind of data', () => {
  it('reads every cell, and reports in the order of the rules: indicator, timeline, agencies, fund, status', () => {
    const action = emptyAction();
    const entries = read(action, [
      { cells: { indicator: 'Service in place', baseline: '0', target: '1', timeline: '2018-2020', lead: 'MoIC', collaborators: 'DITT', fund: 'Funds to be sought', status: 'O&M ongoing', remarks: 'On track' }, continuing: false },
    ]);
    expect(action).toMatchObject({
      indicators: [{ name: 'Service in place', kind: 'yes_no', baseline: { text: '0' }, target: { text: '1' } }],
      start: '2018-01',
      startPrecision: 'year',
      end: '2020-12',
      endPrecision: 'year',
      lead: { text: 'MoIC' },
      collaborators: { text: 'DITT' },
      fund: { status: null, note: 'Funds to be sought' },
      status: 'ongoing',
      statusText: 'O&M ongoing',
      remarks: 'On track',
    });
    expect(entries.map((e) => e.topic)).toEqual(['indicator', 'timeline', 'agency', 'agency', 'fund', 'status']);
    expect(entries.find((e) => e.topic === 'fund')).toMatchObject({ severity: 'doubt', row: 10, column: 'M' });
    expect(entries.find((e) => e.topic === 'status')).toMatchObject({ severity: 'info', message: 'status "O&M ongoing" read as Ongoing; the wording kept' });
  });

  it.each([
    ['NA', null, false],
    ['n/a', null, false],
    ['Committed', 'committed', false],
    ['To be sought from donors', null, true],
  ])('fund "%s": status %s, doubt %s', (text, status, doubt) => {
    const action = emptyAction();
    const entries = read(action, [{ cells: { fund: text }, continuing: false }]);
    expect(action.fund).toEqual({ status, note: text });
    expect(entries.some((e) => e.topic === 'fund' && e.severity === 'doubt')).toBe(doubt);
  });

  it.each([
    ['Ongoing', 'ongoing', null],
    ['O&M ongoing', 'ongoing', 'info'],
    ['The tender is being prepared.', null, 'doubt'],
  ])('status "%s": %s, entry %s', (text, status, severity) => {
    const action = emptyAction();
    const entries = read(action, [{ cells: { status: text }, continuing: false }]);
    expect([action.status, action.statusText]).toEqual([status, text]);
    expect(entries.find((e) => e.topic === 'status')?.severity ?? null).toBe(severity);
  });

  it('cuts a status longer than its limit and keeps the full text in the unmapped field', () => {
    const action = emptyAction();
    const long = `Ongoing. ${'x'.repeat(6000)}`;
    const entries = read(action, [{ cells: { status: long }, continuing: false }]);
    expect(action.statusText).toHaveLength(5000);
    expect(action.unmapped['status (full text)']).toBe(long);
    expect(entries[0]).toMatchObject({ severity: 'doubt', topic: 'text', column: 'N' });
  });
});

describe('a row continuing the action above', () => {
  it.each([
    ['timeline', { start: 'Jan 2018', end: 'Dec 2020' }, { start: 'Jan 2019', end: 'Dec 2021' }, 'timeline (row 10): Jan 2019 – Dec 2021', 'H'],
    ['lead agency', { lead: 'MoIC' }, { lead: 'MoF' }, 'Lead agency (row 10): MoF', 'K'],
    ['fund', { fund: 'Committed' }, { fund: 'Not committed' }, 'fund (row 10): Not committed', 'M'],
    ['fund note without a status', { fund: 'To be sought' }, { fund: 'Committed' }, 'fund (row 10): Committed', 'M'],
    ['status', { status: 'Ongoing' }, { status: 'Completed' }, 'status (row 10): Completed', 'N'],
  ] as const)('keeps the %s it holds and adds the row\'s to the remarks, with a doubt', (_what, first, second, remark, column) => {
    const action = emptyAction();
    read(action, [{ cells: first, continuing: false }]);
    const before = structuredClone(action);
    const entries = read(action, [{ cells: second, continuing: true }]);
    expect({ ...action, remarks: before.remarks }).toEqual(before);
    expect(action.remarks).toBe(remark);
    expect(entries).toEqual([expect.objectContaining({ severity: 'doubt', topic: 'structure', column, read: remark.split(': ').slice(1).join(': ') })]);
  });

  it('takes a value the action does not hold yet', () => {
    const action = emptyAction();
    read(action, [{ cells: { status: 'Ongoing' }, continuing: false }]);
    const entries = read(action, [{ cells: { lead: 'MoIC', fund: 'Committed' }, continuing: true }]);
    expect(action).toMatchObject({ lead: { text: 'MoIC' }, fund: { status: 'committed' }, status: 'ongoing', remarks: '' });
    expect(entries.filter((e) => e.topic === 'structure')).toEqual([]);
  });

  it('adds indicators, joins remarks and unmapped cells', () => {
    const action = emptyAction();
    read(action, [{ cells: { indicator: '% of uptime', baseline: '95%', target: '98%', remarks: 'First line' }, continuing: false, unmapped: [{ header: 'Budget code', text: 'B-1', column: 15 }] }]);
    const entries = read(action, [{ cells: { indicator: 'No. of towers', baseline: '10', target: '20', remarks: 'Second line' }, continuing: true, unmapped: [{ header: 'Budget code', text: 'B-2', column: 15 }] }]);
    expect(action.indicators.map((i) => [i.name, i.kind])).toEqual([
      ['% of uptime', 'percent'],
      ['No. of towers', 'number'],
    ]);
    expect(action.remarks).toBe('First line\nSecond line');
    expect(action.unmapped).toEqual({ 'Budget code': 'B-1\nB-2' });
    expect(entries.map((e) => [e.topic, e.severity])).toEqual([
      ['indicator', 'info'],
      ['text', 'info'],
    ]);
  });

  it('does not take a 101st indicator', () => {
    const action = emptyAction();
    const entries = read(action, Array.from({ length: 101 }, (_, i) => ({ cells: { indicator: `Indicator ${i + 1}` }, continuing: i > 0 })));
    expect(action.indicators).toHaveLength(100);
    expect(entries.at(-1)).toMatchObject({ severity: 'doubt', message: 'more than 100 indicators for one action; this one not imported', read: 'Indicator 101' });
  });
});
