// Reads one XML part of a workbook as a stream of elements, with a real XML parser (saxes): names are
// resolved through their namespaces, so `<x:c>` with `xmlns:x="…/spreadsheetml/2006/main"` is the same cell as
// `<c>` under a default namespace, and an element of another vocabulary is never mistaken for one of ours.
// A part that is not well-formed XML, or that declares a document type (the way in for entity expansion —
// "billion laughs" — and for external entities; a workbook's XML never has one), is refused with its name.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../../../../shared/result';
import type { StreamedZip } from '../../zip/safe-zip';

/** SpreadsheetML, as Excel writes it (transitional) and as ISO 29500 strict names it. */
const SPREADSHEET_NAMESPACES = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
/** The namespace of `r:id` attributes that name a relationship. */
const RELATIONSHIP_ATTRIBUTE_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
const PACKAGE_RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type XmlElement = SaxesTagNS;

/** Thrown by a part's reader that has read all it wants: readXmlPart stops there, without reading the rest. */
export class StopReading extends Error {}

/** The vocabulary a part is written in: SpreadsheetML, or the package's relationships (`.rels` parts). */
export type Vocabulary = 'spreadsheet' | 'relationships';

const NAMESPACES: Readonly<Record<Vocabulary, ReadonlySet<string>>> = {
  spreadsheet: SPREADSHEET_NAMESPACES,
  relationships: new Set([PACKAGE_RELATIONSHIPS_NAMESPACE]),
};

/** An attribute without a prefix (as SpreadsheetML's own are), or null. */
export function attributeOf(element: XmlElement, name: string): string | null {
  const attribute = element.attributes[name];
  return attribute && attribute.prefix === '' ? attribute.value : null;
}

/** The relationship id an element names (`r:id`, whatever the prefix bound to the relationships namespace). */
export function relationshipIdOf(element: XmlElement): string | null {
  for (const attribute of Object.values(element.attributes)) {
    if (attribute.local === 'id' && RELATIONSHIP_ATTRIBUTE_NAMESPACES.has(attribute.uri)) return attribute.value;
  }
  return null;
}

/**
 * What reads a part. `name` is the element's local name when it belongs to the part's vocabulary, null when it
 * belongs to another (an extension, markup compatibility): such elements are for other programs. Elements in
 * no namespace at all count as the part's own: some hand-made generators leave the namespace out, and
 * nothing else could be meant by a bare `<c>` in a worksheet.
 */
export interface PartReader {
  open(name: string | null, element: XmlElement): void;
  close(name: string | null): void;
  /** Character data (entities and CDATA sections already resolved). */
  text(text: string): void;
}

/** How a part's bytes were decoded: OPC allows UTF-8 and UTF-16 only. */
export type PartEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

function bad(fileName: string, part: string, what: string): AppError {
  return new AppError('bad_file', `${fileName}: the workbook's part ${part} ${what}`);
}

function encodingOf(first: Uint8Array): { encoding: PartEncoding; bom: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'UTF-8', bom: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'UTF-16LE', bom: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'UTF-16BE', bom: 2 };
  // UTF-16 without a byte order mark shows as a zero byte beside the "<" of "<?xml".
  if (first[0] === 0x3c && first[1] === 0x00) return { encoding: 'UTF-16LE', bom: 0 };
  if (first[0] === 0x00 && first[1] === 0x3c) return { encoding: 'UTF-16BE', bom: 0 };
  return { encoding: 'UTF-8', bom: 0 };
}

/**
 * Streams the part `part` of the archive through `reader`. Returns the encoding it was read in, or null when
 * the archive has no such part.
 */
export function readXmlPart(zip: StreamedZip, part: string, fileName: string, vocabulary: Vocabulary, reader: PartReader): PartEncoding | null {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: part });
  parser.on('doctype', () => {
    throw bad(fileName, part, 'declares a document type (<!DOCTYPE …>), which a workbook never does; refused, since it is how entity expansion ("billion laughs") and external entities get in');
  });
  parser.on('xmldecl', (declaration) => {
    const declared = declaration.encoding?.toUpperCase().replace(/_/g, '-');
    if (declared && !/^UTF-?(8|16)(LE|BE)?$/.test(declared)) {
      throw bad(fileName, part, `says it is encoded in ${declaration.encoding}; a workbook's XML is UTF-8 or UTF-16 only`);
    }
  });
  // Elements of one scope share the very same namespace string: the last answer is nearly always the answer.
  const ours = NAMESPACES[vocabulary];
  let lastUri = '';
  let lastOurs = true;
  const nameOf = (element: XmlElement): string | null => {
    if (element.uri !== lastUri) {
      lastUri = element.uri;
      lastOurs = lastUri === '' || ours.has(lastUri);
    }
    return lastOurs ? element.local : null;
  };
  parser.on('opentag', (element) => reader.open(nameOf(element), element));
  parser.on('closetag', (element) => reader.close(nameOf(element)));
  parser.on('text', (text) => reader.text(text));
  parser.on('cdata', (text) => reader.text(text));
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let encoding: PartEncoding = 'UTF-8';
  // saxes says "xl/worksheets/sheet1.xml:3:17: unexpected close tag."; people read "line 3, column 17: …".
  const malformed = (error: unknown) =>
    error instanceof AppError || error instanceof StopReading ? error : bad(fileName, part, `is not well-formed XML (${(error as Error).message.replace(`${part}:`, '').replace(/^(\d+):(\d+): /, 'line $1, column $2: ').replace(/\.$/, '')}); refused`);
  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      throw malformed(error);
    }
  };
  const decode = (chunk: Uint8Array, last: boolean): string => {
    try {
      return decoder!.decode(chunk, { stream: !last });
    } catch {
      throw bad(fileName, part, `is not valid ${encoding} text; refused`);
    }
  };
  let found: boolean;
  try {
    found = zip.stream(part, (chunk) => {
      if (!decoder) {
        const detected = encodingOf(chunk);
        encoding = detected.encoding;
        decoder = new TextDecoder(encoding.toLowerCase(), { fatal: true });
        chunk = chunk.subarray(detected.bom);
      }
      write(decode(chunk, false));
    });
  } catch (error) {
    if (error instanceof StopReading) return encoding;
    throw error;
  }
  if (!found) return null;
  if (decoder) write(decode(new Uint8Array(0), true));
  try {
    parser.close();
  } catch (error) {
    throw malformed(error);
  }
  return encoding;
}
