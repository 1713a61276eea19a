// The stakeholder list that gives acronyms and names: a section after the plan ("Stakeholder list" then rows of
// acronym and name) or a sheet of its own. One acronym may name two agencies (DOI): both are kept.
import { looksLikeAcronym } from '../agencies/agency-names';
import { readLeadingCode } from './codes';

export interface ListedAgency {
  readonly acronym: string | null;
  readonly name: string;
  /** 0-based row in its sheet. */
  readonly row: number;
}

const LIST_TITLE = /^(list of )?(stakeholders?|agencies|agency list|organi[sz]ations|acronyms|abbreviations|glossary)( list)?( and (names|abbreviations|acronyms))?\s*:?$/i;
const LIST_SHEET = /stakeholder|agenc|acronym|abbreviation|glossary|organi[sz]ation/i;

/** Is this row the title that opens a stakeholder list? */
export function isListTitle(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length === 1 && LIST_TITLE.test(filled[0]!);
}

function isAcronymWord(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9&.-]{0,14}$/.test(text) && /[A-Z]/.test(text) && (looksLikeAcronym(text) || /^[A-Z]/.test(text));
}

/** Reads one list row: acronym and name in either order, or "Name (ACR)". Null when the row is not an entry. */
export function readListRow(cells: readonly string[]): { acronym: string | null; name: string } | null {
  const filled = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '');
  if (filled.some((c) => readLeadingCode(c))) return null;
  if (filled.length === 2) {
    const [a, b] = filled as [string, string];
    if (isAcronymWord(a) && b.includes(' ')) return { acronym: a, name: b };
    if (isAcronymWord(b) && a.includes(' ')) return { acronym: b, name: a };
    if (isAcronymWord(a) && !isAcronymWord(b)) return { acronym: a, name: b };
  }
  if (filled.length === 1) {
    const m = /^(.+?)\s*\(([^()]+)\)$/.exec(filled[0]!);
    if (m && looksLikeAcronym(m[2]!.trim())) return { acronym: m[2]!.trim(), name: m[1]!.trim() };
  }
  return null;
}

/** Reads entries from `from` to the end of the rows; blank rows are skipped, other rows reported by the caller. */
export function readListRows(rows: readonly (readonly string[])[], from: number): { entries: ListedAgency[]; skipped: number[] } {
  const entries: ListedAgency[] = [];
  const skipped: number[] = [];
  for (let r = from; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    if (isListTitle(cells) || /^(acronym|abbreviation|short ?name)s?$/i.test(cells.find((c) => c.trim() !== '')?.trim() ?? '')) continue;
    const entry = readListRow(cells);
    if (entry) entries.push({ ...entry, row: r });
    else skipped.push(r);
  }
  return { entries, skipped };
}

/** Where a trailing stakeholder list starts in a plan sheet: a title row, or a run of acronym/name rows at the end. */
export function findTrailingList(rows: readonly (readonly string[])[], after: number): number | null {
  for (let r = after; r < rows.length; r++) if (isListTitle(rows[r] ?? [])) return r;
  // No title: at least three acronym/name rows closing the sheet, each with only two cells.
  let start: number | null = null;
  for (let r = rows.length - 1; r > after; r--) {
    const cells = rows[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.filter((c) => c.trim() !== '').length === 2 && readListRow(cells)) start = r;
    else break;
  }
  if (start === null) return null;
  const count = rows.slice(start).filter((cells) => readListRow(cells)).length;
  return count >= 3 ? start : null;
}

/** Is this sheet a stakeholder list (by its name, or because most of its rows are acronym/name pairs)? */
export function isListSheet(name: string | null, rows: readonly (readonly string[])[]): boolean {
  const filled = rows.filter((cells) => cells.some((c) => c.trim() !== ''));
  if (filled.length === 0) return false;
  const pairs = filled.filter((cells) => readListRow(cells)).length;
  if (name && LIST_SHEET.test(name)) return pairs >= 1;
  return pairs >= 3 && pairs >= filled.length * 0.7;
}
