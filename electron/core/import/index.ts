// The spreadsheet import: .tsv, .csv and .xlsx plans read, realigned, normalised and written with a report.
export { readSpreadsheet, importSpreadsheet, type ImportOptions, type ImportResult } from './import-spreadsheet';
export type { ImportReport, ReportEntry, ReportSeverity, ReportTopic, ColumnMapping, UnmappedColumn, ImportCounts } from './report';
export { importSamplePlan } from './sample-plan';
export { previewImport, commitImport, decodeUpload, MAX_IMPORT_BYTES, type ImportRequest, type CommitRequest } from './import-preview';
export { mergeIntoPlan, previewMerge, titleSimilarity, normalTitle } from './merge-into-plan';
export type { ColumnChoice } from './build/builder';
