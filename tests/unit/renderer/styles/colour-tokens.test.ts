// Colours only through tokens: renderer/src/styles/tokens.css is the one file where a colour is written as a value.
// Every other style sheet, inline style, SVG attribute and script of the renderer (print pages included) names a
// token with var(--…), so that a colour is changed in one place. This test reads the sources and fails on any
// colour written out elsewhere (#hex, rgb()/hsl() and the like, a colour's name), and on a var() naming a custom
// property that nothing defines (a misspelt token renders as no colour at all, silently).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
const SOURCES = join(root, 'renderer/src');
const TOKENS = 'renderer/src/styles/tokens.css';

/**
 * Colours that must stay written out, each with its reason. Nothing else is let through: a colour found elsewhere
 * fails, and so does an exception that no longer matches anything (it would let a later colour through unseen).
 */
const EXCEPTIONS: readonly { readonly file: string; readonly colour: string; readonly token: string; readonly reason: string }[] = [
  {
    file: 'renderer/src/styles/base.css',
    colour: '%23445261',
    token: '--text-secondary',
    reason: "the list's arrow is an SVG image in a data: URL, which cannot read custom properties; it is drawn in --text-secondary's value",
  },
];

/** The CSS named colours (CSS Color 4), which would bypass the tokens as surely as a #hex. */
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue
  chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey
  darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray
  darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen
  fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender
  lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey
  lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
  magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen
  mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange
  orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
  rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray
  slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`.split(/\s+/),
);

const HEX = /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;
/** A #hex inside a data: URL, where '#' is written %23. */
const ENCODED_HEX = /%23(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(css|tsx?)$/.test(entry.name) ? [path] : [];
  });
}

const rendererFiles = [...filesUnder(SOURCES), join(root, 'renderer/index.html'), join(root, 'renderer/print.html')].map((path) => ({
  file: relative(root, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** CSS without its comments, each comment's characters kept as spaces so that line numbers hold. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function rawColoursIn(text: string): { index: number; text: string }[] {
  return [HEX, ENCODED_HEX, COLOUR_FUNCTION].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] })));
}

/** Declaration values of a style sheet (after the colon, up to ';' or '}'), where a colour's name would be a colour. */
function namedColoursInCss(css: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (const declaration of css.matchAll(/(?<=[{;]\s*)[\w-]+\s*:([^;{}]*)/g)) {
    const valueStart = declaration.index + declaration[0].length - declaration[1]!.length;
    for (const word of declaration[1]!.matchAll(/(?<![\w-])[a-z]+(?![\w-])/gi)) {
      if (NAMED_COLOURS.has(word[0].toLowerCase())) found.push({ index: valueStart + word.index, text: word[0] });
    }
  }
  return found;
}

function findingsInCss(file: string, text: string): Finding[] {
  const css = withoutComments(text);
  return [...rawColoursIn(css), ...namedColoursInCss(css)].map((m) => ({ file, line: lineAt(text, m.index), text: m.text }));
}

/** In scripts, colours are written in strings (an attribute's value, a style's, a grid theme's): only strings are read. */
function findingsInScript(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const start = node.getStart(source);
      for (const m of rawColoursIn(node.text)) findings.push({ file, line: lineAt(text, start), text: m.text });
      if (NAMED_COLOURS.has(node.text.trim().toLowerCase())) findings.push({ file, line: lineAt(text, start), text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function findingsIn(file: string, text: string): Finding[] {
  return /\.tsx?$/.test(file) ? findingsInScript(file, text) : findingsInCss(file, text);
}

const isException = (f: Finding) => EXCEPTIONS.some((e) => e.file === f.file && e.colour.toLowerCase() === f.text.toLowerCase());
const describeFindings = (findings: readonly Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.text}`).join('\n');

describe('colours only through tokens', () => {
  const tokensText = rendererFiles.find((f) => f.file === TOKENS)?.text ?? '';
  const tokens = new Map([...tokensText.matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()]));

  it('has one tokens file that names the colours', () => {
    expect(tokensText, `${TOKENS} is missing`).not.toBe('');
    for (const name of ['--text', '--text-muted', '--surface', '--border', '--accent', '--danger', '--status-fill-completed']) {
      expect(tokens.get(name), `${name} in ${TOKENS}`).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('finds no colour written out anywhere else in the renderer', () => {
    const findings = rendererFiles.filter((f) => f.file !== TOKENS).flatMap((f) => findingsIn(f.file, f.text));
    expect(describeFindings(findings.filter((f) => !isException(f))), 'colours written out: name a token of styles/tokens.css instead').toBe('');
  });

  it('lets through only the listed exceptions, each still needed and still the colour of its token', () => {
    for (const exception of EXCEPTIONS) {
      const file = rendererFiles.find((f) => f.file === exception.file);
      expect(file, `${exception.file} (listed as an exception) is missing`).toBeDefined();
      const matches = findingsIn(exception.file, file!.text).filter((f) => f.text.toLowerCase() === exception.colour.toLowerCase());
      expect(matches.length, `${exception.colour} in ${exception.file} (${exception.reason}) is gone: take the exception out`).toBeGreaterThan(0);
      expect(tokens.get(exception.token)?.toLowerCase(), `${exception.colour} should be ${exception.token}'s value`).toBe(exception.colour.replace('%23', '#').toLowerCase());
    }
  });

  it('would catch each way of writing a colour out', () => {
    const css = `.a { color: #1c2733; border: 1px solid rgba(0, 0, 0, 0.1); background: white url("data:image/svg+xml,%3Csvg stroke='%23fff'/%3E"); fill: hsl(0 0% 0%); }
      /* a comment may say #fff */ .b { color: var(--text); border-color: transparent; font-family: 'Liberation Sans'; }`;
    expect(findingsInCss('a.css', css).map((f) => f.text)).toEqual(['#1c2733', '%23fff', 'rgba(', 'hsl(', 'white']);
    const tsx = `// issue #123 in a comment\nconst a = <rect fill="#fff" stroke={'red'} />;\nconst b = { color: \`rgb(\${1}, 2, 3)\` };\nconst c = 'var(--text)';`;
    expect(findingsInScript('a.tsx', tsx).map((f) => `${f.line} ${f.text}`)).toEqual(['2 #fff', '2 red', '3 rgb(']);
  });

  it('names in var() only custom properties that are defined', () => {
    const defined = new Set<string>();
    for (const { file, text } of rendererFiles) {
      const source = file.endsWith('.css') ? withoutComments(text) : text;
      for (const m of source.matchAll(/(?<![\w-])(--[\w-]+)\s*:/g)) defined.add(m[1]!);
      // Set from scripts, as a style's key: style={{ ['--preview-zoom' as string]: zoom }}.
      for (const m of source.matchAll(/\[\s*['"](--[\w-]+)['"](?:\s+as\s+string)?\s*\]\s*:/g)) defined.add(m[1]!);
    }
    const undefinedUses = rendererFiles.flatMap(({ file, text }) =>
      [...text.matchAll(/var\((--[\w-]+)(?![\w-]*\$)/g)].filter((m) => !defined.has(m[1]!)).map((m) => `${file}:${lineAt(text, m.index)} ${m[1]}`),
    );
    expect(undefinedUses.join('\n'), 'var() naming a custom property nothing defines').toBe('');
  });
});
