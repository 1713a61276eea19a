// "Columns": show or hide each column and change their order without a mouse (dragging headers works too).
import { usePopover } from '../ui/usePopover';
import { formatNumber, text } from '../language/language';
import { columnName, type ColumnId } from './columns';
import './column-menu.css';

export interface ColumnChoice {
  readonly id: ColumnId;
  readonly visible: boolean;
}

export function ColumnMenu({
  columns,
  onToggle,
  onMove,
  onReset,
}: {
  columns: readonly ColumnChoice[];
  onToggle: (id: ColumnId, visible: boolean) => void;
  onMove: (id: ColumnId, direction: -1 | 1) => void;
  onReset: () => void;
}) {
  const { open, setOpen, root, button, panelId, close, onKeyDown } = usePopover();
  const hidden = columns.filter((c) => !c.visible).length;

  return (
    <div
      className="filter-menu"
      ref={root}
      onKeyDown={onKeyDown}
    >
      <button ref={button} type="button" className="button toolbar-button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        {hidden > 0 ? text()['actions.columnsHidden'](formatNumber(hidden)) : text()['actions.columns']}
      </button>
      {open && (
        <div className="filter-panel column-panel" id={panelId} role="group" aria-label={text()['actions.columns']}>
          <ul className="column-panel__list">
            {columns.map((column, index) => (
              <li key={column.id} className="column-panel__item">
                <label className="column-panel__name">
                  <input type="checkbox" checked={column.visible} autoFocus={index === 0} onChange={(event) => onToggle(column.id, event.target.checked)} />
                  {columnName(column.id)}
                </label>
                <button type="button" className="column-panel__move" aria-label={text()['actions.moveColumnLeft'](columnName(column.id))} disabled={index === 0} onClick={() => onMove(column.id, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="column-panel__move"
                  aria-label={text()['actions.moveColumnRight'](columnName(column.id))}
                  disabled={index === columns.length - 1}
                  onClick={() => onMove(column.id, 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ul>
          <div className="filter-panel__foot">
            <button type="button" className="link-button" onClick={onReset}>
              {text()['actions.resetColumns']}
            </button>
            <button type="button" className="button filter-panel__done" onClick={close}>
              {text()['actions.done']}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
