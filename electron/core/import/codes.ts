// Codes as plans write them at the start of a cell: "5.1", "5.1.1", "5.1.1.1", "5.1.2.4." (a trailing dot),
// "5.4.1.1 (a)" (a suffix). The depth (number of parts) tells the level a code is written for.

export interface LeadingCode {
  /** The code as stored: parts joined by dots, the suffix kept ("5.4.1.1 (a)"). */
  readonly code: string;
  /** Number of numeric parts: "5.1" is 2, "5.1.1.1" is 4. */
  readonly depth: number;
  readonly parts: readonly number[];
  /** The text after the code. */
  readonly rest: string;
  readonly trailingDot: boolean;
  readonly suffix: string | null;
}

// Parts of up to 3 digits (a year such as "2019 onwards" is not a code); a suffix "(a)" or "a)" after it.
const CODE = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?:\s*\(([a-zA-Z]|[ivx]{1,4})\))?(?=$|\s|[A-Za-z(])\s*/;

/** Reads the code at the start of a cell; null when the cell does not start with one. */
export function readLeadingCode(text: string): LeadingCode | null {
  const trimmed = text.trim();
  const m = CODE.exec(trimmed);
  if (!m) return null;
  const numbers = m[1]!;
  const parts = numbers.split('.').map(Number);
  const rest = trimmed.slice(m[0].length).trim();
  // "2 agencies" or "100 days" is a number, not a code: a single part must stand alone or be followed by a capital.
  if (parts.length === 1 && rest !== '' && !/^[A-Z(]/.test(rest)) return null;
  const suffix = m[3] ? m[3].toLowerCase() : null;
  return {
    code: suffix ? `${numbers} (${suffix})` : numbers,
    depth: parts.length,
    parts,
    rest,
    trailingDot: m[2] === '.',
    suffix,
  };
}

/** The code one level up: "5.2.1.7" → "5.2.1". */
export function parentCode(code: LeadingCode): string {
  return code.parts.slice(0, -1).join('.');
}

/** Does `code` continue `parent` ("5.2.1.3" under "5.2.1")? */
export function isUnder(code: LeadingCode, parent: LeadingCode): boolean {
  return code.depth === parent.depth + 1 && parent.parts.every((p, i) => code.parts[i] === p);
}

/** The most common depth among codes; null when there are none. */
export function usualDepth(depths: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const d of depths) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && depth < best)) {
      best = depth;
      bestCount = count;
    }
  }
  return best;
}
