// Joins the parts of a review pack, as Chromium printed them, into one tagged PDF. Chromium prints a document of
// thousands of pages slowly (its print layout grows faster than the page count) and past some size fails, so a
// long pack is printed in parts; each part is tagged (a structure tree of headings, tables, lists and figures, marked
// content on its pages) and this puts the parts' trees under one Document element, in page order, renumbering the
// objects and the keys that tie page content to its elements. The outline, the named destinations the pack's links
// jump to, and the properties are the pack's own, written once for the whole file.
//
// The parts' objects are copied as written (streams byte for byte), only their references rewritten: PDF libraries
// (pdf-lib and its forks) drop the structure tree and outline when copying pages, and parse every object into a model
// first; on the 500-action pack, loading its two parts took more time than this whole join.
import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import type { PackBookmark, PackPlace } from '../../../../shared/printed-pack';
import { markArtifacts } from './artifacts';
import { informationDictionary, xmpPacket, type DocumentProperties } from './document-info';
import { outlineObjects } from './outline';
import { parseValue, PdfRef, PdfString, writeValue, type PdfDict, type PdfValue } from './pdf-syntax';
import { PdfWriter } from './pdf-writer';
import { dictOf, listOf, readPrintedPart, UnreadablePartError, type PrintedPart } from './printed-part';
import { renumberValue, type Renumbering } from './renumber';

export interface JoinedPack extends DocumentProperties {
  readonly bookmarks: readonly PackBookmark[];
  /** The named destinations the pack's links open ("#contents-3"): Chromium writes each link to a name, and each
   *  part knows only the places on its own pages. */
  readonly destinations: Readonly<Record<string, PackPlace>>;
}

/** The joined file's own objects that take the place of each part's. */
interface JoinedRoots {
  readonly pageTree: number;
  readonly structTreeRoot: number;
  readonly document: number;
}

/** What the join takes from a part's catalogue, and which of its objects it replaces or leaves out. */
interface PartStructure {
  /** Its pages in order, with their heights (for destinations at the top of the page). */
  readonly pages: readonly { readonly ref: PdfRef; readonly height: number }[];
  /** Its pages' content streams, whose unmarked content becomes artifacts. */
  readonly contents: ReadonlySet<number>;
  /** Its page tree nodes, structure tree root and Document element, by the joined file's objects replacing them. */
  readonly replaced: ReadonlyMap<number, number>;
  /** Left out: the catalogue, the information dictionary, the outline, destinations, parent tree and id tree. */
  readonly leftOut: ReadonlySet<number>;
  /** The children of its Document element. */
  readonly elements: readonly PdfValue[];
  /** Its parent tree: key → the elements of a page's marked content, or the element of an annotation. */
  readonly parentTree: readonly (readonly [number, PdfValue])[];
  /** One past its highest parent tree key. */
  readonly nextKey: number;
  /** Its id tree: element id → element. */
  readonly ids: readonly (readonly [PdfString, PdfValue])[];
  readonly roleMap: PdfDict | null;
  /** Whether the part has a structure tree at all. */
  readonly tagged: boolean;
}

/** Reads the number tree or name tree at `node` (7.9.6, 7.9.7): its pairs, and its node objects (to leave out). */
function readTree(part: PrintedPart, node: PdfValue | undefined, pairsKey: '/Nums' | '/Names', nodes: Set<number>): PdfValue[] {
  if (node instanceof PdfRef) nodes.add(node.number);
  const dict = dictOf(part, node, 'structure tree');
  const pairs = [...listOf(part, dict.get(pairsKey))];
  for (const kid of listOf(part, dict.get('/Kids'))) pairs.push(...readTree(part, kid, pairsKey, nodes));
  return pairs;
}

function pairsOf<K>(items: readonly PdfValue[]): [K, PdfValue][] {
  const pairs: [K, PdfValue][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) pairs.push([items[i] as K, items[i + 1]!]);
  return pairs;
}

