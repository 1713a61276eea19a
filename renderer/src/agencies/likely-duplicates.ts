// Which agencies of the registry are likely the same as the one being merged, so that the merge dialog can offer
// them first. Kept simple on purpose, three rules, strongest first:
//   1. same acronym, ignoring case ("MoiC" and "MoIC"; DOI twice is two departments, yet worth a look);
//   2. the same name once simplified: case, punctuation and "&"/"and" ignored, and a leading "The", "Royal",
//      "Ministry of", "Department of" or "Office of" dropped ("Ministry of Home & Cultural Affairs" = "Home and
//      cultural affairs"); an acronym, name or alias of one equal to an alias of the other counts the same;
//   3. one simplified name containing the other, as whole words ("GovTech Agency" and "GovTech").
// Anything else is left to the analyst's search.

export interface AgencyNames {
  readonly id: string;
  readonly acronym: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
}

export type DuplicateReason = 'same-acronym' | 'same-name' | 'name-contains';

export interface LikelyDuplicate<A extends AgencyNames> {
  readonly agency: A;
  readonly reason: DuplicateReason;
}

const RANK: Readonly<Record<DuplicateReason, number>> = { 'same-acronym': 0, 'same-name': 1, 'name-contains': 2 };

const LEADING_WORDS = /^(?:(?:the|royal|ministry of|department of|dept of|office of)\s+)+/;

/** A name as the rules compare it: "Ministry of Home & Cultural Affairs" → "home and cultural affairs". */
export function simplifiedName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_WORDS, '');
}

/** Whether `inner` stands in `outer` as whole words; too short a name (under 4 letters) says nothing. */
function containsWords(outer: string, inner: string): boolean {
  return inner.length >= 4 && outer !== inner && ` ${outer} `.includes(` ${inner} `);
}

function reasonOf(merged: AgencyNames, other: AgencyNames): DuplicateReason | null {
  if (merged.acronym && other.acronym && merged.acronym.trim().toLowerCase() === other.acronym.trim().toLowerCase()) return 'same-acronym';
  const names = (a: AgencyNames) => [a.acronym, a.name, ...a.aliases].filter((n): n is string => !!n).map(simplifiedName).filter((n) => n !== '');
  const [mine, theirs] = [names(merged), names(other)];
  const [myName, theirName] = [simplifiedName(merged.name), simplifiedName(other.name)];
  if (myName !== '' && myName === theirName) return 'same-name';
  if (mine.some((n) => theirs.includes(n))) return 'same-name';
  if (containsWords(myName, theirName) || containsWords(theirName, myName)) return 'name-contains';
  return null;
}

/** The agencies likely to be `merged` written another way, strongest reason first, then by acronym or name. */
export function likelyDuplicates<A extends AgencyNames>(merged: AgencyNames, agencies: readonly A[]): LikelyDuplicate<A>[] {
  const found: LikelyDuplicate<A>[] = [];
  for (const agency of agencies) {
    if (agency.id === merged.id) continue;
    const reason = reasonOf(merged, agency);
    if (reason) found.push({ agency, reason });
  }
  const label = (a: AgencyNames) => a.acronym ?? a.name;
  return found.sort((x, y) => RANK[x.reason] - RANK[y.reason] || label(x.agency).localeCompare(label(y.agency), 'en', { sensitivity: 'base' }));
}

/** Whether an agency answers what the analyst typed: a part of its acronym, name or an alias, ignoring case. */
export function matchesSearch(agency: AgencyNames, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return true;
  return [agency.acronym ?? '', agency.name, ...agency.aliases].some((text) => text.toLowerCase().includes(wanted));
}
