// The import report: every repair and every doubt the importer made, with the source row (and sheet),
// what was read and what was stored. Plain JSON so the CLI can print it and the UI can show it as a table.
import type { ImportCounts, ImportReport, ImportReportEntry, ImportReportSeverity, ImportReportTopic } from '../../../shared/domain';

// The types are the contract's (shared/domain.ts): the window shows the report as it is.
export type ReportSeverity = ImportReportSeverity;
/** What an entry is about, so the UI can filter ("show me the agency doubts"). */
export type ReportTopic = ImportReportTopic;
export type ReportEntry = ImportReportEntry;
/** The meaning given to one column of a plan sheet. */
export type ColumnMapping = ImportReport['columnMapping'][number];
export type UnmappedColumn = ImportReport['unmappedColumns'][number];
export type { ImportCounts, ImportReport };

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
