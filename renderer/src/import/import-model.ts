// What the import dialog shows, worked out from the preview: report filtering and its CSV, the meaning options,
// the file's bytes as base64. Plain functions, so that the dialog stays about layout.
import { IMPORT_FIELDS } from '../../../shared/contract';
import { neutraliseFormula } from '../../../shared/formula-guard';
import { IMPORT_FIELD_LABELS } from '../../../shared/vocab/import-fields';
import type { ImportField, ImportReportEntry, ImportReportSeverity, ImportReportTopic } from '../../../shared/domain';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.csv,.tsv,.txt,.json';

export const SEVERITY_LABELS: Readonly<Record<ImportReportSeverity, string>> = {
  error: 'Error',
  doubt: 'To check',
  repair: 'Repaired',
  info: 'Note',
};

export const TOPIC_LABELS: Readonly<Record<ImportReportTopic, string>> = {
  file: 'File',
  layout: 'Layout',
  alignment: 'Alignment',
  structure: 'Structure',
  code: 'Codes',
  timeline: 'Timeline',
  status: 'Status',
  fund: 'Fund',
  indicator: 'Indicators',
  agency: 'Agencies',
  text: 'Text',
};

export const FIELD_OPTIONS: readonly { readonly value: ImportField | ''; readonly label: string }[] = [
  { value: '', label: 'Not imported (kept as unmapped)' },
  ...IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] })),
];

export function fieldLabel(field: ImportField | null): string {
  return field ? IMPORT_FIELD_LABELS[field] : 'Not imported';
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
  if (e.row !== null) return `${sheet}row ${e.row}`;
  if (e.column) return `${sheet}column ${e.column}`;
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
  const header = ['Sheet', 'Row', 'Column', 'Severity', 'Topic', 'Message', 'Read', 'Stored'];
  const lines = entries.map((e) =>
    [e.sheet, e.row, e.column, SEVERITY_LABELS[e.severity], TOPIC_LABELS[e.topic], e.message, e.read, e.stored].map(csvCell).join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export function reportFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return `${base} - import report.csv`;
}

export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < buffer.length; i += step) binary += String.fromCharCode(...buffer.subarray(i, i + step));
  return btoa(binary);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
