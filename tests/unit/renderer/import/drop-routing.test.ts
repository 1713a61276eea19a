// Where dropped files go once the core has said what each is, and what the window says of each.
import { describe, expect, it } from 'vitest';
import type { DroppedFileKind } from '../../../../shared/domain';
import { routeDrop } from '../../../../renderer/src/import/drop-routing';

const file = (fileName: string, kind: DroppedFileKind['kind'], refused: string | null = null): DroppedFileKind => ({ fileName, kind, refused });

describe('routing dropped files', () => {
  it('receives every update workbook, and says nothing when that is all there was', () => {
    expect(routeDrop([file('a.xlsx', 'update-workbook'), file('b.xlsx', 'update-workbook')], true)).toEqual({ receive: ['a.xlsx', 'b.xlsx'], importFile: null, openPackage: null, lines: [] });
  });

  it('imports one spreadsheet dropped alone, silently, as before', () => {
    expect(routeDrop([file('plan.csv', 'spreadsheet')], true)).toEqual({ receive: [], importFile: 'plan.csv', openPackage: null, lines: [] });
  });

  it('imports the first of several spreadsheets and says the others were left alone', () => {
    expect(routeDrop([file('one.csv', 'spreadsheet'), file('two.tsv', 'spreadsheet')], true)).toEqual({
      receive: [],
      importFile: 'one.csv',
      openPackage: null,
      lines: ['one.csv: opened for import', 'two.tsv: not imported; one file is imported at a time: drop it on its own to import it'],
    });
  });

  it('never imports alongside a review, and lists a package and a refused file', () => {
    const route = routeDrop([file('plan.xlsx', 'spreadsheet'), file('back.xlsx', 'update-workbook'), file('laptop.pmupack', 'package'), file('bad.xlsx', 'refused', 'bad.xlsx: damaged')], true);
    expect(route).toMatchObject({ receive: ['back.xlsx'], importFile: null, openPackage: null });
    expect(route.lines).toEqual([
      'plan.xlsx: not imported, as update workbooks came with it; drop it on its own to import it',
      'back.xlsx: received for review (Exchange)',
      'laptop.pmupack: a whole-plan package, not opened; one package is opened at a time: drop it on its own, or use Open package… in the Exchange view',
      'bad.xlsx: damaged',
    ]);
  });

  it('opens a package alone for its review, and receives nothing without an open plan', () => {
    // A package alone opens for its review, as Open package… would: nothing to explain.
    expect(routeDrop([file('laptop.pmupack', 'package')], true)).toMatchObject({ openPackage: 'laptop.pmupack', lines: [] });
    // Two packages: the first is opened, the other is said to wait.
    expect(routeDrop([file('a.pmupack', 'package'), file('b.pmupack', 'package')], true)).toMatchObject({
      openPackage: 'a.pmupack',
      lines: ['a.pmupack: opened for review (Exchange)', 'b.pmupack: a whole-plan package, not opened; one package is opened at a time: drop it on its own, or use Open package… in the Exchange view'],
    });
    expect(routeDrop([file('back.xlsx', 'update-workbook')], false)).toEqual({
      receive: [],
      importFile: null,
      openPackage: null,
      lines: ['back.xlsx: an update workbook, not received: open a plan first'],
    });
  });
});
