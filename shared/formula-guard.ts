// The guard against formula injection in CSV: a text cell that a spreadsheet would run as a formula gets a
// leading apostrophe on export, and loses it again on import, so that an exported plan reads back exactly.
//
// A spreadsheet runs a cell as a formula when it starts with =, +, - or @ — after spaces too, and in their
// full-width forms (＝ ＋ － ＠, which Excel in East Asian locales takes as the same signs) — and a tab or a
// carriage return at the start can hide one. Those cells are guarded. So that the importer can tell the
// guard from an apostrophe a person typed, a text whose leading apostrophes hide such a start is guarded
// too ("'=x" is written "''=x"): then a cell is guarded exactly when, without one leading apostrophe, it
// would itself need the guard, and removing that apostrophe is the exact inverse of adding it. A CSV is
// plain text with nowhere to keep a marker saying which cells were guarded, and this rule needs none.

const FORMULA_START = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

function needsGuard(text: string): boolean {
  let start = 0;
  while (text.charCodeAt(start) === 0x27) start++;
  return FORMULA_START.test(start === 0 ? text : text.slice(start));
}

/** The text as a CSV cell: with a leading apostrophe when a spreadsheet would run it as a formula. */
export function neutraliseFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** A CSV cell's text without the apostrophe neutraliseFormula put there; any other text as it is. */
export function removeFormulaGuard(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}
