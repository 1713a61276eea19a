// The joined pack's outline (bookmarks, ISO 32000-1 12.3.3), built from the pack's own pagination rather than taken
// from the parts: each part only knows the headings it printed, and a part starting inside a section has no heading
// to hang the others under.
import type { PackBookmark } from '../../../../shared/printed-pack';
import { textString } from './pdf-syntax';

interface OutlineItem {
  readonly bookmark: PackBookmark;
  readonly number: number;
  readonly children: OutlineItem[];
}

/** Nests the bookmarks by level: each under the nearest one before it of a lower level. */
export function nestBookmarks(bookmarks: readonly PackBookmark[], allocate: () => number): OutlineItem[] {
  const top: OutlineItem[] = [];
  const open: OutlineItem[] = [];
  for (const bookmark of bookmarks) {
    while (open.length > 0 && open.at(-1)!.bookmark.level >= bookmark.level) open.pop();
    const item: OutlineItem = { bookmark, number: allocate(), children: [] };
    (open.at(-1)?.children ?? top).push(item);
    open.push(item);
  }
  return top;
}

/** Sections open showing their chapters; chapters open closed, since a large plan's chapter holds dozens of statements. */
function isOpen(item: OutlineItem): boolean {
  return item.bookmark.level < 2;
}

/** The items shown under `items` when their parent is open: each, and what each open one shows. */
function shownUnder(items: readonly OutlineItem[]): number {
  return items.reduce((sum, item) => sum + 1 + (isOpen(item) ? shownUnder(item.children) : 0), 0);
}

/**
 * The outline's objects, as [number, value]: its root (first) and one item per bookmark, opening at
 * `destination(bookmark)`. Null when there is no bookmark.
 */
export function outlineObjects(
  bookmarks: readonly PackBookmark[],
  destination: (place: PackBookmark) => string,
  allocate: () => number,
): { root: number; objects: [number, string][] } | null {
  if (bookmarks.length === 0) return null;
  const root = allocate();
  const top = nestBookmarks(bookmarks, allocate);
  const objects: [number, string][] = [[root, `<</Type /Outlines /First ${top[0]!.number} 0 R /Last ${top.at(-1)!.number} 0 R /Count ${shownUnder(top)}>>`]];
  const write = (items: readonly OutlineItem[], parent: number) => {
    items.forEach((item, index) => {
      const entries = [`/Title ${textString(item.bookmark.title)}`, `/Parent ${parent} 0 R`, `/Dest ${destination(item.bookmark)}`];
      if (index > 0) entries.push(`/Prev ${items[index - 1]!.number} 0 R`);
      if (index < items.length - 1) entries.push(`/Next ${items[index + 1]!.number} 0 R`);
      if (item.children.length > 0) {
        // Positive: open, showing that many items; negative: closed (12.3.3, table 153).
        const count = shownUnder(item.children);
        entries.push(`/First ${item.children[0]!.number} 0 R`, `/Last ${item.children.at(-1)!.number} 0 R`, `/Count ${isOpen(item) ? count : -count}`);
      }
      objects.push([item.number, `<<${entries.join(' ')}>>`]);
      write(item.children, item.number);
    });
  };
  write(top, root);
  return { root, objects };
}
