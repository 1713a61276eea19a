// "Export": the grid as it is shown (visible columns, filtered rows, current order) to .csv or .xlsx, or the
// whole plan to .xlsx in the plan's own layout. The desktop app asks where to save; the file is written there.
import { usePopover } from '../ui/usePopover';
import { api, attempt } from '../data/api';
import { showNotice } from '../ui/notice';
import { text } from '../language/language';

export interface GridViewTable {
  readonly columns: readonly { readonly header: string; readonly width?: number }[];
  readonly rows: readonly (readonly string[])[];
}

export function ExportMenu({ planId, title, currentView }: { planId: string; title: string; currentView: () => GridViewTable | null }) {
  const { open, setOpen, root, button, panelId, close, onKeyDown } = usePopover();
  const saved = (path: string | null | undefined) => {
    if (path) showNotice({ message: text()['actions.exportedTo'](path) });
  };
  const exportView = async (format: 'csv' | 'xlsx') => {
    close();
    const table = currentView();
    if (!table || table.rows.length === 0) {
      showNotice({ message: text()['actions.nothingToExport'] });
      return;
    }
    const result = await attempt(api().exports.gridView({ format, title, columns: [...table.columns], rows: table.rows.map((r) => [...r]) }));
    saved(result?.path);
  };
  const exportPlan = async () => {
    close();
    const result = await attempt(api().exports.planWorkbook({ planId }));
    saved(result?.path);
  };

  return (
    <div
      className="filter-menu"
      ref={root}
      onKeyDown={onKeyDown}
    >
      <button ref={button} type="button" className="button toolbar-button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        {text()['actions.export']}
      </button>
      {open && (
        <div className="filter-panel export-panel" id={panelId} role="menu" aria-label={text()['actions.export']}>
          <button type="button" role="menuitem" className="export-panel__item" autoFocus onClick={() => void exportView('xlsx')}>
            {text()['actions.exportViewXlsx']}
          </button>
          <button type="button" role="menuitem" className="export-panel__item" onClick={() => void exportView('csv')}>
            {text()['actions.exportViewCsv']}
          </button>
          <button type="button" role="menuitem" className="export-panel__item" onClick={() => void exportPlan()}>
            {text()['actions.exportPlan']}
          </button>
        </div>
      )}
    </div>
  );
}
