// Exports of what the grid shows.

/** What the grid shows, as it passes it for export: visible columns in order, rows of display values. */
export interface GridViewExport {
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly width?: number | undefined }[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}
