// The code depth of each level (build/code-depths.ts), learnt from the codes a sheet holds.
import { describe, expect, it } from 'vitest';
import { learnDepths } from '../../../../electron/core/import/build/code-depths';
import type { PlanSheet } from '../../../../electron/core/import/build/sheets';
import type { ImportField } from '../../../../electron/core/import/headers';

function levels(fields: (ImportField | null)[], rows: string[][]) {
  const all = [fields.map((f) => f ?? ''), ...rows];
  const sheet: PlanSheet = { sheet: { name: null, rows: all, merges: [], problems: [], state: 'visible' }, header: { rows: [0], columns: [] } as never, endRow: all.length };
  return learnDepths(sheet, fields);
}

describe('learnDepths', () => {
  it('reads each level from its column: 5.1 chapters, 5.1.1 statements, 5.1.1.1 actions', () => {
    expect(levels(['chapter', 'statement', 'action'], [['5.1 Digital', '5.1.1 Go digital', '5.1.1.1 Connect'], ['', '', '5.1.1.2 Expand']])).toEqual({
      depths: { chapter: 2, statement: 3, action: 4 },
      coded: { chapter: true, statement: true, action: true },
    });
  });

  it('does not let actions written in the chapter column make chapters four parts deep', () => {
    const rows = [['1 Digital', '1.1 Go digital', '1.1.1 Connect'], ['1.1.2 Expand', '', ''], ['1.1.3 Train', '', ''], ['1.1.4 Audit', '', '']];
    expect(levels(['chapter', 'statement', 'action'], rows).depths).toEqual({ chapter: 1, statement: 2, action: 3 });
  });

  it('does not let statements written in the chapter column make chapters three parts deep', () => {
    const rows = [['5.1 Digital', '5.1.1 Go digital', '5.1.1.1 Connect'], ['5.1.2 Reform', '', '5.1.2.1 Expand'], ['5.1.3 Train', '', '5.1.3.1 Teach']];
    expect(levels(['chapter', 'statement', 'action'], rows).depths).toEqual({ chapter: 2, statement: 3, action: 4 });
  });

  it('counts codes in a column of their own for the actions', () => {
    expect(levels(['code', 'action'], [['2.1.1', 'Connect'], ['2.1.2', 'Expand']])).toEqual({
      depths: { chapter: 1, statement: 2, action: 3 },
      coded: { chapter: false, statement: false, action: true },
    });
  });

  it('derives missing levels from the ones it has, and defaults without codes', () => {
    expect(levels(['chapter', 'statement', 'action'], [['5.1 Digital', 'Go digital', 'Connect']]).depths).toEqual({ chapter: 2, statement: 3, action: 4 });
    expect(levels(['chapter', 'statement', 'action'], [['Digital', 'Go digital', 'Connect']])).toEqual({
      depths: { chapter: 1, statement: 2, action: 3 },
      coded: { chapter: false, statement: false, action: false },
    });
  });
});
