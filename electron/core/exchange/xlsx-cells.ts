// What a returned workbook's cell holds, as the person who filled it meant it: text, a number (a percentage
// when the cell shows one), a date (Excel turns "Jun 2027" into one), or a problem (an error value, a formula
// without a saved result).
import type ExcelJS from 'exceljs';

export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'problem'; readonly problem: string };

function fromValue(value: unknown, numFmt: string): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value, percent: numFmt.includes('%') };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'YES' : 'NO' };
  if (value instanceof Date) return { kind: 'date', date: value };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return fromValue((v.richText as { text?: string }[]).map((part) => part.text ?? '').join(''), numFmt);
    if ('error' in v) return { kind: 'problem', problem: `holds the error value ${String(v.error)}` };
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null) return { kind: 'problem', problem: 'holds a formula without a saved value; type the value itself' };
      return fromValue(v.result, numFmt);
    }
    if ('text' in v) return fromValue(String(v.text), numFmt);
  }
  return { kind: 'text', text: String(value) };
}

export function readCell(cell: ExcelJS.Cell): CellContent {
  return fromValue(cell.value, cell.numFmt ?? '');
}

/** The content as one line of text, the way the cell shows it. */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'text':
      return content.text.trim();
    case 'number':
      return content.percent ? `${Number((content.value * 100).toPrecision(12))}%` : String(content.value);
    case 'date':
      return content.date.toISOString().slice(0, 10);
    case 'problem':
      return '';
  }
}
