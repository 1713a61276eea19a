// The agency registry's columns: whether the agency is confirmed, its acronym, name, aliases, the agency it
// is part of, its kind, and how many actions it leads or collaborates on (across the workspace).
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AgencyListRow } from '../../../shared/domain';

export type AgencyEditedField = 'acronym' | 'name' | 'aliases' | 'parentId' | 'kind';

export function agencyLabel(agency: { readonly acronym: string | null; readonly name: string }): string {
  return agency.acronym && agency.acronym !== agency.name ? `${agency.acronym} — ${agency.name}` : agency.name;
}

function ConfirmedCell({ data }: ICellRendererParams<AgencyListRow>) {
  if (!data) return null;
  if (data.confirmed) {
    return (
      <span className="agency-state agency-state--confirmed" title="In the registry as confirmed by the PMU">
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2.5 6.3 5 8.6l4.5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Confirmed
      </span>
    );
  }
  return (
    <span className="agency-state agency-state--unconfirmed" title={`Added by ${data.origin === 'import' ? 'an import' : 'an edit'}: check its name and confirm it`}>
      Unconfirmed
    </span>
  );
}

export function agencyColumns(agencies: readonly AgencyListRow[]): ColDef<AgencyListRow>[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return [
    {
      colId: 'confirmed',
      headerName: 'Status',
      valueGetter: ({ data }) => (data?.confirmed ? 'Confirmed' : 'Unconfirmed'),
      cellRenderer: ConfirmedCell,
      width: 122,
    },
    { colId: 'acronym', headerName: 'Acronym', field: 'acronym', editable: true, width: 100, cellClass: 'agency-acronym' },
    { colId: 'name', headerName: 'Name', field: 'name', editable: true, flex: 2, minWidth: 200, tooltipField: 'name' },
    {
      colId: 'aliases',
      headerName: 'Aliases',
      headerTooltip: 'Other ways the plan writes this agency, separated by commas',
      valueGetter: ({ data }) => data?.aliases.join(', ') ?? '',
      editable: true,
      flex: 1,
      minWidth: 120,
      tooltipValueGetter: ({ data }) => (data && data.aliases.length > 0 ? data.aliases.join(', ') : null),
    },
    {
      colId: 'parentId',
      headerName: 'Part of',
      headerTooltip: 'The agency this one is a unit of (DITT is part of MoIC)',
      field: 'parentId',
      editable: true,
      width: 104,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: ({ data }: { data: AgencyListRow }) => ({
        values: ['', ...agencies.filter((a) => a.id !== data.id).map((a) => a.id)],
        formatValue: (id: string) => (id ? agencyLabel(byId.get(id) ?? { acronym: null, name: id }) : '(none)'),
      }),
      valueFormatter: ({ value }) => {
        const parent = typeof value === 'string' ? byId.get(value) : undefined;
        return parent ? (parent.acronym ?? parent.name) : '';
      },
    },
    {
      colId: 'kind',
      headerName: 'Kind',
      field: 'kind',
      editable: true,
      width: 86,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['agency', 'group'], formatValue: (v: string) => (v === 'group' ? 'Group' : 'Agency') },
      valueFormatter: ({ value }) => (value === 'group' ? 'Group' : 'Agency'),
    },
    { colId: 'leadCount', headerName: 'Leads', field: 'leadCount', width: 74, type: 'numericColumn', headerTooltip: 'Actions it leads, in every plan' },
    {
      colId: 'collaboratorCount',
      headerName: 'Collaborates',
      field: 'collaboratorCount',
      width: 122,
      type: 'numericColumn',
      // cellClass replaces the numeric column's alignment: restated with the last column's padding.
      cellClass: ['grid-number', 'grid-last-cell'],
      headerTooltip: 'Actions it collaborates on, in every plan',
    },
  ];
}
