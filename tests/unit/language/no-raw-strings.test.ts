// No words typed straight into the interface where it speaks the catalogue: in the folders converted so far, a JSX
// text with letters, or an aria-label, title, placeholder or alt written as a literal, fails here with its place.
// Every folder of the renderer is looked at but those in NOT_YET, which leave it once their words go through the
// catalogue (shared/language); the words that are not language (a product's name, a key's name) are in NOT_WORDS.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NOT_YET = new Set<string>([]);
const CONVERTED = readdirSync(join(ROOT, 'renderer', 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_YET.has(entry.name))
  .map((entry) => `renderer/src/${entry.name}`);
const WORD_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
/** Text that reads the same in every language: the product's name, and examples of months as the grid reads them. */
const NOT_WORDS = new Set(['PlanDesk', 'Jul 2025', 'Jun 2026']);

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function rawWords(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const place = (node: ts.Node) => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const words = node.text.trim();
      if (/\p{L}/u.test(words) && !NOT_WORDS.has(words)) found.push(`${place(node)} "${words}"`);
    } else if (ts.isJsxAttribute(node) && WORD_ATTRIBUTES.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (/\p{L}/u.test(node.initializer.text) && !NOT_WORDS.has(node.initializer.text)) found.push(`${place(node)} ${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the converted folders', () => {
  it('show no words that bypass the catalogue', () => {
    const found = CONVERTED.flatMap(sourcesUnder).flatMap(rawWords);
    expect(found).toEqual([]);
  });

  it('are found where this test looks for them', () => {
    expect(CONVERTED.flatMap(sourcesUnder).length).toBeGreaterThan(10);
  });
});