function structureOf(part: PrintedPart, roots: JoinedRoots): PartStructure {
  const replaced = new Map<number, number>();
  const leftOut = new Set<number>([part.catalogNumber]);
  if (part.infoNumber !== null) leftOut.add(part.infoNumber);

  const pages: { ref: PdfRef; height: number }[] = [];
  const contents = new Set<number>();
  const walk = (node: PdfValue) => {
    const dict = dictOf(part, node, 'page tree');
    if (dict.get('/Type') === '/Pages') {
      if (!(node instanceof PdfRef)) throw new UnreadablePartError("a printed part's page tree node is not an object of its own");
      // Skia gives every page its own resources and size; an attribute a page would inherit from here would be lost.
      for (const key of ['/Resources', '/MediaBox', '/CropBox', '/Rotate']) {
        if (dict.has(key)) throw new UnreadablePartError(`a printed part's page tree passes ${key} down to its pages, which the join does not keep`);
      }
      replaced.set(node.number, roots.pageTree);
      for (const kid of listOf(part, dict.get('/Kids'))) walk(kid);
      return;
    }
    const box = listOf(part, dict.get('/MediaBox')).map(Number);
    pages.push({ ref: node as PdfRef, height: (box[3] ?? 0) - (box[1] ?? 0) });
    for (const stream of listOf(part, dict.get('/Contents'))) if (stream instanceof PdfRef) contents.add(stream.number);
  };
  walk(part.catalog.get('/Pages') ?? null);

  // The outline and destinations are the pack's own; the part's would point within the part only.
  const outlines = part.catalog.get('/Outlines');
  const leaveOutline = (item: PdfValue | undefined) => {
    for (let at = item; at instanceof PdfRef; at = dictOf(part, at, 'outline').get('/Next')) {
      leftOut.add(at.number);
      leaveOutline(dictOf(part, at, 'outline').get('/First'));
    }
  };
  if (outlines instanceof PdfRef) {
    leftOut.add(outlines.number);
    leaveOutline(dictOf(part, outlines, 'outline').get('/First'));
  }
  const dests = part.catalog.get('/Dests');
  if (dests instanceof PdfRef) leftOut.add(dests.number);

  const treeRoot = part.catalog.get('/StructTreeRoot');
  if (treeRoot === undefined) return { pages, contents, replaced, leftOut, elements: [], parentTree: [], nextKey: 0, ids: [], roleMap: null, tagged: false };
  if (treeRoot instanceof PdfRef) replaced.set(treeRoot.number, roots.structTreeRoot);
  const tree = dictOf(part, treeRoot, 'structure tree root');
  // Chromium's tree has one Document element at its top, whose children the joined Document element takes.
  const top = listOf(part, tree.get('/K'));
  const elements: PdfValue[] = [];
  for (const element of top) {
    const dict = dictOf(part, element, 'structure element');
    if (dict.get('/S') === '/Document' && element instanceof PdfRef) {
      replaced.set(element.number, roots.document);
      elements.push(...listOf(part, dict.get('/K')));
    } else elements.push(element);
  }
  const parentTree = pairsOf<number>(readTree(part, tree.get('/ParentTree'), '/Nums', leftOut));
  const ids = tree.has('/IDTree') ? pairsOf<PdfString>(readTree(part, tree.get('/IDTree'), '/Names', leftOut)) : [];
  const nextKey = Number(tree.get('/ParentTreeNextKey') ?? parentTree.reduce((max, [key]) => Math.max(max, key + 1), 0));
  const roleMap = tree.has('/RoleMap') ? dictOf(part, tree.get('/RoleMap'), 'role map') : null;
  return { pages, contents, replaced, leftOut, elements, parentTree, nextKey, ids, roleMap, tagged: true };
}

/**
 * Writes a page's content stream with its unmarked content marked as artifacts (artifacts.ts). False, leaving the
 * writing to the caller, when there is nothing to mark or the stream is not as Chromium writes it.
 */
