// The workbook part and its relationships: where the workbook is (the package's _rels/.rels names it), its
// sheets in order with their visibility, the date system, and the parts its relationships point to
// (worksheets, shared strings, styles), resolved relative to the workbook's folder as OPC says.
import { AppError } from '../../../../shared/result';
import type { StreamedZip } from '../../zip/safe-zip';
import type { DateSystem } from './cell-values';
import { attributeOf, readXmlPart, relationshipIdOf, type PartEncoding } from './xml-part';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheet {
  readonly name: string;
  readonly state: SheetState;
  /** The worksheet part; null for a chart sheet or a dialog sheet, which hold no cells. */
  readonly part: string | null;
}

export interface WorkbookStructure {
  readonly sheets: readonly WorkbookSheet[];
  readonly dateSystem: DateSystem;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  /** How the workbook part's bytes were written. */
  readonly encoding: PartEncoding;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Resolves a relationship's target against the folder of the part that holds it ("" for the package root). */
export function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  const resolved: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** The internal relationships of a part, by id, with their targets resolved. */
function readRelationships(zip: StreamedZip, ofPart: string, fileName: string): Map<string, Relationship> {
  const folder = folderOf(ofPart);
  const relationships = new Map<string, Relationship>();
  readXmlPart(zip, `${folder}_rels/${ofPart.slice(folder.length)}.rels`, fileName, 'relationships', {
    open(name, element) {
      if (name !== 'Relationship' || attributeOf(element, 'TargetMode') === 'External') return;
      const id = attributeOf(element, 'Id');
      const target = attributeOf(element, 'Target');
      if (id && target) relationships.set(id, { type: attributeOf(element, 'Type') ?? '', target: resolveTarget(folder, target) });
    },
    close() {},
    text() {},
  });
  return relationships;
}

const is = (type: string, kind: string) => type.endsWith(`/${kind}`);

/** Reads the workbook's structure; refuses an archive that holds no workbook. */
export function readWorkbookStructure(zip: StreamedZip, fileName: string): WorkbookStructure {
  const root = readRelationships(zip, '', fileName);
  const workbookPart = [...root.values()].find((r) => is(r.type, 'officeDocument'))?.target ?? 'xl/workbook.xml';
  const relationships = readRelationships(zip, workbookPart, fileName);
  const sheets: { name: string; state: SheetState; id: string | null }[] = [];
  let dateSystem: DateSystem = 1900;
  const encoding = readXmlPart(zip, workbookPart, fileName, 'spreadsheet', {
    open(name, element) {
      if (name === 'sheet') {
        const state = attributeOf(element, 'state');
        sheets.push({
          name: attributeOf(element, 'name') ?? `Sheet${sheets.length + 1}`,
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          id: relationshipIdOf(element),
        });
      } else if (name === 'workbookPr') {
        const date1904 = attributeOf(element, 'date1904');
        if (date1904 === '1' || date1904 === 'true') dateSystem = 1904;
      }
    },
    close() {},
    text() {},
  });
  if (!encoding) throw new AppError('bad_file', `${fileName}: this zip archive is not an .xlsx workbook (it has no ${workbookPart})`);
  // Some hand-made workbooks leave out the relationship to the shared strings or styles; the usual name still finds them.
  const partOf = (kind: string) =>
    [...relationships.values()].find((r) => is(r.type, kind))?.target ?? (zip.names.has(`${folderOf(workbookPart)}${kind}.xml`) ? `${folderOf(workbookPart)}${kind}.xml` : null);
  return {
    sheets: sheets.map((s) => {
      const relationship = s.id ? relationships.get(s.id) : undefined;
      return { name: s.name, state: s.state, part: relationship && is(relationship.type, 'worksheet') ? relationship.target : null };
    }),
    dateSystem,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
    encoding,
  };
}
