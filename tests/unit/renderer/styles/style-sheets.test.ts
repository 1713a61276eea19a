// Styles beside what they style: a view's or a part's style sheet sits in its folder, named after it, and is imported by
// it; renderer/src/styles keeps only what every screen shares. This test keeps that shape: it fails on a new sheet in
// styles/ and on a sheet that nothing imports (left behind by a move, it would style nothing and mislead).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
const SOURCES = join(root, 'renderer/src');

/** The global sheets, imported first by the entries (app/main.tsx, print/main.tsx), each with what it holds. */
const GLOBAL_SHEETS: Readonly<Record<string, string>> = {
  'tokens.css': 'every colour, the fonts, radius and shadows',
  'base.css': 'the reset and the controls every screen uses',
  'fonts.css': 'the bundled faces (Dzongkha), for the app and the printed packs alike',
  'layout.css': "the window's column and the frame the table views share",
  'dialog.css': 'modal dialogs',
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const files = filesUnder(SOURCES);
const name = (path: string) => relative(SOURCES, path).split('\\').join('/');

describe('style sheets beside what they style', () => {
  it('keeps in styles/ only the global sheets', () => {
    const central = readdirSync(join(SOURCES, 'styles')).sort();
    expect(central, 'a view\'s or a part\'s sheet belongs in its own folder, beside the component that imports it').toEqual(Object.keys(GLOBAL_SHEETS).sort());
  });

  it('has every sheet imported by a module (or an entry, for the global ones)', () => {
    const imported = new Set<string>();
    for (const file of files.filter((f) => /\.tsx?$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^import '(\.{1,2}\/[^']+\.css)';$/gm)) imported.add(name(resolve(dirname(file), m[1]!)));
    }
    const sheets = files.filter((f) => f.endsWith('.css')).map(name);
    expect(sheets.filter((sheet) => !imported.has(sheet)).join('\n'), 'style sheets nothing imports').toBe('');
  });

  it('loads the tokens first in both entries, before any module brings its own sheet', () => {
    for (const entry of ['app/main.tsx', 'print/main.tsx']) {
      const firstImport = /^import [^;]*;$/m.exec(readFileSync(join(SOURCES, entry), 'utf8'))?.[0];
      expect(firstImport, `${entry}'s first import`).toBe("import '../styles/tokens.css';");
    }
  });
});
