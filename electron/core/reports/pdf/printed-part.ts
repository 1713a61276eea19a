// A part of a review pack as Chromium prints it (page.pdf in the CLI, printToPDF in the app: both write with Skia's
// PDF backend): a classic cross-reference table, every object written once, no object streams. What the join needs
// of it: where each object is, its pages in order, and the roots of its tagged structure.
import { parseValue, PdfRef, skipWhitespace, type PdfDict, type PdfValue } from './pdf-syntax';

export interface PrintedPart {
  readonly bytes: Uint8Array;
  /** The file as latin1 text: one character per byte. */
  readonly text: string;
  /** Object numbers run from 1 to size - 1. */
  readonly size: number;
  /** Where object `n`'s value starts (just after "n 0 obj"), and where the object ends; -1 for a free number. */
  readonly valueStart: readonly number[];
  readonly objectEnd: readonly number[];
  readonly catalog: PdfDict;
  readonly catalogNumber: number;
  readonly infoNumber: number | null;
  /** The value of object `n`, read. */
  valueOf(number: number): PdfValue;
  /** `value`, or the object it refers to. */
  resolve(value: PdfValue | undefined): PdfValue | undefined;
}

export class UnreadablePartError extends Error {}

function readXref(text: string): { offsets: number[]; trailer: PdfDict; xrefAt: number } {
  const startxref = text.lastIndexOf('startxref');
  const at = startxref < 0 ? -1 : Number(/\d+/.exec(text.slice(startxref + 9, startxref + 40))?.[0] ?? -1);
  if (at < 0 || !text.startsWith('xref', at)) {
    // Skia writes a cross-reference table; a cross-reference stream means another writer, which this reader does not know.
    throw new UnreadablePartError('a printed part has no cross-reference table where its trailer says');
  }
  const offsets: number[] = [];
  let i = skipWhitespace(text, at + 4);
  for (;;) {
    const section = /^(\d+) (\d+)\s*/.exec(text.slice(i, i + 32));
    if (!section) break;
    const first = Number(section[1]);
    const count = Number(section[2]);
    i += section[0].length;
    for (let k = 0; k < count; k += 1) {
      const entry = text.slice(i, i + 20);
      offsets[first + k] = entry[17] === 'n' ? Number(entry.slice(0, 10)) : -1;
      i += 20;
    }
  }
  if (!text.startsWith('trailer', i)) throw new UnreadablePartError('a printed part has no trailer after its cross-reference table');
  return { offsets, trailer: parseValue(text, i + 7).value as PdfDict, xrefAt: at };
}

export function readPrintedPart(bytes: Uint8Array): PrintedPart {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { offsets, trailer, xrefAt } = readXref(text);
  const size = Number(trailer.get('/Size') ?? offsets.length);
  const valueStart = new Array<number>(size).fill(-1);
  const objectEnd = new Array<number>(size).fill(-1);
  // Objects follow one another: each ends where the next begins (the last where the table begins).
  const numbers = offsets.map((_, n) => n).filter((n) => (offsets[n] ?? -1) > 0 && n < size);
  numbers.sort((a, b) => offsets[a]! - offsets[b]!);
  numbers.forEach((n, k) => {
    const offset = offsets[n]!;
    const keyword = text.indexOf('obj', offset);
    // "n 0 obj": the object's own number first.
    if (keyword < 0 || keyword - offset > 24 || Number(text.slice(offset, keyword).trim().split(/\s+/)[0]) !== n) {
      throw new UnreadablePartError(`object ${n} of a printed part is not where its cross-reference table says`);
    }
    valueStart[n] = keyword + 3;
    objectEnd[n] = k + 1 < numbers.length ? offsets[numbers[k + 1]!]! : xrefAt;
  });
  const valueOf = (number: number): PdfValue => {
    const start = valueStart[number] ?? -1;
    if (start < 0) throw new UnreadablePartError(`a printed part refers to object ${number}, which it does not hold`);
    return parseValue(text, start).value;
  };
  const resolve = (value: PdfValue | undefined) => (value instanceof PdfRef ? valueOf(value.number) : value);
  const root = trailer.get('/Root');
  if (!(root instanceof PdfRef)) throw new UnreadablePartError('a printed part has no catalogue');
  const info = trailer.get('/Info');
  return {
    bytes,
    text,
    size,
    valueStart,
    objectEnd,
    catalog: valueOf(root.number) as PdfDict,
    catalogNumber: root.number,
    infoNumber: info instanceof PdfRef ? info.number : null,
    valueOf,
    resolve,
  };
}

export function dictOf(part: PrintedPart, value: PdfValue | undefined, what: string): PdfDict {
  const dict = part.resolve(value);
  if (!(dict instanceof Map)) throw new UnreadablePartError(`a printed part's ${what} is not a dictionary`);
  return dict;
}

/** The items of an array (written in place or as an object of its own); a single value, such as /K often is, as a list of one. */
export function listOf(part: PrintedPart, value: PdfValue | undefined): readonly PdfValue[] {
  const resolved = part.resolve(value);
  if (Array.isArray(resolved)) return resolved;
  return value === undefined || value === null ? [] : [value];
}
