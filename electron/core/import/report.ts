// The import report: every repair and every doubt the importer made, with the source row (and sheet),
// what was read and what was stored. Plain JSON so the CLI can print it and the UI can show it as a table.

export type ReportSeverity = 'repair' | 'doubt' | 'info' | 'error';

/** What an entry is about, so the UI can filter ("show me the agency doubts"). */
export type ReportTopic =
  | 'file'
  | 'layout'
  | 'alignment'
  | 'structure'
  | 'code'
  | 'timeline'
  | 'status'
  | 'fund'
  | 'indicator'
  | 'agency'
  | 'text';

export interface ReportEntry {
  readonly sheet: string | null;
  /** 1-based row of the sheet (the line of a TSV file, the record of a CSV file). */
  readonly row: number | null;
  /** Column letter as a spreadsheet shows it ("F"). */
  readonly column?: string | null;
  readonly severity: ReportSeverity;
  readonly topic: ReportTopic;
  readonly message: string;
  readonly read?: string;
  readonly stored?: string;
}

/** The meaning given to one column of a plan sheet. */
export interface ColumnMapping {
  readonly sheet: string | null;
  readonly column: string;
  /** The header as written; two header rows are joined ("Timeline Start date"). */
  readonly header: string;
  readonly field: string;
}

export interface UnmappedColumn {
  readonly sheet: string | null;
  readonly column: string;
  readonly header: string;
  /** Where its cells went: the action's "unmapped" field under this header. */
  readonly keptAs: string;
}

export interface ImportCounts {
  readonly chapters: number;
  readonly statements: number;
  readonly actions: number;
  readonly indicators: number;
  /** Agencies named by the stakeholder list. */
  readonly listedAgencies: number;
  /** Agencies (and groups) the import adds to the registry as unconfirmed. */
  readonly newAgencies: number;
  readonly repairs: number;
  readonly doubts: number;
}

export interface ImportReport {
  readonly file: string;
  readonly format: 'tsv' | 'csv' | 'xlsx';
  /** For text files: how the bytes were decoded and which delimiter separated the cells. */
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: readonly { readonly name: string | null; readonly role: 'plan' | 'stakeholders' | 'ignored'; readonly rows: number }[];
  readonly planTitle: string;
  readonly columnMapping: readonly ColumnMapping[];
  readonly unmappedColumns: readonly UnmappedColumn[];
  readonly entries: readonly ReportEntry[];
  readonly counts: ImportCounts;
}

/** Collects entries while the importer works; one per import. */
export class ReportLog {
  readonly entries: ReportEntry[] = [];

  add(entry: ReportEntry): void {
    this.entries.push(entry);
  }

  count(severity: ReportSeverity): number {
    return this.entries.filter((e) => e.severity === severity).length;
  }
}

/** "A", "B", ... "Z", "AA": the letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Shortens a cell for a report message. */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
