// What a row is in the plan (build/read-record.ts, with the tree of build/plan-tree.ts): a new level, the same
// action repeated, a continuation, or nothing to import.
import { describe, expect, it } from 'vitest';
import { emptyTree } from '../../../../electron/core/import/build/plan-tree';
import { readRecord } from '../../../../electron/core/import/build/read-record';
import type { RecordField, RowRecord } from '../../../../electron/core/import/build/row-record';
import type { ImportField } from '../../../../electron/core/import/headers';
import { AgencyLinker } from '../../../../electron/core/import/link-agencies';
import { ReportLog } from '../../../../electron/core/import/report';

const HEADER: ImportField[] = ['chapter', 'statement', 'action', 'indicator', 'status'];

function readRows(rows: Partial<Record<RecordField, string>>[]) {
  const log = new ReportLog();
  const tree = emptyTree();
  const ctx = {
    log,
    tree,
    linker: new AgencyLinker(null, [], log),
    levels: { depths: { chapter: 2, statement: 3, action: 4 }, coded: { chapter: true, statement: true, action: true } },
    headerFields: new Set(HEADER),
  };
  rows.forEach((cells, row) => {
    const fields: RowRecord['fields'] = {};
    for (const [field, text] of Object.entries(cells) as [RecordField, string][]) fields[field] = { text, column: HEADER.indexOf(field as ImportField) };
    readRecord(ctx, { sheet: null, row, fields, codes: [], unmapped: [] });
  });
  const actions = tree.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
  return { tree, actions, entries: log.entries };
}

describe('readRecord', () => {
  it('builds chapters, statements and actions from their rows', () => {
    const { tree, actions, entries } = readRows([
      { chapter: '5.1 Digital by Default' },
      { statement: '5.1.1 Go digital.' },
      { action: '5.1.1.1 Ensure connectivity', status: 'Ongoing' },
      { action: '5.1.1.2 Expand coverage' },
    ]);
    expect(tree.chapters.map((c) => [c.code, c.title, c.statements.map((s) => s.code)])).toEqual([['5.1', 'Digital by Default', ['5.1.1']]]);
    expect(actions.map((a) => [a.code, a.title, a.status])).toEqual([
      ['5.1.1.1', 'Ensure connectivity', 'ongoing'],
      ['5.1.1.2', 'Expand coverage', null],
    ]);
    expect(entries).toEqual([]);
  });

  it('reads the same action repeated on the next row as one more indicator of it', () => {
    const { actions } = readRows([{ chapter: '5.1 A' }, { statement: '5.1.1 B.' }, { action: '5.1.1.1 Connect', indicator: '% uptime' }, { action: '5.1.1.1 Connect', indicator: 'No. of towers' }]);
    expect(actions).toHaveLength(1);
    expect(actions[0]!.indicators.map((i) => i.name)).toEqual(['% uptime', 'No. of towers']);
  });

  it('joins a statement whose text runs on to the next row without a code', () => {
    const { tree, entries } = readRows([{ chapter: '5.1 A' }, { statement: '5.1.1 Agencies shall align with national development' }, { statement: 'plans, market demands and needs.' }]);
    expect(tree.chapters[0]!.statements.map((s) => s.text)).toEqual(['Agencies shall align with national development plans, market demands and needs.']);
    expect(entries[0]).toMatchObject({ severity: 'repair', row: 3, message: 'the text of statement 5.1.1 continues on this row without a code; joined to it' });
  });

  it('joins a continuation that starts in lower case even after a full stop, and starts a new statement otherwise', () => {
    const joined = readRows([{ chapter: '5.1 A' }, { statement: '5.1.1 Go digital.' }, { statement: 'and reform services.' }]);
    expect(joined.tree.chapters[0]!.statements.map((s) => s.text)).toEqual(['Go digital. and reform services.']);
    const apart = readRows([{ chapter: '5.1 A' }, { statement: '5.1.1 Go digital.' }, { statement: 'Reform services.' }]);
    expect(apart.tree.chapters[0]!.statements.map((s) => [s.code, s.text])).toEqual([
      ['5.1.1', 'Go digital.'],
      ['', 'Reform services.'],
    ]);
  });

  it('keeps an uncoded heading alone on its row, where chapters carry codes, in the plan description', () => {
    const { tree, entries } = readRows([{ chapter: 'e-Gov policy' }, { chapter: '5.1 Digital' }]);
    expect(tree.descriptionParts).toEqual(['e-Gov policy']);
    expect(tree.chapters.map((c) => c.title)).toEqual(['Digital']);
    expect(entries[0]).toMatchObject({ severity: 'info', topic: 'structure' });
    // With more on its row, an uncoded chapter is a chapter.
    const { tree: withMore } = readRows([{ chapter: '5.1 Digital' }, { chapter: 'Cross-cutting', statement: '5.9.1 Z.' }]);
    expect(withMore.chapters.map((c) => c.title)).toEqual(['Digital', 'Cross-cutting']);
  });

  it('leaves out an action with a code but no title nor data, and says so', () => {
    const { actions, entries } = readRows([{ chapter: '5.1 A' }, { statement: '5.1.1 B.' }, { action: '5.1.1.1' }, { status: 'Ongoing' }]);
    expect(actions.map((a) => [a.title, a.status])).toEqual([['', 'ongoing']]);
    expect(entries.map((e) => e.message)).toEqual([
      'action 5.1.1.1 has no title and nothing else on its row; placeholder not imported',
      'row holds action data but no action title; imported as an action without a title',
    ]);
  });

  it('puts actions before any chapter under a chapter and statement without a title', () => {
    const { tree, entries } = readRows([{ action: '5.1.1.1 Connect' }]);
    expect(tree.chapters.map((c) => [c.title, c.statements.map((s) => s.text)])).toEqual([['(no chapter)', ['(no policy statement)']]]);
    expect(entries.map((e) => e.message)).toEqual(['rows before the first chapter; put under a chapter without a title', 'action before any policy statement of its chapter; put under a statement without text']);
  });

  it('flags an action whose code says another statement, and a code used twice', () => {
    const { actions, entries } = readRows([{ chapter: '5.1 A' }, { statement: '5.1.1 B.' }, { action: '5.1.2.1 Connect' }, { action: '5.1.2.1 Expand' }]);
    expect(actions).toHaveLength(2);
    expect(entries.map((e) => e.message)).toEqual([
      'action 5.1.2.1 stands under statement 5.1.1 (its code says 5.1.2); kept there as written',
      'action 5.1.2.1 stands under statement 5.1.1 (its code says 5.1.2); kept there as written',
      'code 5.1.2.1 is used again (first on row 3); both actions kept',
    ]);
  });
});
