// An ESLint rule: an import that leads, through the project's own files, back to the file that makes it closes an
// import cycle, and is refused. The linted file's imports are read from its text as linted; every other file's from
// disk (TypeScript's own pre-processor lists them: imports, `import type`, re-exports, import()). Only files under the
// `roots` given (relative to the working folder) are followed.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function isSourceFile(path) {
  if (!/\.tsx?$/.test(path)) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a relative import names, or null (a package, or not a TypeScript file). */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  for (const ending of CANDIDATES) if (isSourceFile(base + ending)) return base + ending;
  return null;
}

/** Each file's imports as written on disk, kept while the file is unchanged. */
const importsOnDisk = new Map();

function importsOf(file) {
  const { mtimeMs } = statSync(file);
  const kept = importsOnDisk.get(file);
  if (kept && kept.mtimeMs === mtimeMs) return kept.targets;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((target) => target !== null);
  importsOnDisk.set(file, { mtimeMs, targets });
  return targets;
}

/** The shortest chain of imports from `start` back to `file`, or null when none leads there. */
function chainBack(start, file, inScope) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === file) {
      const chain = [];
      for (let at = current; at !== null; at = cameFrom.get(at)) chain.unshift(at);
      return chain;
    }
    for (const next of importsOf(current)) {
      if (cameFrom.has(next) || !inScope(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse an import that closes a cycle of imports among the project\'s files' },
    schema: [{ type: 'object', properties: { roots: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: { cycle: 'This import closes an import cycle: {{chain}}. Move what both need into a file below them.' },
  },
  create(context) {
    const cwd = context.cwd;
    const roots = (context.options[0]?.roots ?? ['.']).map((root) => resolve(cwd, root) + sep);
    const inScope = (path) => roots.some((root) => path.startsWith(root));
    const file = resolve(context.filename);
    if (!inScope(file)) return {};
    const check = (source) => {
      if (typeof source?.value !== 'string') return;
      const target = resolveImport(file, source.value);
      if (target === null || !inScope(target)) return;
      const chain = chainBack(target, file, inScope);
      if (chain) context.report({ node: source, messageId: 'cycle', data: { chain: [file, ...chain].map((f) => relative(cwd, f)).join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
