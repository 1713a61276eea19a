// Agency cells as plans write them: "BICMA/MoIC", "MoiC, GNH, Mof and RSC", "BCIRT-DITT-MoiC" (a unit path:
// BCIRT within DITT within MoIC), "Ministry of Finance (MoF)", "MoIC(BCIRT)", groups such as
// "All Government Agencies" or "Respective Agencies", and notes ("NCS-WG Refer Annexure").
// Pure: the registry is consulted only through `isKnown`, so the grid editor can reuse this.

export interface AgencyMention {
  /** The words naming it, as written ("MoiC", "Cabinet Secretariat", "All Government Agencies"). */
  readonly text: string;
  readonly kind: 'agency' | 'group';
  /** From the unit to its outermost parent: ["BCIRT", "DITT", "MoiC"]; [text] when not a unit path. */
  readonly path: readonly string[];
  /** Written as "Name (ACRONYM)": both halves. */
  readonly name: string | null;
  readonly acronym: string | null;
}

export interface AgencyCellReading {
  readonly mentions: readonly AgencyMention[];
  /** Words that name no agency ("Refer Annexure"). */
  readonly note: string;
}

export interface AgencyNameOptions {
  /** Whether the registry (or the file's stakeholder list) knows this acronym, name or alias. */
  readonly isKnown?: (text: string) => boolean;
}

const GROUP_START = /^(all|respective|relevant|concerned|other|the|any|various|identified|line|participating|member|implementing)\b/i;
const GROUP_NOUN =
  /\b(agenc(y|ies)|ministries|owners?|stakeholders|organi[sz]ations|departments|dzongkhags|thromdes|gewogs|institutions|sectors|bodies|offices|members|partners|parties|entities|users|providers|operators|communities|schools|colleges|ngos|csos)\b/i;
const GROUP_END = /\b(agencies|ministries|owners|stakeholders|organi[sz]ations|departments|institutions|sectors|bodies|offices|partners|entities|users|providers|operators)$/i;
const INSTITUTION_WORD =
  /^(ministry|department|division|office|commission|authority|agency|council|board|bureau|cabinet|secretariat|corporation|company|association|institute|university|college|centre|center|court|parliament|government|unit|committee|dzongkhag|thromde|gewog|royal|national|bhutan|druk)\b/i;
const NOTE = /\s*[-–(]?\s*\b(refer|see|as per|please refer|vide|ref\.)\b.*$/i;

const SHORT_WORDS = new Set(['all', 'the', 'any', 'and', 'for', 'each', 'some', 'line', 'key', 'new', 'non', 'our', 'its', 'one', 'two', 'see', 'per', 'via', 'from', 'with', 'also', 'both', 'main', 'lead', 'team', 'unit']);

/** "MoIC", "DITT", "Mof", "ISPs": one short word with capitals. */
export function looksLikeAcronym(word: string): boolean {
  if (!/^[A-Z][A-Za-z0-9&]{1,11}$/.test(word) || SHORT_WORDS.has(word.toLowerCase())) return false;
  const capitals = word.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 || word.length <= 4;
}

/** "All Government Agencies", "Respective Agencies", "Application owners", "ISPs" (a plural acronym). */
export function isGroupPhrase(text: string): boolean {
  const t = text.trim();
  if (/^[A-Z]{2,}s$/.test(t)) return true;
  if (/^(all|respective|relevant|concerned)$/i.test(t)) return true;
  // "MoIC/All Government agencies", "RGoB and Application owners": a list that starts with an agency.
  if (looksLikeAcronym(t.split(/[\s/,;]+/)[0] ?? '')) return false;
  if (GROUP_START.test(t) && GROUP_NOUN.test(t)) return true;
  // "Association of Bhutanese Tour Operators" is one body, "Government agencies" a group.
  return GROUP_END.test(t) && !/^\w+ of\b/i.test(t);
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '')
    .trim();
}

/** Splits at a separator that is not inside parentheses. */
function splitOutsideParentheses(text: string, separator: RegExp): string[] {
  // A sticky copy of the separator is tried at each position (no slicing: cells can be long).
  const sticky = new RegExp(separator.source.replace(/^\^/, ''), `${separator.flags.replace(/[gy]/g, '')}y`);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        parts.push(text.slice(start, i));
        i += m[0].length;
        start = i;
        continue;
      }
    }
    i++;
  }
  parts.push(text.slice(start));
  return parts.map(tidy).filter((p) => p !== '');
}

