// The Agencies view: the workspace's agency registry (acronyms, names, aliases, parent, kind), edited in
// place, with the selected agency's actions in this plan beside it. Agencies an import added are marked
// unconfirmed until the PMU confirms them or merges them into the agency they duplicate.
import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { AgencyListRow } from '../../../shared/domain';
import { listActions } from '../data/action-list';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import type { ViewProps } from '../app/views';
import { leaveGridOnTab, planDeskGridTheme } from '../ui/grid-setup';
import { AddAgencyDialog } from './AddAgencyDialog';
import { AgencyPanel } from './AgencyPanel';
import { agencyColumns, type AgencyEditedField } from './agency-columns';
import { MergeAgenciesDialog } from './MergeAgenciesDialog';
import './agencies.css';

type Shown = 'all' | 'unconfirmed' | 'in-plan';

interface Notice {
  readonly tone: 'info' | 'problem';
  readonly text: string;
}

const EDITED_FIELDS: readonly AgencyEditedField[] = ['acronym', 'name', 'aliases', 'parentId', 'kind'];

export function AgenciesView({ planId, revision, openAction, onPlanChanged }: ViewProps) {
  const registry = usePlanQuery(() => request(api().agencies.list({})), [planId, revision]);
  const planActions = usePlanQuery(() => listActions(planId), [planId, revision]);
  const agencies = registry.data ?? null;
  const actions = planActions.data ?? null;
  const setAgencies = (next: readonly AgencyListRow[]) => registry.setData(() => next);
  const problem = registry.problem ?? planActions.problem;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<Shown>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'add' | 'merge' | null>(null);
  const grid = useRef<GridApi<AgencyListRow> | null>(null);

  const inPlan = useMemo(() => {
    const ids = new Set<string>();
    for (const action of actions ?? []) for (const id of [...action.leadAgencyIds, ...action.collaboratorAgencyIds]) ids.add(id);
    return ids;
  }, [actions]);

  const rows = useMemo(() => {
    const all = agencies ?? [];
    if (shown === 'unconfirmed') return all.filter((a) => !a.confirmed);
    if (shown === 'in-plan') return all.filter((a) => inPlan.has(a.id));
    return all;
  }, [agencies, shown, inPlan]);
  const columns = useMemo(() => agencyColumns(agencies ?? []), [agencies]);
  const selected = agencies?.find((a) => a.id === selectedId) ?? null;
  const parent = selected?.parentId ? (agencies?.find((a) => a.id === selected.parentId) ?? null) : null;

  const select = (agencyId: string) => {
    setSelectedId(agencyId);
    const node = grid.current?.getRowNode(agencyId);
    if (node && node.rowIndex !== null) {
      node.setSelected(true, true);
      grid.current?.ensureIndexVisible(node.rowIndex, 'middle');
    }
  };

  const saveCell = async (event: CellEditRequestEvent<AgencyListRow>) => {
    const field = event.column.getColId() as AgencyEditedField;
    const agency = event.data;
    if (!agency || !EDITED_FIELDS.includes(field)) return;
    const value = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue).trim();
    if (value === String(event.oldValue ?? '').trim()) return;
    try {
      setAgencies(await request(api().agencies.update({ agencyId: agency.id, field, value })));
      setNotice(null);
      onPlanChanged();
    } catch (error) {
      setNotice({ tone: 'problem', text: text()['agencies.notSaved'](event.colDef.headerName ?? field, agency.acronym ?? agency.name, messageOf(error)) });
    }
  };

  const confirm = async (agency: AgencyListRow) => {
    try {
      setAgencies(await request(api().agencies.update({ agencyId: agency.id, field: 'confirmed', value: 'true' })));
      setNotice({ tone: 'info', text: text()['agencies.confirmed'](agency.acronym ?? agency.name) });
    } catch (error) {
      setNotice({ tone: 'problem', text: text()['agencies.notConfirmed'](agency.acronym ?? agency.name, messageOf(error)) });
    }
  };

  const merged = (next: readonly AgencyListRow[], kept: AgencyListRow) => {
    const gone = selected;
    setDialog(null);
    setAgencies(next);
    setSelectedId(kept.id);
    if (gone) {
      const links = gone.leadCount + gone.collaboratorCount;
      setNotice({ tone: 'info', text: text()['agencies.mergedNotice'](gone.acronym ?? gone.name, kept.acronym ?? kept.name, formatNumber(links), links) });
    }
    // The actions now name the kept agency: every view reads them again.
    onPlanChanged();
    setTimeout(() => select(kept.id), 50);
  };

  const added = (next: readonly AgencyListRow[], acronym: string | null, name: string) => {
    setDialog(null);
    setAgencies(next);
    const agency = next.find((a) => a.name === name && a.acronym === acronym);
    setNotice({ tone: 'info', text: text()['agencies.added'](acronym ?? name) });
    if (agency) {
      setShown('all');
      setSearch('');
      setTimeout(() => select(agency.id), 50);
    }
  };

  const words = text();
  if (problem) {
    return (
      <div className="screen-message" role="alert">
        <p className="screen-message__title">{words['agencies.loadFailed']}</p>
        <p>{problem}</p>
      </div>
    );
  }
  if (!agencies || !actions) return <div className="screen-message muted">{words['agencies.loading']}</div>;

  const unconfirmed = agencies.filter((a) => !a.confirmed).length;

  return (
    <section className="view agencies-view" aria-labelledby="agencies-heading">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2 id="agencies-heading">{words['view.agencies']}</h2>
          <span className="view-toolbar__count">
            {words['agencies.counts'](formatNumber(agencies.length), formatNumber(unconfirmed))}
          </span>
        </div>
        <label className="view-toolbar__search">
          <span className="visually-hidden">{words['agencies.find']}</span>
          <input type="search" className="text-input" placeholder={words['agencies.findPlaceholder']} value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="inline-field">
          <span className="inline-field__label">{words['agencies.show']}</span>
          <select className="select-input" value={shown} onChange={(e) => setShown(e.target.value as Shown)}>
            <option value="all">{words['agencies.showAll']}</option>
            <option value="unconfirmed">{words['agencies.showUnconfirmed'](formatNumber(unconfirmed))}</option>
            <option value="in-plan">{words['agencies.showInPlan'](formatNumber(inPlan.size))}</option>
          </select>
        </label>
        <div className="view-toolbar__actions">
          <button type="button" className="button button--primary" onClick={() => setDialog('add')}>
            {words['agencies.add']}
          </button>
        </div>
      </div>
      {notice && (
        <div className={`view-notice view-notice--${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="view-notice__close" aria-label={words['agencies.dismiss']} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <div className="agencies-view__body">
        <div className="view-grid" role="region" aria-label={words['agencies.registry']}>
          <AgGridReact<AgencyListRow>
            theme={planDeskGridTheme}
            rowData={rows as AgencyListRow[]}
            columnDefs={columns}
            getRowId={({ data }) => data.id}
            readOnlyEdit
            stopEditingWhenCellsLoseFocus
            quickFilterText={search}
            tabToNextCell={leaveGridOnTab}
            tooltipShowDelay={600}
            rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
            defaultColDef={{ resizable: true, sortable: true, suppressHeaderMenuButton: true }}
            overlayNoRowsTemplate={words['agencies.noneMatches']}
            onGridReady={(event) => {
              grid.current = event.api;
            }}
            onCellEditRequest={(event) => void saveCell(event)}
            onCellFocused={(event: CellFocusedEvent<AgencyListRow>) => {
              const index = event.rowIndex;
              const node = index === null || index === undefined ? null : event.api.getDisplayedRowAtIndex(index);
              if (!node?.data) return;
              node.setSelected(true, true);
              setSelectedId(node.data.id);
            }}
          />
        </div>
        {selected ? (
          <AgencyPanel
            agency={selected}
            parent={parent}
            actions={actions}
            onConfirm={() => void confirm(selected)}
            onMerge={() => setDialog('merge')}
            openAction={openAction}
          />
        ) : (
          <aside className="agency-panel agency-panel--empty">
            <p>{words['agencies.selectOne']}</p>
          </aside>
        )}
      </div>
      {dialog === 'add' && <AddAgencyDialog onAdded={added} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && selected && <MergeAgenciesDialog merged={selected} agencies={agencies} onMerged={merged} onClose={() => setDialog(null)} />}
    </section>
  );
}
