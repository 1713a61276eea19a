// What a column holds, read from its header in the words M&E plans use in English, and where the header is:
// a plan sheet often starts with a title row, and its header may spread over two rows
// ("Timeline" above "Start date" / "End date").
import type { MergedRange } from './sheet';
import { readLeadingCode } from './codes';
import { parseTimelineDate } from '../../../shared/months';
import type { ImportField as SharedImportField } from '../../../shared/domain';
import { IMPORT_FIELD_LABELS } from '../../../shared/vocab/import-fields';

export type ImportField = SharedImportField;

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = IMPORT_FIELD_LABELS;

// Checked in this order: the first rule that matches gives the meaning. Specific words come before the
// general ones ("Outcome indicator" is an indicator, "Implementation status" a status, "Policy statement" a statement).
const RULES: readonly (readonly [ImportField, RegExp])[] = [
  ['code', /^(code|no|nos|number|#|s ?n|sl ?no|sr ?no|s no|ref|ref no|reference|id|sl|sr)$|\bcode$|\b(no|ref|#)$/],
  ['indicator', /\bindicator|\bkpi|key performance|\bmetric|measure of (success|progress)/],
  ['baseline', /\bbase ?line/],
  ['target', /\btarget/],
  ['remarks', /\bremark|\bcomment|\bnote|\bobservation|\bexplanation|\bnarrative|\bupdate|\bjustification/],
  ['status', /\bstatus|\bprogress|\bstage\b/],
  ['fund', /\bfund|\bbudget|\bfinanc|\bcost|\bresource/],
  ['collaborators', /collaborat|\bpartner|\bsupport|co ?lead|other agenc|contributing|\bstakeholder|\bassist/],
  ['lead', /\blead|responsib|implementing agenc|accountab|\bowner|executing|\bagency$|\bagencies$|\bministry$/],
  ['start', /\bstart|\bbegin|\bcommenc|^from$/],
  ['end', /\bend\b|\bend date|\bcompletion|\bfinish|\bdeadline|\bdue\b|^to$/],
  ['timeline', /\btimeline|\btime ?frame|\btime line|\bschedule|\bperiod|\bduration|\btiming|\bdate/],
  ['action', /\baction|\bactivit|\bdescription|\bparticulars|\bintervention|\btask|\bmeasure|\binitiative|\bdeliverable|\bproject/],
  ['statement', /\bstatement|\bobjective|\boutput|\bstrateg|\bsub ?goal|\bresult/],
  ['chapter', /\bchapter|\bpillar|focus area|\boutcome|\breform|\btheme|\barea\b|\bgoal|\bcomponent|\bsection|\bpriorit|\bdomain/],
];

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^a-z0-9#&]+/g, ' ')
    .trim();
}

/** The meaning of a header cell, or null when it names nothing the importer knows. */
export function headerMeaning(header: string): ImportField | null {
  const s = squash(header);
  if (s === '' || s.split(' ').length > 8) return null;
  for (const [field, rule] of RULES) if (rule.test(s)) return field;
  return null;
}

export interface HeaderColumn {
  readonly index: number;
  readonly header: string;
  readonly field: ImportField | null;
  /** Set when the column's meaning was already taken by an earlier column. */
  readonly duplicateOf: number | null;
}

export interface HeaderLocation {
  /** 0-based rows holding the header (one or two). */
  readonly rows: readonly number[];
  readonly columns: readonly HeaderColumn[];
}

const LEVELS: readonly ImportField[] = ['chapter', 'statement', 'action'];

function fieldsOf(texts: readonly string[]): Map<ImportField, number> {
  const found = new Map<ImportField, number>();
  texts.forEach((text, i) => {
    const field = headerMeaning(text);
    if (field && field !== 'code' && !found.has(field)) found.set(field, i);
  });
  return found;
}

/** A row that could be the second header row: every cell short, named, and none a code or a date. */
function looksLikeSubHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === 0) return false;
  return filled.every((c) => {
    const text = c.trim();
    if (readLeadingCode(text)) return false;
    const date = parseTimelineDate(text);
    if (date.kind === 'month' || date.kind === 'year') return false;
    return text.split(/\s+/).length <= 4 && headerMeaning(text) !== null;
  });
}

/** Joins a header row with the row below it, carrying a merged or spread top cell ("Timeline") over its columns. */
function joinHeaderRows(top: readonly string[], bottom: readonly string[], merges: readonly MergedRange[], topRow: number): string[] {
  const width = Math.max(top.length, bottom.length);
  const joined: string[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const upper = (top[c] ?? '').trim();
    const lower = (bottom[c] ?? '').trim();
    const merged = merges.find((m) => m.top === topRow && m.left < c && c <= m.right);
    if (upper !== '') carried = upper;
    let above = upper;
    if (above === '' && lower !== '' && (merged || carried !== '')) above = merged ? (top[merged.left] ?? '').trim() : carried;
    if (upper === '' && lower === '') carried = '';
    joined.push([above, lower].filter((t) => t !== '').join(' '));
  }
  return joined;
}

function scoreOf(found: Map<ImportField, number>): number {
  let score = found.size;
  if (found.has('action')) score += 2;
  if (LEVELS.some((l) => found.has(l))) score += 1;
  return score;
}

/**
 * Finds the header among the first rows of a sheet: the row (or pair of rows) whose cells name the most
 * plan columns. Null when no row names at least three, one of them a level of the plan.
 */
export function findHeader(rows: readonly (readonly string[])[], merges: readonly MergedRange[] = [], scanRows = 30): HeaderLocation | null {
  let best: { rows: number[]; texts: string[]; score: number } | null = null;
  for (let r = 0; r < Math.min(rows.length, scanRows); r++) {
    const texts = (rows[r] ?? []).map((t) => t.trim());
    const found = fieldsOf(texts);
    if (found.size < 3 || !LEVELS.some((l) => found.has(l))) continue;
    let candidate = { rows: [r], texts, score: scoreOf(found) };
    const below = rows[r + 1];
    if (below && looksLikeSubHeader(below)) {
      const joined = joinHeaderRows(texts, below, merges, r);
      const joinedFound = fieldsOf(joined);
      if (scoreOf(joinedFound) >= candidate.score) candidate = { rows: [r, r + 1], texts: joined, score: scoreOf(joinedFound) };
    }
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (!best) return null;
  const taken = new Map<ImportField, number>();
  const columns: HeaderColumn[] = best.texts.map((header, index) => {
    const field = headerMeaning(header);
    if (field === null) return { index, header, field: null, duplicateOf: null };
    const earlier = taken.get(field);
    if (earlier !== undefined && field !== 'code') return { index, header, field: null, duplicateOf: earlier };
    taken.set(field, index);
    return { index, header, field, duplicateOf: null };
  });
  return { rows: best.rows, columns };
}
