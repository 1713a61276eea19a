// What a returned workbook's cell holds, as the person who filled it meant it: text, a number (a percentage
// when the cell shows one), a date (Excel turns "Jun 2027" into one), or a problem (an error value, a formula
// without a saved result).
import { serialDay, type DateSystem } from '../import/xlsx/cell-values';
import type { StoredCell } from '../import/xlsx/worksheet';

export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'problem'; readonly problem: string };

const EMPTY: CellContent = { kind: 'empty' };

/** The content of a cell as the worksheet stores it (absent: empty). */
export function contentOf(stored: StoredCell | undefined, dateSystem: DateSystem): CellContent {
  if (!stored) return EMPTY;
  switch (stored.kind) {
    case 'text':
      return stored.text.trim() === '' ? EMPTY : { kind: 'text', text: stored.text };
    case 'boolean':
      return { kind: 'text', text: stored.value ? 'YES' : 'NO' };
    case 'isoDate': {
      const date = new Date(stored.text.length === 10 ? `${stored.text}T00:00:00Z` : stored.text);
      return Number.isNaN(date.getTime()) ? { kind: 'text', text: stored.text } : { kind: 'date', date };
    }
    case 'number': {
      const value = Number(stored.raw);
      if (Number.isNaN(value)) return { kind: 'text', text: stored.raw };
      if (stored.style === 'date') {
        const date = serialDay(value, dateSystem);
        if (date) return { kind: 'date', date };
      }
      return { kind: 'number', value, percent: stored.style === 'percent' };
    }
    case 'problem':
      return { kind: 'problem', problem: stored.problem };
  }
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

/**
 * A formula found where text was asked for (a narrative, evidence), as the text it is taken as: its own words, never
 * its computed value, without the leading signs (= + - @) that would make a spreadsheet run it again when the text is
 * exported.
 */
export function formulaAsText(formula: string): string {
  return formula.trim().replace(/^[=+\-@\s\uFF1D\uFF0B\uFF0D\uFF20]+/, '').trim();
}
