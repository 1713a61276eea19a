// Cell text as the importer reads it: HTML markup removed, spaces tidied.

const NEEDS_CLEANING = /[\r\n\t\u00a0<&]| {2}/;

/** Removes HTML markup ("<b>e-Gov policy</b>") and tidies spaces; keeps line breaks. */
export function cleanCell(raw: string): { text: string; hadMarkup: boolean } {
  // Most cells need nothing: no markup, no line breaks or runs of spaces, nothing to trim.
  if (!NEEDS_CLEANING.test(raw) && raw === raw.trim()) return { text: raw, hadMarkup: false };
  let text = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const hadMarkup = /<\/?[a-z][^>]*>|&(amp|lt|gt|nbsp|quot|#39);/i.test(text);
  if (hadMarkup) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
  return { text, hadMarkup };
}

/** The text on one line, its runs of spaces and line breaks made single spaces. */
export function oneLine(text: string): string {
  if (!/\s\s|[^\S ]/.test(text) && text === text.trim()) return text;
  return text.replace(/\s+/g, ' ').trim();
}
