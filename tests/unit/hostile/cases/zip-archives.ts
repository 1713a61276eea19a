// Zip archives (.pmupack packages, .xlsx workbooks) that other tools would unpack elsewhere than PlanDesk reads them
// (issue 19, item 7): local headers that name another path than the central directory, symbolic links.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { createPack } from '../../../../electron/core/packages/create-pack';
import { testContext } from '../../support/workspace';
import type { Bench, HostileCase } from '../bench';
import { PLAN_HEADER, PLAN_ROW, rowXml, writeWorkbook } from '../makers';

/** The bench's plan as a genuine package, its entries unpacked. */
async function genuinePack(bench: Bench): Promise<Record<string, Uint8Array>> {
  const path = join(bench.folder, 'genuine.pmupack');
  await createPack(bench.connection.db, testContext(), bench.planId!, path);
  return unzipSync(new Uint8Array(readFileSync(path)));
}

/** Renames an entry in its local header only (same length, so every offset stays right). */
function renameLocalHeader(zip: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('names of the same length only');
  const name = new TextEncoder().encode(from);
  for (let at = 0; at + 30 + name.length <= zip.length; at++) {
    if (zip[at] !== 0x50 || zip[at + 1] !== 0x4b || zip[at + 2] !== 3 || zip[at + 3] !== 4) continue;
    if (name.every((byte, i) => zip[at + 30 + i] === byte)) {
      zip.set(new TextEncoder().encode(to), at + 30);
      return zip;
    }
  }
  throw new Error(`no local header for ${from}`);
}

/** Attributes of a Unix symbolic link (mode 0120777), as zip -y writes them. */
const SYMLINK = { os: 3, attrs: (0o120777 << 16) >>> 0 };

export const ZIP_ARCHIVE_CASES: readonly HostileCase[] = [
  {
    name: 'a package whose local header names "../../e.json" where its directory says "history.json" is refused',
    start: 'plan',
    entry: 'unpack',
    make: async (bench) => {
      const path = join(bench.folder, 'two-names.pmupack');
      writeFileSync(path, renameLocalHeader(zipSync(await genuinePack(bench)), 'history.json', '../../e.json'));
      return path;
    },
    expect: { refused: /^two-names\.pmupack: entry "history\.json" is named "\.\.\/\.\.\/e\.json" in its own header; an archive whose names disagree is refused$/ },
  },
  {
    name: 'a package holding a symbolic link is refused',
    start: 'plan',
    entry: 'unpack',
    make: async (bench) => {
      const entries = await genuinePack(bench);
      const files: Zippable = { ...entries, 'snapshots.json': [entries['snapshots.json']!, SYMLINK] };
      const path = join(bench.folder, 'link.pmupack');
      writeFileSync(path, zipSync(files));
      return path;
    },
    expect: { refused: /^link\.pmupack: entry "snapshots\.json" is a symbolic link, which the package never holds; refused$/ },
  },
  {
    name: 'a workbook whose worksheet is a symbolic link is refused',
    start: 'empty',
    entry: 'import',
    make: ({ folder }) => {
      const genuine = unzipSync(new Uint8Array(readFileSync(writeWorkbook(join(folder, 'genuine.xlsx'), [{ name: 'Plan', sheetData: rowXml(1, PLAN_HEADER) + rowXml(2, PLAN_ROW) }]))));
      const files: Zippable = { ...genuine, 'xl/worksheets/sheet1.xml': [genuine['xl/worksheets/sheet1.xml']!, SYMLINK] };
      const path = join(folder, 'link.xlsx');
      writeFileSync(path, zipSync(files));
      return path;
    },
    expect: { refused: /^link\.xlsx: entry "xl\/worksheets\/sheet1\.xml" is a symbolic link, which the workbook never holds; refused$/ },
  },
];
