// Codes bound to their level (build/bind-codes.ts): a code column joins the text beside it; without a column for
// a level, a code's depth tells the level.
import { describe, expect, it } from 'vitest';
import { bindCodes } from '../../../../electron/core/import/build/bind-codes';
import type { RowRecord } from '../../../../electron/core/import/build/row-record';
import type { ImportField } from '../../../../electron/core/import/headers';

const DEPTHS = { chapter: 2, statement: 3, action: 4 };

function bound(fields: (ImportField | null)[], cells: string[]) {
  const record: RowRecord = { sheet: null, row: 3, fields: {}, codes: [], unmapped: [] };
  cells.forEach((text, column) => {
    const field = fields[column];
    if (text === '' || !field) return;
    if (field === 'code') record.codes.push({ text, column });
    else record.fields[field] = { text, column };
  });
  bindCodes(record, fields, DEPTHS, new Set(fields.filter((f): f is ImportField => f !== null)));
  return Object.fromEntries(Object.entries(record.fields).map(([field, cell]) => [field, cell!.text]));
}

describe('bindCodes', () => {
  it('joins each of several code columns to the level column right after it', () => {
    expect(bound(['code', 'statement', 'code', 'action'], ['5.1.1 ', 'Go digital', '5.1.1.1', 'Connect'])).toEqual({ statement: '5.1.1 Go digital', action: '5.1.1.1 Connect' });
  });

  it('joins a single code column to the deepest level the row has', () => {
    expect(bound(['code', 'chapter', 'statement', 'action'], ['5.1.1', '', 'Go digital', ''])).toEqual({ statement: '5.1.1 Go digital' });
    expect(bound(['code', 'chapter', 'statement', 'action'], ['5.1.1.1', 'Digital', 'Go digital', 'Connect'])).toEqual({ chapter: 'Digital', statement: 'Go digital', action: '5.1.1.1 Connect' });
  });

  it('keeps a code alone on its row as the action\'s', () => {
    expect(bound(['code', 'indicator'], ['5.1.1.1', '% uptime'])).toEqual({ indicator: '% uptime', action: '5.1.1.1' });
  });

  it('moves a cell to the level its code depth says when the file has no column for that level', () => {
    expect(bound(['action', 'status'], ['5.1 Digital by Default', ''])).toEqual({ chapter: '5.1 Digital by Default' });
    expect(bound(['action', 'status'], ['5.1.1 Go digital', ''])).toEqual({ statement: '5.1.1 Go digital' });
  });

  it('keeps the cell where its column says when the file has a column for the level of its depth', () => {
    expect(bound(['chapter', 'action'], ['', '5.1 Digital by Default'])).toEqual({ action: '5.1 Digital by Default' });
  });
});
