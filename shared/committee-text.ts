// The committee pages' plain text as paragraphs and bullet lists: a blank line ends a paragraph, a line starting
// "- " (or "• ", "* ") is a bullet, and a bullet's next lines that are not bullets continue it. Plain text only: the
// pack prints it as text, so nothing typed can become markup.
export type TextBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'bullets'; readonly items: readonly string[] };

/** Characters a committee text (key messages, items for information) holds at most. */
export const COMMITTEE_TEXT_MAX = 20_000;
/** Characters a decision's text holds at most. */
export const DECISION_TEXT_MAX = 2_000;
/** Decisions one meeting's pages hold at most. */
export const DECISIONS_MAX = 50;

const BULLET = /^\s*[-•*]\s+/;

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (bullets.length > 0) blocks.push({ kind: 'bullets', items: bullets });
    paragraph = [];
    bullets = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') flush();
    else if (BULLET.test(raw)) {
      if (paragraph.length > 0) flush();
      bullets.push(raw.replace(BULLET, '').trim());
    } else if (bullets.length > 0) bullets[bullets.length - 1] = `${bullets[bullets.length - 1]} ${line}`;
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