/** Could this piece stand alone as an agency, so that " and " around it separates two agencies? */
function standsAlone(piece: string, isKnown: (t: string) => boolean): boolean {
  const t = tidy(piece);
  return isKnown(t) || looksLikeAcronym(t) || isGroupPhrase(t) || INSTITUTION_WORD.test(t) || /^[A-Z][A-Za-z0-9&]*-[A-Za-z0-9&-]+$/.test(t);
}

function splitOnAnd(piece: string, isKnown: (t: string) => boolean): string[] {
  if (isKnown(piece)) return [piece];
  const halves = splitOutsideParentheses(piece, /^\s+(and|&)\s+/i);
  if (halves.length < 2) return [piece];
  return halves.every((h) => standsAlone(h, isKnown)) ? halves : [piece];
}

function unitPath(word: string, isKnown: ((t: string) => boolean) | undefined): string[] | null {
  if (!/^[A-Za-z][A-Za-z0-9&]*(-[A-Za-z][A-Za-z0-9&]*)+$/.test(word)) return null;
  const segments = word.split('-');
  if (!segments.every(looksLikeAcronym)) return null;
  if (isKnown) {
    if (isKnown(word)) return null;
    // "NCS-WG" is one name; "GDC-DITT-MoIC" a path: the outermost part must be a known agency, or the path long.
    if (!isKnown(segments[segments.length - 1]!) && segments.length < 3) return null;
  }
  return segments;
}

function mentionOf(piece: string, isKnown: ((t: string) => boolean) | undefined): AgencyMention[] {
  const text = tidy(piece);
  if (text === '') return [];
  if (isGroupPhrase(text)) return [{ text, kind: 'group', path: [text], name: null, acronym: null }];
  const inParentheses = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  if (inParentheses) {
    const outside = tidy(inParentheses[1]!);
    const inside = tidy(inParentheses[2]!);
    if (outside !== '' && looksLikeAcronym(inside) && !looksLikeAcronym(outside)) {
      return [{ text, kind: 'agency', path: [inside], name: outside, acronym: inside }];
    }
    if (looksLikeAcronym(outside) && looksLikeAcronym(inside)) {
      // "MoIC(BCIRT)": BCIRT within MoIC.
      return [{ text, kind: 'agency', path: [inside, outside], name: null, acronym: inside }];
    }
    if (outside !== '' && !looksLikeAcronym(inside)) return mentionOf(outside, isKnown);
  }
  const path = unitPath(text, isKnown);
  if (path) return [{ text, kind: 'agency', path, name: null, acronym: path[0]! }];
  return [{ text, kind: 'agency', path: [text], name: null, acronym: looksLikeAcronym(text) ? text : null }];
}

/** Reads an agency cell into the agencies and groups it names, in order. */
export function parseAgencyCell(cell: string, options: AgencyNameOptions = {}): AgencyCellReading {
  const isKnown = options.isKnown ?? (() => false);
  let text = cell.replace(/\s+/g, ' ').trim();
  let note = '';
  const noteMatch = NOTE.exec(text);
  if (noteMatch && noteMatch.index > 0) {
    note = tidy(noteMatch[0]);
    text = text.slice(0, noteMatch.index);
  }
  text = tidy(text);
  if (text === '') return { mentions: [], note };
  if (isKnown(text) || isGroupPhrase(text)) return { mentions: mentionOf(text, options.isKnown), note };

  const mentions: AgencyMention[] = [];
  for (const listed of splitOutsideParentheses(text, /^(\s*[,;\n]\s*|\s+[-–]\s+)/)) {
    for (const joined of splitOnAnd(listed, isKnown)) {
      // "MoIC/All Government agencies", "Dzongkhag/Thromde"; not "component/domain" inside a phrase.
      const slashParts = isKnown(joined) || isGroupPhrase(joined) ? [joined] : splitOutsideParentheses(joined, /^\s*\/\s*/);
      const sensible = slashParts.length < 2 || slashParts.every((p) => standsAlone(p, isKnown) || /^[A-Z]/.test(p));
      for (const piece of sensible ? slashParts : [joined]) mentions.push(...mentionOf(piece, options.isKnown));
    }
  }
  return { mentions, note };
}

/** Whether a cell reads as agencies (used to tell an agency column from its neighbours in a shifted row). */
export function looksLikeAgencyCell(cell: string, options: AgencyNameOptions = {}): boolean {
  const text = cell.trim();
  if (text === '' || text.length > 150) return false;
  const { mentions } = parseAgencyCell(text, options);
  if (mentions.length === 0) return false;
  const isKnown = options.isKnown ?? (() => false);
  return mentions.every(
    (m) => m.kind === 'group' || m.path.every((p) => looksLikeAcronym(p) || isKnown(p)) || INSTITUTION_WORD.test(m.text) || isKnown(m.text),
  );
}
