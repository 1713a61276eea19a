// How each cell style shows a number (xl/styles.xml): as a percent, a date, or a plain number. Cells point at
// a style by index into <cellXfs>; a style names a number format, built in (ECMA-376 18.8.30) or the
// workbook's own (<numFmts>).
import type { StreamedZip } from '../../zip/safe-zip';
import { attributeOf, readXmlPart } from './xml-part';

export type NumberStyle = 'number' | 'percent' | 'date';

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: a y, m, d, h, s (or b, the Buddhist year) outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhsbYMDHSB]/.test(bare.replace(/General/gi, ''));
}

function styleOfFormat(id: number, custom: ReadonlyMap<number, string>): NumberStyle {
  const code = custom.get(id);
  if (code === undefined) return BUILTIN_PERCENT.has(id) ? 'percent' : BUILTIN_DATE.has(id) ? 'date' : 'number';
  // A percent sign outside quotes multiplies by 100; a date format may still hold one in quotes.
  if (code.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%')) return 'percent';
  return isDateFormat(code) ? 'date' : 'number';
}

/** The number style of each cell style, in <cellXfs> order. */
export function readNumberStyles(zip: StreamedZip, part: string | null, fileName: string): NumberStyle[] {
  if (!part) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  readXmlPart(zip, part, fileName, 'spreadsheet', {
    open(name, element) {
      if (name === 'numFmt') custom.set(Number(attributeOf(element, 'numFmtId')), attributeOf(element, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributeOf(element, 'numFmtId') ?? '0'));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return formatIds.map((id) => styleOfFormat(id, custom));
}
