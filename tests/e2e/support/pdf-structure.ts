// Reads a PDF back as its readers see it, through qpdf's JSON (qpdf --json=2): the catalogue, the pages, the tagged
// structure, the outline, the links and the properties. qpdf is the tests' independent reader: what it reads is what
// the file holds, whatever wrote it.
import { execFileSync, spawnSync } from 'node:child_process';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

export interface StructureElement {
  readonly type: string;
  readonly ref: string | null;
  readonly dict: Dict;
  readonly children: readonly StructureElement[];
  /** The marked content it holds directly: [page number (1-based), MCID, and the form XObject holding it (its
   *  reference) where not the page's own content]. */
  readonly content: readonly (readonly [number, number, (string | undefined)?])[];
  /** Annotations it holds (object references). */
  readonly annotations: readonly string[];
  readonly alt: string | null;
}

export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  /** Where it opens, in points below the page's top edge (for an /XYZ destination; 0 otherwise). */
  readonly top: number;
  readonly level: number;
}

export interface LinkAnnotation {
  readonly page: number;
  readonly ref: string;
  /** [x1, y1, x2, y2] in points from the page's bottom left. */
  readonly rect: readonly number[];
  /** The page it opens, through the document's named destinations, and how far down it, in points. */
  readonly target: number | null;
  readonly targetTop: number | null;
  readonly structParent: number | null;
}

export interface ReadPdf {
  readonly catalog: Dict;
  readonly info: Dict;
  readonly pageRefs: readonly string[];
  /** 1-based page number of a page reference. */
  pageOf(ref: Json): number;
  /** The object a reference points at (or the value itself). */
  resolve(value: Json | undefined): Json | undefined;
  /** The Document element and all below it. */
  readonly structure: StructureElement | null;
  /** Every element, depth first in document order. */
  readonly elements: readonly StructureElement[];
  readonly outline: readonly OutlineEntry[];
  readonly links: readonly LinkAnnotation[];
  /** The parent tree: key → value (an array of element references for a page, one reference for an annotation). */
  readonly parentTree: ReadonlyMap<number, Json>;
  /** The id tree: element id → element reference. */
  readonly ids: ReadonlyMap<string, string>;
  /** A text string's value (qpdf writes "u:text"). */
  text(value: Json | undefined): string;
}

/**
 * Runs qpdf and returns what it wrote. qpdf 11.3 (Debian 12) warns "input stream is complete but output may still be
 * valid" on some valid Flate streams, at a boundary of its own reading (zlib and zlib-flate read the same data without a
 * word), and then exits 3: that warning alone is not a fault of the file. Any other warning or error is.
 */
export function qpdf(args: readonly string[]): Buffer {
  const run = spawnSync('qpdf', args, { maxBuffer: 1 << 30 });
  const warnings = run.stderr.toString().split('\n').filter((line) => line.startsWith('WARNING:'));
  const harmless = warnings.every((line) => line.endsWith('input stream is complete but output may still be valid'));
  if (run.status === 0 || (run.status === 3 && harmless)) return run.stdout;
  throw new Error(`qpdf ${args.join(' ')} failed (${String(run.status)}): ${run.stderr.toString().slice(0, 2000)}`);
}

function isRef(value: Json | undefined): value is string {
  return typeof value === 'string' && / R$/.test(value);
}

