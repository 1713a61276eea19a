// The agency registry's columns: whether the agency is confirmed, its acronym, name, aliases, the agency it
// is part of, its kind, and how many actions it leads or collaborates on (across the workspace).
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AgencyListRow } from '../../../shared/domain';
import { formatNumber, text } from '../language/language';

export type AgencyEditedField = 'acronym' | 'name' | 'aliases' | 'parentId' | 'kind';

export function agencyLabel(agency: { readonly acronym: string | null; readonly name: string }): string {
  return agency.acronym && agency.acronym !== agency.name ? `${agency.acronym} — ${agency.name}` : agency.name;
}

function ConfirmedCell({ data }: ICellRendererParams<AgencyListRow>) {
  if (!data) return null;
  const words = text();
  if (data.confirmed) {
    return (
      <span className="agency-state agency-state--confirmed" title={words['agencies.state.confirmedTip']}>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2.5 6.3 5 8.6l4.5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {words['agencies.state.confirmed']}
      </span>
    );
  }
  return (
    <span className="agency-state agency-state--unconfirmed" title={data.origin === 'import' ? words['agencies.state.byImport'] : words['agencies.state.byEdit']}>
      {words['agencies.state.unconfirmed']}
    </span>
  );
}

/** A count in the digits of the language shown. */
function countWords({ value }: { value: unknown }): string {
  return typeof value === 'number' ? formatNumber(value) : '';
}

export function agencyColumns(agencies: readonly AgencyListRow[]): ColDef<AgencyListRow>[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const words = text();
  const kindWords = (kind: unknown) => (kind === 'group' ? words['agencies.kind.group'] : words['agencies.kind.agency']);
  return [
    {
      colId: 'confirmed',
      headerName: words['agencies.column.status'],
      valueGetter: ({ data }) => (data?.confirmed ? words['agencies.state.confirmed'] : words['agencies.state.unconfirmed']),
      cellRenderer: ConfirmedCell,
      width: 122,
    },
    { colId: 'acronym', headerName: words['agencies.column.acronym'], field: 'acronym', editable: true, width: 100, cellClass: 'agency-acronym' },
    { colId: 'name', headerName: words['agencies.column.name'], field: 'name', editable: true, flex: 2, minWidth: 200, tooltipField: 'name' },
    {
      colId: 'aliases',
      headerName: words['agencies.column.aliases'],
      headerTooltip: words['agencies.column.aliasesTip'],
      valueGetter: ({ data }) => data?.aliases.join(', ') ?? '',
      editable: true,
      flex: 1,
      minWidth: 120,
      tooltipValueGetter: ({ data }) => (data && data.aliases.length > 0 ? data.aliases.join(', ') : null),
    },
    {
      colId: 'parentId',
      headerName: words['agencies.column.partOf'],
      headerTooltip: words['agencies.column.partOfTip'],
      field: 'parentId',
      editable: true,
      width: 104,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: ({ data }: { data: AgencyListRow }) => ({
        values: ['', ...agencies.filter((a) => a.id !== data.id).map((a) => a.id)],
        formatValue: (id: string) => (id ? agencyLabel(byId.get(id) ?? { acronym: null, name: id }) : words['agencies.noParent']),
      }),
      valueFormatter: ({ value }) => {
        const parent = typeof value === 'string' ? byId.get(value) : undefined;
        return parent ? (parent.acronym ?? parent.name) : '';
      },
    },
    {
      colId: 'kind',
      headerName: words['agencies.column.kind'],
      field: 'kind',
      editable: true,
      width: 86,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['agency', 'group'], formatValue: kindWords },
      valueFormatter: ({ value }) => kindWords(value),
    },
    { colId: 'leadCount', headerName: words['agencies.column.leads'], field: 'leadCount', width: 74, type: 'numericColumn', valueFormatter: countWords, headerTooltip: words['agencies.column.leadsTip'] },
    {
      colId: 'collaboratorCount',
      headerName: words['agencies.column.collaborates'],
      field: 'collaboratorCount',
      width: 122,
      type: 'numericColumn',
      valueFormatter: countWords,
      // cellClass replaces the numeric column's alignment: restated with the last column's padding.
      cellClass: ['grid-number', 'grid-last-cell'],
      headerTooltip: words['agencies.column.collaboratesTip'],
    },
  ];
}
