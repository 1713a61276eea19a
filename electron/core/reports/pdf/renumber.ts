// One object of a printed part, as the joined file holds it: its references renumbered, its keys into the
// structure's parent tree (/StructParents of pages and forms, /StructParent of annotations) moved past the parts
// before it, and the ids of its structure elements (/ID, and the /Headers of table cells naming them) made unique
// across parts, since each part numbers its elements after the nodes of the page that printed it.
import { valueEnd } from './pdf-syntax';

export interface Renumbering {
  /** The joined file's number for the part's object `number`. */
  readonly objectNumber: (number: number) => number;
  /** Added to every key into the parent tree. */
  readonly keyOffset: number;
  /** Put before every structure element id: "p2-". */
  readonly idPrefix: string;
}

// References and parent tree keys; whatever else a value holds is kept as written.
const RENUMBERED = /(\d+)\s+(\d+)\s+R(?![^\s<>[\]()/%])|(\/StructParents?)(\s+)(\d+)/g;

/** The value starting at `at` in `text`, rewritten; `end` is where it ended in `text`. */
export function renumberValue(text: string, at: number, renumbering: Renumbering): { value: string; end: number } {
  const end = valueEnd(text, at);
  const value = text.slice(at, end);
  const outsideStrings = (piece: string) =>
    piece.replace(RENUMBERED, (_match, number: string | undefined, _generation, key: string, space: string, parentKey: string) =>
      number !== undefined ? `${renumbering.objectNumber(Number(number))} 0 R` : `${key}${space}${Number(parentKey) + renumbering.keyOffset}`,
    );
  if (!value.includes('(')) return { value: outsideStrings(value), end };
  // Literal strings are kept as they are (a title could read "12 0 R"), but for element ids and the headers naming them.
  const pieces: string[] = [];
  let from = 0;
  for (let open = value.indexOf('('); open >= 0; open = value.indexOf('(', from)) {
    const before = value.slice(from, open);
    pieces.push(outsideStrings(before));
    const close = valueEnd(value, open);
    const literal = value.slice(open, close);
    pieces.push(namesAnElement(value, open) ? `(${renumbering.idPrefix}${literal.slice(1)}` : literal);
    from = close;
  }
  pieces.push(outsideStrings(value.slice(from)));
  return { value: pieces.join(''), end };
}

/** Whether the string at `open` is an element id: the value of /ID, or an item of a /Headers array. */
function namesAnElement(value: string, open: number): boolean {
  const before = value.slice(Math.max(0, open - 400), open);
  if (/\/ID\s*$/.test(before)) return true;
  const headers = before.lastIndexOf('/Headers');
  return headers >= 0 && /^\/Headers\s*\[[^\]]*$/.test(before.slice(headers));
}
