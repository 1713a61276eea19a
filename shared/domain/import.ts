// Importing a spreadsheet or plan file: the preview the analyst checks, and what the import did.
import type { Id } from './base';

/** What a column of a plan sheet can mean to the importer. */
export type ImportField =
  | 'code'
  | 'chapter'
  | 'statement'
  | 'action'
  | 'indicator'
  | 'baseline'
  | 'target'
  | 'timeline'
  | 'start'
  | 'end'
  | 'lead'
  | 'collaborators'
  | 'fund'
  | 'status'
  | 'remarks';

export type ImportReportSeverity = 'repair' | 'doubt' | 'info' | 'error';

export type ImportReportTopic = 'file' | 'layout' | 'alignment' | 'structure' | 'code' | 'timeline' | 'status' | 'fund' | 'indicator' | 'agency' | 'text';

export interface ImportReportEntry {
  readonly sheet: string | null;
  /** 1-based row of the sheet (the line of a TSV file, the record of a CSV file). */
  readonly row: number | null;
  /** Column letter as a spreadsheet shows it ("F"). */
  readonly column?: string | null;
  readonly severity: ImportReportSeverity;
  readonly topic: ImportReportTopic;
  readonly message: string;
  readonly read?: string;
  readonly stored?: string;
  /** The action the entry is about, by its place in the file ("chapter.statement.action" indexes). */
  readonly actionRef?: string;
  /** Once imported: the action it became, and its code as imported (a kept report leads to it). */
  readonly actionId?: Id;
  readonly actionCode?: string;
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
  /** What read the file ("workbook XML, streamed (saxes, namespace-aware)", "delimited text (Papa Parse)"). */
  readonly reader: string;
  /** How the bytes were decoded (a workbook's: its XML's); for text files, which delimiter separated the cells. */
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly sheets: readonly { readonly name: string | null; readonly role: 'plan' | 'stakeholders' | 'ignored'; readonly rows: number }[];
  readonly planTitle: string;
  readonly columnMapping: readonly { readonly sheet: string | null; readonly column: string; readonly header: string; readonly field: string }[];
  /** Columns whose cells are kept in each action's unmapped field, under `keptAs`. */
  readonly unmappedColumns: readonly { readonly sheet: string | null; readonly column: string; readonly header: string; readonly keptAs: string }[];
  readonly entries: readonly ImportReportEntry[];
  readonly counts: ImportCounts;
}

/** A column of a plan sheet in the preview: its header, its meaning (chosen or detected) and a few of its cells. */
export interface ImportColumn {
  readonly sheet: string | null;
  readonly column: string;
  readonly header: string;
  readonly field: ImportField | null;
  readonly detected: ImportField | null;
  readonly samples: readonly string[];
}

/** The tree the import would create (or add to the plan), with its actions' codes and titles. */
export interface ImportTreeChapter {
  readonly code: string;
  readonly title: string;
  readonly statements: readonly {
    readonly code: string;
    readonly text: string;
    readonly actions: readonly { readonly ref: string; readonly code: string; readonly title: string; readonly indicators: number }[];
  }[];
}

/** One difference between a plan's action and the file's, applied as a change in the history when accepted. */
export interface ImportFieldDifference {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

/** An action of the file matched to an action of the plan, for the analyst to confirm. */
export interface ImportActionMatch {
  /** The action's place in the file ("chapter.statement.action" indexes), stable for one file and mapping. */
  readonly ref: string;
  readonly actionId: Id;
  /** How it was matched: same code and a similar title, the same title under another code, or the same code only. */
  readonly how: 'code_and_title' | 'title' | 'code';
  /** Proposed for acceptance (a match by code only is offered, not proposed). */
  readonly proposed: boolean;
  readonly file: { readonly code: string; readonly title: string };
  readonly plan: { readonly code: string; readonly title: string };
  readonly differences: readonly ImportFieldDifference[];
}

export interface ImportMergePreview {
  readonly planId: Id;
  readonly planTitle: string;
  readonly matches: readonly ImportActionMatch[];
  /** Actions of the file that match none of the plan's: added (under matched or new chapters and statements). */
  readonly newActions: readonly { readonly ref: string; readonly code: string; readonly title: string }[];
  readonly newChapters: number;
  readonly newStatements: number;
  /** Actions of the plan that the file does not hold: left as they are (an import never deletes). */
  readonly untouchedActions: number;
}

export interface ImportPreview {
  readonly fileName: string;
  readonly kind: 'spreadsheet' | 'plan_file';
  /** The spreadsheet import's report; null for a PlanDesk plan file (.json), which needs no repairs. */
  readonly report: ImportReport | null;
  readonly columns: readonly ImportColumn[];
  readonly planTitle: string;
  readonly tree: readonly ImportTreeChapter[];
  readonly counts: { readonly chapters: number; readonly statements: number; readonly actions: number; readonly indicators: number; readonly newAgencies: number };
  /** When importing into an existing plan: the proposed matches and what would change. */
  readonly merge: ImportMergePreview | null;
  /** The workspace's plans whose title is the file's (compared as matching compares titles): the window proposes to
   *  update the open plan, rather than make a second one, when it is among them. */
  readonly sameTitlePlanIds: readonly Id[];
}

export interface ImportOutcome {
  readonly planId: Id;
  readonly planIds: readonly Id[];
  readonly report: ImportReport | null;
  readonly counts: ImportPreview['counts'] & {
    /** Into an existing plan: actions added, actions changed, matched actions without a difference, changes recorded. */
    readonly added?: number;
    readonly changed?: number;
    readonly unchanged?: number;
    readonly changes?: number;
  };
  readonly notes: readonly string[];
}

/** An import's report as it was kept with the import, in the same transaction (import_reports). */
export interface KeptImportReport {
  readonly planId: Id;
  readonly file: string;
  readonly at: string;
  readonly user: string;
  /** Null for a PlanDesk plan file, which is read as it is and needs no report. */
  readonly report: ImportReport | null;
}