export function readPdf(file: string): ReadPdf {
  const json = JSON.parse(qpdf(['--json=2', '--json-key=qpdf', file]).toString()) as { qpdf: [Dict, Dict] };
  const objects = json.qpdf[1];
  const resolve = (value: Json | undefined): Json | undefined => {
    if (!isRef(value)) return value;
    const object = objects[`obj:${value}`] as Dict | undefined;
    if (!object) return undefined;
    return (object['value'] ?? (object['stream'] as Dict | undefined)?.['dict']) as Json;
  };
  const dict = (value: Json | undefined): Dict => (resolve(value) ?? {}) as Dict;
  const list = (value: Json | undefined): Json[] => {
    const resolved = resolve(value);
    if (Array.isArray(resolved)) return resolved;
    return value === undefined || value === null ? [] : [value];
  };
  const text = (value: Json | undefined) => {
    const resolved = resolve(value);
    return typeof resolved === 'string' ? resolved.replace(/^[ub]:/, '') : '';
  };
  const trailer = (objects['trailer'] as Dict)['value'] as Dict;
  const catalog = dict(trailer['/Root']);
  const info = dict(trailer['/Info']);

  const pageRefs: string[] = [];
  const walkPages = (node: Json) => {
    const d = dict(node);
    if (d['/Type'] === '/Pages') list(d['/Kids']).forEach(walkPages);
    else pageRefs.push(node as string);
  };
  walkPages(catalog['/Pages'] ?? null);
  const pageIndex = new Map(pageRefs.map((ref, i) => [ref, i + 1]));
  const pageOf = (ref: Json) => pageIndex.get(ref as string) ?? 0;

  const elements: StructureElement[] = [];
  const element = (ref: Json, inheritedPage: number): StructureElement => {
    const d = dict(ref);
    const page = d['/Pg'] !== undefined ? pageOf(d['/Pg']) : inheritedPage;
    const children: StructureElement[] = [];
    const content: [number, number, (string | undefined)?][] = [];
    const annotations: string[] = [];
    const made: StructureElement = {
      type: String(d['/S'] ?? '').replace(/^\//, ''),
      ref: isRef(ref) ? ref : null,
      dict: d,
      children,
      content,
      annotations,
      alt: d['/Alt'] !== undefined ? text(d['/Alt']) : null,
    };
    elements.push(made);
    for (const kid of list(d['/K'])) {
      if (typeof kid === 'number') content.push([page, kid]);
      else {
        const k = dict(kid);
        if (k['/Type'] === '/MCR') content.push([k['/Pg'] !== undefined ? pageOf(k['/Pg']) : page, Number(k['/MCID']), isRef(k['/Stm']) ? k['/Stm'] : undefined]);
        else if (k['/Type'] === '/OBJR') annotations.push(k['/Obj'] as string);
        else children.push(element(kid, page));
      }
    }
    return made;
  };
  const treeRoot = dict(catalog['/StructTreeRoot']);
  const top = list(treeRoot['/K']);
  const structure = top.length > 0 ? element(top[0]!, 0) : null;

  const readTree = (node: Json | undefined, key: '/Nums' | '/Names'): Json[] => {
    const d = dict(node);
    return [...list(d[key]), ...list(d['/Kids']).flatMap((kid) => readTree(kid, key))];
  };
  const parentTree = new Map<number, Json>();
  const nums = readTree(treeRoot['/ParentTree'], '/Nums');
  for (let i = 0; i + 1 < nums.length; i += 2) parentTree.set(Number(nums[i]), nums[i + 1]!);
  const ids = new Map<string, string>();
  const names = treeRoot['/IDTree'] !== undefined ? readTree(treeRoot['/IDTree'], '/Names') : [];
  for (let i = 0; i + 1 < names.length; i += 2) ids.set(text(names[i]), names[i + 1] as string);

  const destinations = dict(catalog['/Dests']);
  /** The page and the distance from its top edge a destination opens at (12.3.2.2). */
  const placeOf = (destination: Json | undefined): { page: number; top: number } | null => {
    const resolved = typeof destination === 'string' && destination.startsWith('/') ? resolve(destinations[destination]) : resolve(destination);
    const array = Array.isArray(resolved) ? resolved : (resolved as Dict | undefined)?.['/D'];
    if (!Array.isArray(array)) return null;
    const box = list(dict(array[0])['/MediaBox']).map(Number);
    const y = array[1] === '/XYZ' && typeof array[3] === 'number' ? array[3] : (box[3] ?? 0);
    return { page: pageOf(array[0]!), top: Math.round(((box[3] ?? 0) - y) * 100) / 100 || 0 };
  };

  const outline: OutlineEntry[] = [];
  const walkOutline = (first: Json | undefined, level: number) => {
    for (let at = first; isRef(at); at = dict(at)['/Next']) {
      const item = dict(at);
      const place = placeOf(item['/Dest'] ?? dict(item['/A'])['/D']);
      outline.push({ title: text(item['/Title']), page: place?.page ?? 0, top: place?.top ?? 0, level });
      walkOutline(item['/First'], level + 1);
    }
  };
  walkOutline(dict(catalog['/Outlines'])['/First'], 1);

  const links: LinkAnnotation[] = [];
  pageRefs.forEach((ref, index) => {
    for (const annotation of list(dict(ref)['/Annots'])) {
      const a = dict(annotation);
      if (a['/Subtype'] !== '/Link') continue;
      links.push({
        page: index + 1,
        ref: annotation as string,
        rect: list(a['/Rect']).map(Number),
        target: placeOf(a['/Dest'] ?? dict(a['/A'])['/D'])?.page ?? null,
        targetTop: placeOf(a['/Dest'] ?? dict(a['/A'])['/D'])?.top ?? null,
        structParent: typeof a['/StructParent'] === 'number' ? a['/StructParent'] : null,
      });
    }
  });

  return { catalog, info, pageRefs, pageOf, resolve, structure, elements, outline, links, parentTree, ids, text };
}

/** The XMP metadata packet, as text. */
export function xmpOf(file: string, pdf: ReadPdf): string {
  const ref = pdf.catalog['/Metadata'];
  if (!isRef(ref)) return '';
  return qpdf([`--show-object=${ref.replace(/ 0 R$/, '')}`, '--filtered-stream-data', file]).toString('utf8');
}

/**
 * Problems with how the structure ties to the pages, as a reader walking either way finds them: each element's marked
 * content must be listed under its page's key in the parent tree at its MCID, each annotation's key must lead back
 * to the element holding it, and each table cell's headers must name elements in the id tree. Empty when sound.
 */
export function structureProblems(pdf: ReadPdf): string[] {
  const problems: string[] = [];
  const keyOfPage = pdf.pageRefs.map((ref) => (pdf.resolve(ref) as Dict)['/StructParents']);
  for (const element of pdf.elements) {
    for (const [page, mcid, stream] of element.content) {
      // Content in a form XObject has that form's key (14.7.4.4), a page's content the page's.
      const key = stream !== undefined ? (pdf.resolve(stream) as Dict)['/StructParents'] : keyOfPage[page - 1];
      const owners = typeof key === 'number' ? pdf.resolve(pdf.parentTree.get(key)) : undefined;
      const owner = Array.isArray(owners) ? owners[mcid] : undefined;
      if (owner !== element.ref) problems.push(`${element.type} ${element.ref}: MCID ${mcid} of page ${page}${stream ? ` (in ${stream})` : ''} belongs to ${String(owner)} in the parent tree`);
    }
    for (const annotation of element.annotations) {
      const key = (pdf.resolve(annotation) as Dict)['/StructParent'];
      if (typeof key !== 'number' || pdf.parentTree.get(key) !== element.ref) problems.push(`${element.type} ${element.ref}: its annotation ${annotation} leads to ${String(pdf.parentTree.get(Number(key)))}`);
    }
    const attributes = pdf.resolve(element.dict['/A']);
    for (const attribute of Array.isArray(attributes) ? attributes : attributes ? [attributes] : []) {
      const headers = (pdf.resolve(attribute) as Dict)['/Headers'];
      for (const id of Array.isArray(headers) ? headers : []) {
        if (!pdf.ids.has(pdf.text(id))) problems.push(`${element.type} ${element.ref}: header ${pdf.text(id)} is not in the id tree`);
      }
    }
  }
  const seen = new Set<string>();
  for (const element of pdf.elements) {
    if (element.ref === null) continue;
    if (seen.has(element.ref)) problems.push(`element ${element.ref} appears twice in the tree`);
    seen.add(element.ref);
  }
  return problems;
}

/**
 * Per page (1-based), the painting operators drawn outside any marked content: neither tagged nor an artifact, which a
 * tagged PDF must not hold (PDF/UA-1, 7.1). Read from qpdf's normalised content (one operator per line).
 */
export function unmarkedPainting(file: string): Map<number, string[]> {
  const qdf = qpdf(['--qdf', '--object-streams=disable', file, '-']).toString('latin1');
  const found = new Map<number, string[]>();
  for (const section of qdf.split(/^%% Contents for page /m).slice(1)) {
    const page = Number(/^\d+/.exec(section)![0]);
    const stream = section.slice(section.indexOf('\nstream\n') + 8, section.indexOf('\nendstream'));
    let depth = 0;
    for (const line of stream.split('\n')) {
      const operator = line.trim().split(/\s+/).at(-1) ?? '';
      if (operator === 'BDC' || operator === 'BMC' || operator.endsWith('>>BDC')) depth += 1;
      else if (operator === 'EMC') depth -= 1;
      else if (depth === 0 && /^(Tj|TJ|'|"|S|s|f|F|f\*|B|B\*|b|b\*|sh|Do)$/.test(operator)) found.set(page, [...(found.get(page) ?? []), line.trim().slice(0, 60)]);
    }
  }
  return found;
}

/** The text of the structure tree's elements, as poppler reads it (pdfinfo -struct-text). */
export function structureText(file: string): string {
  return execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The text poppler reads in a box of page `page` (1-based), in points from the page's top left: where a link's
 *  rectangle is, or what shows at the top of the window when a bookmark opens. Runs of spaces squashed. */
export function textIn(file: string, page: number, box: { readonly x: number; readonly top: number; readonly width: number; readonly height: number }): string {
  const crop = [box.x, box.top, box.width, box.height].map((n) => String(Math.max(0, Math.round(n))));
  const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-r', '72', '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, file, '-'], { encoding: 'utf8' });
  return text.replace(/\s+/g, ' ').trim();
}

/** A link annotation's rectangle as a box from the page's top left (for textIn). */
export function linkBox(pdf: ReadPdf, link: LinkAnnotation): { x: number; top: number; width: number; height: number } {
  const box = (pdf.resolve((pdf.resolve(pdf.pageRefs[link.page - 1]) as Dict)['/MediaBox']) as number[]).map(Number);
  const [x1, y1, x2, y2] = link.rect as [number, number, number, number];
  return { x: x1, top: box[3]! - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}
