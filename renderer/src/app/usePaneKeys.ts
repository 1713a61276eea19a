// F6 and Shift+F6 move the focus to the next or previous part of the window (the header, the view tabs, and the
// parts of the open view: filters, toolbar, grid, detail panel…), as desktop applications do. With the keyboard
// alone, a part that comes late in the Tab order (the detail panel after a grid of thousands of cells) is one key
// away. Each part gets the focus back where it last was.
import { useEffect } from 'react';

/** The landmarks and named regions that make the parts of the window; the outermost of nested ones is the part. */
const PARTS = 'header, nav, aside, section[aria-label], section[aria-labelledby], form[aria-label], [role="search"], [role="toolbar"], [role="region"]';
const TABBABLE = 'button:not(:disabled), a[href], input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

const shown = (element: Element) => element.getClientRects().length > 0;

/** The part of the window an element is in: its outermost enclosing landmark or region. */
function partOf(element: Element | null): HTMLElement | null {
  let part = element?.closest<HTMLElement>(PARTS) ?? null;
  for (let outer = part?.parentElement?.closest<HTMLElement>(PARTS); outer; outer = outer.parentElement?.closest<HTMLElement>(PARTS)) part = outer;
  return part;
}

function partsOfWindow(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(PARTS)].filter((part) => partOf(part) === part && shown(part) && [...part.querySelectorAll(TABBABLE)].some(shown));
}

export function usePaneKeys(): void {
  useEffect(() => {
    const lastFocused = new WeakMap<HTMLElement, HTMLElement>();
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const part = partOf(target);
      if (part) lastFocused.set(part, target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      const active = document.activeElement;
      // A modal dialog keeps the focus until it closes.
      if (active?.closest('dialog[open]')) return;
      const parts = partsOfWindow();
      if (parts.length === 0) return;
      event.preventDefault();
      const here = partOf(active);
      const current = here ? parts.indexOf(here) : -1;
      const step = event.shiftKey ? -1 : 1;
      const next = parts[current === -1 ? (event.shiftKey ? parts.length - 1 : 0) : (current + step + parts.length) % parts.length]!;
      const remembered = lastFocused.get(next);
      const target = remembered && next.contains(remembered) && shown(remembered) ? remembered : [...next.querySelectorAll<HTMLElement>(TABBABLE)].find(shown);
      target?.focus();
    };
    document.addEventListener('focusin', onFocusIn);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
