// An action led jointly goes to each lead agency, and each answers for its own part: the period's narrative (and
// support needed) keeps every agency's answer as its own paragraph, "MoIC: …", so that one agency's return never
// overwrites another's. A paragraph is replaced only by a later answer of the same agency.

const SEPARATOR = '\n\n';

function paragraphsOf(text: string): string[] {
  return text.trim() === '' ? [] : text.split(/\n{2,}/);
}

function headOf(agency: string): string {
  return `${agency}: `;
}

/** The agency's own paragraph of a jointly led action's text, without its "MoIC: " head ('' when it has none). */
export function paragraphOf(text: string, agency: string): string {
  const head = headOf(agency);
  return paragraphsOf(text).find((p) => p.startsWith(head))?.slice(head.length) ?? '';
}

/** The text with the agency's paragraph set to `answer` (added at the end when it had none); the others kept. */
export function withParagraph(text: string, agency: string, answer: string): string {
  const head = headOf(agency);
  // Blank lines inside one answer would split it into paragraphs of nobody: kept as single line breaks.
  const own = `${head}${answer.trim().replace(/\n{2,}/g, '\n')}`;
  const paragraphs = paragraphsOf(text);
  const at = paragraphs.findIndex((p) => p.startsWith(head));
  if (at >= 0) paragraphs[at] = own;
  else paragraphs.push(own);
  return paragraphs.join(SEPARATOR);
}
