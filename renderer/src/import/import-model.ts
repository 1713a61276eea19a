// What the import dialog shows, worked out from the preview: report filtering and its CSV, the meaning options,
// the file's bytes as base64. Plain functions, so that the dialog stays about layout.
import { IMPORT_FIELDS } from '../../../shared/contract';
import { neutraliseFormula } from '../../../shared/formula-guard';
import type { ImportField, ImportReportEntry, ImportReportSeverity, ImportReportTopic } from '../../../shared/domain';
import { formatNumber, text } from '../language/language';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.csv,.tsv,.txt,.json';

/** The report's topics, in the order its Topic choice lists them. */
export const REPORT_TOPICS: readonly ImportReportTopic[] = ['file', 'layout', 'alignment', 'structure', 'code', 'timeline', 'status', 'fund', 'indicator', 'agency', 'text'];

export function severityLabel(severity: ImportReportSeverity): string {
  return text()[`import.severity.${severity}`];
}

export function topicLabel(topic: ImportReportTopic): string {
  return text()[`import.topic.${topic}`];
}

/** The meanings a column can be given, "not imported" first. */
export function fieldOptions(): readonly { readonly value: ImportField | ''; readonly label: string }[] {
  return [{ value: '', label: text()['import.notImportedKept'] }, ...IMPORT_FIELDS.map((field) => ({ value: field, label: fieldLabel(field) }))];
}

export function fieldLabel(field: ImportField | null): string {
  return field ? text()[`import.field.${field}`] : text()['import.notImported'];
}

export interface ReportFilter {
  readonly severity: ImportReportSeverity | 'all';
  readonly topic: ImportReportTopic | 'all';
  readonly text: string;
}

export const ALL_ENTRIES: ReportFilter = { severity: 'all', topic: 'all', text: '' };

export function filterEntries(entries: readonly ImportReportEntry[], filter: ReportFilter): ImportReportEntry[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (filter.severity !== 'all' && e.severity !== filter.severity) return false;
    if (filter.topic !== 'all' && e.topic !== filter.topic) return false;
    if (words.length === 0) return true;
    const haystack = [e.message, e.read ?? '', e.stored ?? '', e.sheet ?? '', e.column ?? '', e.row === null ? '' : String(e.row)].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Where an entry is, as a spreadsheet names it: "Plan!F12", "row 12", "column F". */
export function placeOf(e: ImportReportEntry): string {
  const sheet = e.sheet ? `${e.sheet}!` : '';
  if (e.row !== null && e.column) return `${sheet}${e.column}${e.row}`;
  if (e.row !== null) return `${sheet}${text()['import.row'](String(e.row))}`;
  if (e.column) return `${sheet}${text()['import.columnAt'](e.column)}`;
  return e.sheet ?? '';
}

function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // The report quotes the imported file's cells: one that a spreadsheet would run as a formula (after spaces too,
  // or with a full-width sign) is neutralised as the exports neutralise theirs.
  const safe = neutraliseFormula(text);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as a CSV file Excel opens with its accents intact (UTF-8 with BOM, CRLF). */
export function reportCsv(entries: readonly ImportReportEntry[]): string {
  const words = text();
  const header = [words['import.sheet'], words['import.rowHeading'], words['import.column'], words['import.severity'], words['import.topic'], words['import.message'], words['import.read'], words['import.stored']];
  const lines = entries.map((e) => [e.sheet, e.row, e.column, severityLabel(e.severity), topicLabel(e.topic), e.message, e.read, e.stored].map(csvCell).join(','));
  return `\uFEFF${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}

export function reportFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return text()['import.reportFile'](base);
}

export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < buffer.length; i += step) binary += String.fromCharCode(...buffer.subarray(i, i + step));
  return btoa(binary);
}

export function formatSize(bytes: number): string {
  const words = text();
  if (bytes < 1024) return words['import.sizeBytes'](formatNumber(bytes));
  if (bytes < 1024 * 1024) return words['import.sizeKb'](formatNumber(Math.round(bytes / 1024)));
  return words['import.sizeMb'](formatNumber(Math.round(bytes / 1024 / 102.4) / 10));
}
