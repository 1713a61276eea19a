// Printing pages a view renders for paper (the Timeline's, the Overview's): while the pages are mounted the body
// carries `bodyClass` (the view's print CSS then prints only them), the system's print dialog opens (it offers Save
// as PDF) once they are laid out, and `onDone` runs when printing is over, printed or cancelled.
import { useLayoutEffect } from 'react';

/** `openDialog`: false when printing has already begun (File > Print… while the view shows). */
export function usePrinting(bodyClass: string, openDialog: boolean, onDone: () => void): void {
  // A layout effect: when printing has already begun, the pages must be in place before the page is laid out for it.
  useLayoutEffect(() => {
    document.body.classList.add(bodyClass);
    window.addEventListener('afterprint', onDone);
    // Two frames: the pages are laid out before the dialog takes its picture of them.
    let frame = openDialog
      ? requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => window.print());
        })
      : 0;
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', onDone);
      document.body.classList.remove(bodyClass);
    };
  }, [bodyClass, onDone, openDialog]);
}
