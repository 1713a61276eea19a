// Where dropped files go once the core has said what each is, and what the window says of each.
import { describe, expect, it } from 'vitest';
import type { DroppedFileKind } from '../../../../shared/domain';
import { routeDrop } from '../../../../renderer/src/import/drop-routing';

const file = (fileName: string, kind: DroppedFileKind['kind'], refused: string | null = null): DroppedFileKind => ({ fileName, kind, refused });

describe('routing dropped files', () => {
  it('receives every update workbook, and says nothing when that is all there was', () => {
    expect(routeDrop([file('a.xlsx', 'update-workbook'), file('b.xlsx', 'update-workbook')], true)).toEqual({ receive: ['a.xlsx', 'b.xlsx'], importFile: null, showPackages: false, lines: [] });
  });

  it('imports one spreadsheet dropped alone, silently, as before', () => {
    expect(routeDrop([file('plan.csv', 'spreadsheet')], true)).toEqual({ receive: [], importFile: 'plan.csv', showPackages: false, lines: [] });
  });

  it('imports the first of several spreadsheets and says the others were left alone', () => {
    expect(routeDrop([file('one.csv', 'spreadsheet'), file('two.tsv', 'spreadsheet')], true)).toEqual({
      receive: [],
      importFile: 'one.csv',
      showPackages: false,
      lines: ['one.csv: opened for import', 'two.tsv: not imported; one file is imported at a time: drop it on its own to import it'],
    });
  });

  it('never imports alongside a review, and lists a package and a refused file', () => {
    const route = routeDrop([file('plan.xlsx', 'spreadsheet'), file('back.xlsx', 'update-workbook'), file('laptop.pmupack', 'package'), file('bad.xlsx', 'refused', 'bad.xlsx: damaged')], true);
    expect(route).toMatchObject({ receive: ['back.xlsx'], importFile: null, showPackages: false });
    expect(route.lines).toEqual([
      'plan.xlsx: not imported, as update workbooks came with it; drop it on its own to import it',
      'back.xlsx: received for review (Exchange)',
      'laptop.pmupack: a whole-plan package, not opened; open it with Open package… in the Exchange view',
      'bad.xlsx: damaged',
    ]);
  });

  it('shows the Exchange view for a package alone, and receives nothing without an open plan', () => {
    expect(routeDrop([file('laptop.pmupack', 'package')], true)).toMatchObject({ showPackages: true, lines: ['laptop.pmupack: a whole-plan package, not opened; open it with Open package… in the Exchange view'] });
    expect(routeDrop([file('back.xlsx', 'update-workbook')], false)).toEqual({
      receive: [],
      importFile: null,
      showPackages: false,
      lines: ['back.xlsx: an update workbook, not received: open a plan first'],
    });
  });
});
