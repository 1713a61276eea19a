// The little of PDF's syntax that joining printed parts needs (ISO 32000-1, 7.3): reading the values of a few objects
// (the catalogue, the page tree, the roots of the structure tree), finding where any value ends, and writing values.
// Text is handled as latin1 strings, one character per byte, so that positions in the text are positions in the file.
export class PdfRef {
  constructor(readonly number: number) {}
  toString(): string {
    return `${this.number} 0 R`;
  }
}

/** A string as written in the file, delimiters included: "(text)" or "<hex>". Kept as it is. */
export class PdfString {
  constructor(readonly written: string) {}
}

/** Names keep their slash ("/Type"), so that they are told apart from strings. */
export type PdfValue = number | boolean | null | string | PdfRef | PdfString | readonly PdfValue[] | PdfDict;
export type PdfDict = ReadonlyMap<string, PdfValue>;

// Character classes (7.2.2), looked up by character code: the join reads every byte of every object's dictionary.
const REGULAR = 0;
const WHITESPACE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = WHITESPACE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;
const isWhitespace = (c: number) => CLASS[c] === WHITESPACE;
const WHOLE_NUMBER = /^\d+$/;

export function skipWhitespace(text: string, at: number): number {
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

/** The end of the literal string starting at `at` ("(" ... ")", with nested parentheses and backslash escapes). */
function literalEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 1;
    else if (c === 0x28) depth += 1;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  throw new Error(`a string at ${at} does not end`);
}

/** The end of the name, number or keyword starting at `at`. */
function wordEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && CLASS[text.charCodeAt(i)] === REGULAR) i += 1;
  return i;
}

/** Where the value starting at `at` (after any whitespace) ends: a dictionary or array with all it holds, or one token. */
export function valueEnd(text: string, at: number): number {
  let i = skipWhitespace(text, at);
  let depth = 0;
  do {
    const c = text.charCodeAt(i);
    if (c === 0x28) i = literalEnd(text, i);
    else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      depth += 1;
      i += 2;
    } else if (c === 0x3e && text.charCodeAt(i + 1) === 0x3e) {
      depth -= 1;
      i += 2;
    } else if (c === 0x3c) i = text.indexOf('>', i) + 1;
    else if (c === 0x5b) {
      depth += 1;
      i += 1;
    } else if (c === 0x5d) {
      depth -= 1;
      i += 1;
    } else if (isWhitespace(c)) i += 1;
    else {
      const start = i;
      i = wordEnd(text, i);
      // Alone, "12 0 R" is one value.
      if (depth === 0) i += referenceAfter(text, start, i)?.[0].length ?? 0;
    }
    if (i <= 0 || i > text.length) throw new Error(`a value at ${at} does not end`);
  } while (depth > 0);
  return i;
}

/** After the whole number text[start, end): " 0 R" when it begins a reference. */
function referenceAfter(text: string, start: number, end: number): RegExpExecArray | null {
  return WHOLE_NUMBER.test(text.slice(start, end)) ? /^\s+(\d+)\s+R(?![^\s<>[\]()/%])/.exec(text.slice(end, end + 24)) : null;
}

/** Reads the value starting at `at`; `end` is where it stops. */
export function parseValue(text: string, at: number): { value: PdfValue; end: number } {
  const start = skipWhitespace(text, at);
  const c = text.charCodeAt(start);
  if (c === 0x3c && text.charCodeAt(start + 1) === 0x3c) {
    const dict = new Map<string, PdfValue>();
    let i = skipWhitespace(text, start + 2);
    while (!text.startsWith('>>', i)) {
      const keyEnd = wordEnd(text, i);
      const entry = parseValue(text, keyEnd);
      dict.set(text.slice(i, keyEnd), entry.value);
      i = skipWhitespace(text, entry.end);
    }
    return { value: dict, end: i + 2 };
  }
  if (c === 0x5b) {
    const items: PdfValue[] = [];
    let i = skipWhitespace(text, start + 1);
    while (text.charCodeAt(i) !== 0x5d) {
      const item = parseValue(text, i);
      items.push(item.value);
      i = skipWhitespace(text, item.end);
    }
    return { value: items, end: i + 1 };
  }
  if (c === 0x28 || c === 0x3c) {
    const end = valueEnd(text, start);
    return { value: new PdfString(text.slice(start, end)), end };
  }
  const end = wordEnd(text, start);
  const word = text.slice(start, end);
  if (c === 0x2f) return { value: word, end };
  if (word === 'true' || word === 'false') return { value: word === 'true', end };
  if (word === 'null') return { value: null, end };
  // "12 0 R" is one reference, not two numbers.
  const reference = referenceAfter(text, start, end);
  if (reference) return { value: new PdfRef(Number(word)), end: end + reference[0].length };
  const number = Number(word);
  if (Number.isNaN(number)) throw new Error(`"${word}" at ${start} is not a value`);
  return { value: number, end };
}

export function writeValue(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return String(value);
  if (value instanceof PdfRef) return value.toString();
  if (value instanceof PdfString) return value.written;
  if (value instanceof Map) return `<<${[...value].map(([key, item]) => `${key} ${writeValue(item)}`).join(' ')}>>`;
  return `[${(value as readonly PdfValue[]).map(writeValue).join(' ')}]`;
}

/** Any text as a PDF text string: UTF-16BE with its byte order mark, in hex, so that no character needs escaping. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A date as PDF writes it (7.9.4), in UTC: (D:20261206121500Z). */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}