function putWithArtifacts(writer: PdfWriter, number: number, part: PrintedPart, dictionary: string, dictionaryEnd: number): boolean {
  const dict = parseValue(dictionary, 0).value as PdfDict;
  const length = dict.get('/Length');
  const filter = dict.get('/Filter');
  if (typeof length !== 'number' || (filter !== undefined && filter !== '/FlateDecode') || dict.has('/DecodeParms')) return false;
  const keyword = part.text.indexOf('stream', dictionaryEnd);
  const dataStart = keyword + 6 + (part.text.startsWith('\r\n', keyword + 6) ? 2 : 1);
  const data = part.bytes.subarray(dataStart, dataStart + length);
  const content = (filter === undefined ? Buffer.from(data) : inflateSync(data)).toString('latin1');
  const marked = markArtifacts(content);
  if (marked === null) return false;
  const rest = [...dict].filter(([key]) => key !== '/Length' && key !== '/Filter').map(([key, value]) => ` ${key} ${writeValue(value)}`);
  writer.putNewStream(number, rest.join(''), Buffer.from(marked, 'latin1'), true);
  return true;
}

/** What the joined file keeps of one part, in the joined file's numbers. */
interface JoinedPart {
  readonly pages: readonly { readonly number: number; readonly height: number }[];
  readonly elements: readonly string[];
}

/**
 * A join taking the parts of a pack as they are printed, in any order (several printers print at once): each part's
 * objects are written as it comes, so that joining overlaps the printing of the parts still to come. Part `index`
 * (0-based) is the index-th in page order; `finish` puts the pages and the structure in that order.
 */
export interface PackJoin {
  add(index: number, part: Uint8Array): void;
  finish(): Uint8Array;
}

