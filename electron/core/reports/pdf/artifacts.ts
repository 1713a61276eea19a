// Page content that no structure element holds, marked as an artifact (ISO 32000-1, 14.8.2.2). Chromium tags what
// the page's accessibility tree holds and leaves the rest unmarked: the running header and footer ("Page X of Y"),
// the page's background, status shapes and rules drawn for the eye (aria-hidden). A tagged PDF must mark such content
// as an artifact (PDF/UA-1, 7.1), so that readers skip it rather than guess.
//
// Skia writes one operator per line and every marked-content operator at a line's end ("/P <</MCID 3 >>BDC",
// "EMC"), so the sequences are found without a full content parser. A stream whose nesting does not come out even is
// left as it was.

const MARKED_CONTENT = /(?:BDC|BMC|EMC)(?=\s|$)/g;
/** Operators that put marks on the page (8.4.4, 8.5.3, 9.4.3, 8.7.4.2, 8.8, 8.9.7). */
const PAINTING = /(?:^|\s)(?:Tj|TJ|'|"|S|s|f|F|f\*|B|B\*|b|b\*|sh|Do|EI)(?=\s|$)/;
const TEXT_OBJECT = /(?:^|\s)(BT|ET)(?=\s|$)/g;

/** Whether `run` (drawn outside any marked content) paints anything, and opens and closes its text objects: only
 *  then can it be wrapped, since a marked-content sequence may not cut a text object in two. */
function wrappable(run: string): boolean {
  if (!PAINTING.test(run)) return false;
  let open = 0;
  for (const match of run.matchAll(TEXT_OBJECT)) {
    open += match[1] === 'BT' ? 1 : -1;
    if (open < 0 || open > 1) return false;
  }
  return open === 0;
}

/**
 * `content` (a page's content stream, decoded) with each run of painting outside marked content wrapped in
 * "/Artifact BMC … EMC"; null when there is nothing to mark, or its marked content does not nest evenly.
 */
export function markArtifacts(content: string): string | null {
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  let marked = 0;
  const outside = (to: number) => {
    const run = content.slice(from, to);
    if (wrappable(run)) {
      pieces.push('/Artifact BMC\n', run, run.endsWith('\n') ? 'EMC\n' : '\nEMC\n');
      marked += 1;
    } else pieces.push(run);
    from = to;
  };
  for (const match of content.matchAll(MARKED_CONTENT)) {
    const at = match.index;
    // An operator of its own, not the end of a longer word.
    if (at > 0 && !/[\s>\]]/.test(content[at - 1]!)) continue;
    if (match[0] === 'EMC') {
      depth -= 1;
      if (depth < 0) return null;
      if (depth === 0) {
        const end = content.startsWith('\n', at + 3) ? at + 4 : at + 3;
        pieces.push(content.slice(from, end));
        from = end;
      }
    } else {
      // The sequence begins with its tag's line ("/P <</MCID 3 >>BDC").
      if (depth === 0) outside(Math.max(from, content.lastIndexOf('\n', at) + 1));
      depth += 1;
    }
  }
  if (depth !== 0) return null;
  outside(content.length);
  return marked > 0 ? pieces.join('') : null;
}
