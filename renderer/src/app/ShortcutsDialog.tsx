// Help > Keyboard Shortcuts, or ? anywhere but in a text field: every shortcut, grouped by where it works.
import { useEffect, useId, useRef } from 'react';
import { text } from '../language/language';
import { isTyping } from './useUndoKeys';
import { SHORTCUTS, type ShortcutPlace } from './shortcuts';
import './shortcuts-dialog.css';

const PLACES: readonly ShortcutPlace[] = ['Everywhere', 'Actions grid', 'Indicators grid', 'Detail panel', 'Menu'];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog dialog--wide shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="dialog__title">
        {text()['shortcuts.title']}
      </h2>
      <div className="shortcuts-dialog__list" tabIndex={0} role="region" aria-label={text()['shortcuts.byPlace']}>
        {PLACES.map((place) => (
          <table key={place} className="data-table shortcuts-table">
            <caption>{text()[`shortcuts.${place}`]}</caption>
            <tbody>
              {SHORTCUTS.filter((s) => s.where === place).map((s) => (
                <tr key={`${s.keys} ${s.what}`}>
                  <th scope="row" className="shortcuts-table__keys">
                    <kbd>{s.keys}</kbd>
                  </th>
                  <td>{text()[s.what]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={() => dialog.current?.close()}>
          {text()['common.close']}
        </button>
      </div>
    </dialog>
  );
}

/** ? opens the list, wherever the focus is but in a text field or a grid's cell (where it is typed) or a dialog. */
export function useShortcutsKey(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  }, [open]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog, .ag-cell')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