export function startPackJoin(pack: JoinedPack): PackJoin {
  const writer = new PdfWriter();
  const roots: JoinedRoots = { pageTree: writer.allocate(), structTreeRoot: writer.allocate(), document: writer.allocate() };
  const joined: JoinedPart[] = [];
  const parentTree: [number, string][] = [];
  const ids: [string, string][] = [];
  const roles = new Map<string, string>();
  // Parent tree keys go to the parts in the order they come: only each key's own element matters.
  let keyOffset = 0;
  let tagged = false;

  const add = (index: number, bytes: Uint8Array) => {
    if (joined[index]) throw new Error(`part ${index + 1} of the pack was given twice`);
    const part = readPrintedPart(bytes);
    const structure = structureOf(part, roots);
    const first = writer.allocateBlock(part.size);
    const renumbering: Renumbering = {
      objectNumber: (number) => {
        const replacement = structure.replaced.get(number);
        if (replacement !== undefined) return replacement;
        if (structure.leftOut.has(number) || (part.valueStart[number] ?? -1) < 0) {
          throw new UnreadablePartError(`an object of a printed part refers to object ${number}, which the join leaves out`);
        }
        return first + number;
      },
      keyOffset,
      idPrefix: `p${index + 1}-`,
    };
    const renumbered = (value: PdfValue) => renumberValue(writeValue(value), 0, renumbering).value;

    for (let number = 1; number < part.size; number += 1) {
      const start = part.valueStart[number]!;
      if (start < 0 || structure.replaced.has(number) || structure.leftOut.has(number)) continue;
      const { value, end } = renumberValue(part.text, start, renumbering);
      if (!/^\s*stream\b/.test(part.text.slice(end, end + 12))) writer.put(first + number, value);
      else if (!structure.contents.has(number) || !putWithArtifacts(writer, first + number, part, value, end)) {
        writer.putStream(first + number, value, part.bytes.subarray(end, part.objectEnd[number]));
      }
    }
    joined[index] = {
      pages: structure.pages.map((page) => ({ number: renumbering.objectNumber(page.ref.number), height: page.height })),
      elements: structure.elements.map(renumbered),
    };
    parentTree.push(...structure.parentTree.map(([key, value]): [number, string] => [key + keyOffset, renumbered(value)]));
    ids.push(...structure.ids.map(([id, element]): [string, string] => [`(${renumbering.idPrefix}${id.written.slice(1)}`, renumbered(element)]));
    for (const [role, standard] of structure.roleMap ?? []) roles.set(role, renumbered(standard));
    keyOffset += structure.nextKey;
    tagged ||= structure.tagged;
  };

  const finish = () => {
    const missing = Array.from(joined, (part, index) => (part ? 0 : index + 1)).filter((index) => index > 0);
    if (joined.length === 0 || missing.length > 0) throw new Error(`part(s) ${missing.join(', ') || 1} of the pack were not printed`);
    const pages = joined.flatMap((part) => part.pages);
    // A place opens with its top at the window's top, at the reader's zoom (12.3.2.2).
    const destination = (place: PackPlace) => {
      const page = pages[place.page - 1];
      if (!page) throw new Error(`a bookmark or link points to page ${place.page} of a pack of ${pages.length}`);
      return `[${page.number} 0 R /XYZ 0 ${Math.round((page.height - Math.max(0, place.top)) * 100) / 100} null]`;
    };
    writer.put(roots.pageTree, `<</Type /Pages /Count ${pages.length} /Kids [${pages.map((page) => `${page.number} 0 R`).join(' ')}]>>`);

    // Number and name trees as one node each: their keys in order (7.9.6, 7.9.7).
    const parentTreeNumber = writer.allocate();
    parentTree.sort((a, b) => a[0] - b[0]);
    writer.put(parentTreeNumber, `<</Nums [${parentTree.map(([key, value]) => `${key} ${value}`).join(' ')}]>>`);
    const idTreeNumber = writer.allocate();
    ids.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    writer.put(idTreeNumber, `<</Names [${ids.map(([id, element]) => `${id} ${element}`).join(' ')}]>>`);
    const roleMap = roles.size > 0 ? ` /RoleMap <<${[...roles].map(([role, standard]) => `${role} ${standard}`).join(' ')}>>` : '';
    writer.put(
      roots.structTreeRoot,
      `<</Type /StructTreeRoot /K ${roots.document} 0 R /ParentTree ${parentTreeNumber} 0 R /ParentTreeNextKey ${keyOffset} /IDTree ${idTreeNumber} 0 R${roleMap}>>`,
    );
    // A language tag is letters, digits and hyphens (BCP 47): nothing to escape once anything else is dropped.
    const language = `(${pack.language.replace(/[^A-Za-z0-9-]/g, '')})`;
    const elements = joined.flatMap((part) => part.elements);
    writer.put(roots.document, `<</Type /StructElem /S /Document /P ${roots.structTreeRoot} 0 R /Lang ${language} /K [${elements.join(' ')}]>>`);

    // Names are written as the links name them; only letters, digits and hyphens (printed-pack.ts).
    const destinations = writer.allocate();
    writer.put(destinations, `<<${Object.entries(pack.destinations).map(([name, place]) => `/${name.replace(/[^A-Za-z0-9-]/g, '')} ${destination(place)}`).join(' ')}>>`);
    const outline = outlineObjects(pack.bookmarks, destination, () => writer.allocate());
    for (const [number, value] of outline?.objects ?? []) writer.put(number, value);

    const info = writer.allocate();
    writer.put(info, informationDictionary(pack));
    const metadata = writer.allocate();
    writer.putNewStream(metadata, '/Type /Metadata /Subtype /XML', xmpPacket(pack), false);
    const catalog = writer.allocate();
    // Parts printed untagged (an engine without tagging) make a file that does not claim to be.
    const structure = tagged ? ` /StructTreeRoot ${roots.structTreeRoot} 0 R /MarkInfo <</Marked true>>` : '';
    writer.put(
      catalog,
      `<</Type /Catalog /Pages ${roots.pageTree} 0 R${structure} /Lang ${language} ` +
        `/ViewerPreferences <</DisplayDocTitle true>> /Dests ${destinations} 0 R /Metadata ${metadata} 0 R` +
        (outline ? ` /Outlines ${outline.root} 0 R /PageMode /UseOutlines` : '') +
        '>>',
    );
    return writer.finish(catalog, info, randomBytes(16).toString('hex'));
  };

  return { add, finish };
}
