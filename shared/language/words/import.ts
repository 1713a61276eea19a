// The English words of the import view (renderer/src/import); keys start with "import.". A count is given twice
// where the words depend on it: as shown (in the reader's digits) and as the number that decides singular or plural.
import type { ImportActionMatch, ImportField, ImportReportSeverity, ImportReportTopic } from '../../domain';
import { plural, type Words } from './message';


/** The meanings a column of the file can be read as (the column-mapping table's choices). */
const FIELDS = {
  'import.field.code': 'Code',
  'import.field.chapter': 'Chapter',
  'import.field.statement': 'Policy statement',
  'import.field.action': 'Action',
  'import.field.indicator': 'Indicator',
  'import.field.baseline': 'Baseline',
  'import.field.target': 'Target',
  'import.field.timeline': 'Timeline',
  'import.field.start': 'Start',
  'import.field.end': 'End',
  'import.field.lead': 'Lead agency',
  'import.field.collaborators': 'Collaborating agencies',
  'import.field.fund': 'Fund',
  'import.field.status': 'Status',
  'import.field.remarks': 'Remarks',
} as const satisfies Record<`import.field.${ImportField}`, string>;

/** The report's kinds of entry and its topics. */
const REPORT_KINDS = {
  'import.severity.error': 'Error',
  'import.severity.doubt': 'To check',
  'import.severity.repair': 'Repaired',
  'import.severity.info': 'Note',
  'import.topic.file': 'File',
  'import.topic.layout': 'Layout',
  'import.topic.alignment': 'Alignment',
  'import.topic.structure': 'Structure',
  'import.topic.code': 'Codes',
  'import.topic.timeline': 'Timeline',
  'import.topic.status': 'Status',
  'import.topic.fund': 'Fund',
  'import.topic.indicator': 'Indicators',
  'import.topic.agency': 'Agencies',
  'import.topic.text': 'Text',
} as const satisfies Record<`import.severity.${ImportReportSeverity}` | `import.topic.${ImportReportTopic}`, string>;

const HOW_MATCHED = {
  'import.how.code_and_title': 'Same code and title',
  'import.how.title': 'Same title, other code',
  'import.how.code': 'Same code only',
} as const satisfies Record<`import.how.${ImportActionMatch['how']}`, string>;

export const IMPORT_WORDS = {
  ...FIELDS,
  ...REPORT_KINDS,
  ...HOW_MATCHED,

  // The import dialog: its head, the file and where it goes.
  'import.title': 'Import plan',
  'import.hint': 'A spreadsheet (.xlsx, .csv, .tsv) or a PlanDesk plan file (.json). Nothing is saved until you press Import.',
  'import.file': 'File',
  'import.noFile': 'No file chosen',
  'import.chooseFile': 'Choose file…',
  'import.chooseAnother': 'Choose another…',
  'import.fileToImport': 'File to import',
  'import.cannotRead': (file: string, reason: string) => `${file} cannot be read: ${reason}`,
  'import.target': 'Import',
  'import.asNewPlan': 'as a new plan',
  'import.newPlanTitle': 'Title of the new plan',
  'import.titleFromFile': 'Plan title (from the file)',
  'import.intoPlan': 'into the plan',
  'import.existingPlan': 'Existing plan to import into',
  'import.proposal': (plan: string) =>
    `The file’s title matches the open plan “${plan}”: importing it updates that plan (its actions matched, each change in the history, nothing deleted). Choose “as a new plan” to import it as a separate plan.`,
  'import.reading': (file: string) => `Reading ${file}…`,
  'import.updatingPreview': 'Updating the preview…',
  'import.importing': 'Importing…',
  'import.import': 'Import',
  'import.apply': (changed: string, added: string) => `Apply: ${changed} changed, ${added} new`,
  'import.importAsNew': (count: string, n: number) => `Import ${count} ${plural(n, 'action', 'actions')} as a new plan`,
  'import.dropAgain': 'Correct the file and drop it again, or drop another one',
  'import.dropHere': 'Drop a plan file anywhere on the window',
  'import.or': 'or',
  'import.formats': 'Excel workbooks (.xlsx), text exports (.csv, .tsv), PlanDesk plan files (.json)',
  'import.sizeBytes': (count: string) => `${count} bytes`,
  'import.sizeKb': (count: string) => `${count} KB`,
  'import.sizeMb': (count: string) => `${count} MB`,

  // The preview's figures and tabs.
  'import.figure.chapters': 'chapters',
  'import.figure.statements': 'statements',
  'import.figure.actions': 'actions',
  'import.figure.indicators': 'indicators',
  'import.figure.repaired': 'repaired',
  'import.figure.toCheck': 'to check',
  'import.figure.newAgencies': 'new agencies',
  'import.figure.matched': 'matched',
  'import.figure.newActions': 'new actions',
  'import.figure.untouched': 'left as they are',
  'import.preview': 'Preview',
  'import.tab.columns': 'Columns',
  'import.tab.tree': 'Plan',
  'import.tab.report': 'Report',
  'import.tab.matches': 'Matches',

  // The Columns tab: how each column of the file is read.
  'import.columnsOfFile': 'Columns of the file',
  'import.column': 'Column',
  'import.headerInFile': 'Header in the file',
  'import.firstCells': 'First cells',
  'import.readAs': 'Read as',
  'import.noHeader': '(no header)',
  'import.empty': '(empty)',
  'import.meaningOf': (column: string, header: string) => (header ? `Meaning of column ${column} (${header})` : `Meaning of column ${column}`),
  'import.notImported': 'Not imported',
  'import.notImportedKept': 'Not imported (kept as unmapped)',
  'import.yourChoice': (detected: string) => `Your choice; the header says ${detected.toLowerCase()}.`,
  'import.undo': 'Undo',
  'import.keptUnder': (name: string) => `Its cells are kept with each action, under “${name}”.`,
  'import.columnNamed': (column: string) => `Column ${column}`,

  // The Plan tab: the tree the file gives.
  'import.noTitle': '(no title)',
  'import.chapterHolds': (statements: string, s: number, actions: string, a: number) =>
    `${statements} ${plural(s, 'statement', 'statements')}, ${actions} ${plural(a, 'action', 'actions')}`,
  'import.actionsCount': (count: string, n: number) => `${count} ${plural(n, 'action', 'actions')}`,
  'import.indicatorsCount': (count: string, n: number) => `${count} ${plural(n, 'indicator', 'indicators')}`,

  // The Matches tab: the file's actions matched with the plan's.
  'import.matchesIntro': (count: string, n: number, plan: string, withChanges: string) =>
    `${count} ${plural(n, 'action', 'actions')} of the file match actions of “${plan}” (${withChanges} with differences). A ticked match updates the plan’s action, each difference recorded in the history; an unticked one is added as a new action.`,
  'import.othersNew': (count: string, n: number) => `${count} other ${plural(n, 'action is', 'actions are')} new.`,
  'import.othersNewWithStatements': (count: string, n: number, statements: string, s: number) =>
    `${count} other ${plural(n, 'action is', 'actions are')} new (with ${statements} new ${plural(s, 'statement', 'statements')}).`,
  'import.othersNewWithChapters': (count: string, n: number, statements: string, s: number, chapters: string, c: number) =>
    `${count} other ${plural(n, 'action is', 'actions are')} new (with ${statements} new ${plural(s, 'statement', 'statements')} and ${chapters} new ${plural(c, 'chapter', 'chapters')}).`,
  'import.nothingDeleted': 'Nothing is deleted.',
  'import.onlyDifferences': 'Only those with differences',
  'import.tickAll': 'Tick all',
  'import.proposedOnly': 'Proposed only',
  'import.accept': 'Accept',
  'import.inFile': 'In the file',
  'import.inPlan': 'In the plan',
  'import.matchedBy': 'Matched by',
  'import.whatChanges': 'What changes',
  'import.acceptMatchOf': (action: string) => `Accept the match of ${action}`,
  'import.addedAsNew': 'Added as a new action',
  'import.noDifference': 'No difference',
  'import.newActions': (count: string) => `New actions (${count})`,
  'import.becomes': 'becomes',

  // The report, in the dialog and reopened from the History.
  'import.severity': 'Severity',
  'import.allKinds': (count: string) => `All kinds (${count})`,
  'import.choiceCount': (label: string, count: string) => `${label} (${count})`,
  'import.topic': 'Topic',
  'import.allTopics': 'All topics',
  'import.searchPlaceholder': 'Search messages, cells, rows…',
  'import.searchReport': 'Search the report',
  'import.entries': (count: string) => `${count} entries`,
  'import.saveReport': 'Save report (.csv)…',
  'import.reportEntries': 'Report entries',
  'import.where': 'Where',
  'import.kind': 'Kind',
  'import.whatDone': 'What the importer did',
  'import.read': 'Read',
  'import.stored': 'Stored',
  'import.action': 'Action',
  'import.selectAction': 'Select this action in the Actions view',
  'import.open': 'Open',
  'import.firstShown': (shown: string, count: string) =>
    `The first ${shown} of ${count} entries are shown; filter to see the others. The saved report holds all ${count}.`,
  'import.noEntryMatches': 'No entry matches the filter.',
  'import.row': (row: string) => `row ${row}`,
  'import.columnAt': (column: string) => `column ${column}`,
  // The saved report's columns besides those the table shows.
  'import.sheet': 'Sheet',
  'import.rowHeading': 'Row',
  'import.message': 'Message',
  'import.reportFile': (file: string) => `${file} - import report.csv`,
  'import.reportTitle': 'Import report',
  'import.reportTitleOf': (file: string) => `Import report — ${file}`,
  'import.loadingReport': 'Loading the report…',
  'import.noReportKept':
    'No report was kept for this import: it was made before PlanDesk kept import reports. Import the file again into this plan to see what the importer repairs and what to check; matched actions are updated, nothing is added twice.',
  'import.planFileNoReport': (user: string, at: string) =>
    `Imported by ${user} on ${at}. A PlanDesk plan file is read as it was written: nothing needed repairing, so there is no report.`,
  'import.importedBy': (user: string, at: string, repaired: string, toCheck: string) => `Imported by ${user} on ${at}: ${repaired} repaired, ${toCheck} to check.`,
  'import.entriesLead': (count: string, n: number) =>
    n === 1 ? 'The entry about an action leads to it in the Actions view.' : `The ${count} entries about an action lead to it in the Actions view.`,

  // Files dropped on the window: the overlay while dragging, and what was done with each file of a mixed drop.
  'import.dropTitle': 'Drop to import or receive updates',
  'import.dropImports': 'Spreadsheets (.xlsx, .csv, .tsv) and PlanDesk plan files (.json) are imported, with a preview first.',
  'import.dropReceives': 'Update workbooks returned by the lead agencies, one or several, are received for review.',
  'import.drop.received': (file: string) => `${file}: received for review (Exchange)`,
  'import.drop.notReceived': (file: string) => `${file}: an update workbook, not received: open a plan first`,
  'import.drop.opened': (file: string) => `${file}: opened for import`,
  'import.drop.notWithUpdates': (file: string) => `${file}: not imported, as update workbooks came with it; drop it on its own to import it`,
  'import.drop.oneAtATime': (file: string) => `${file}: not imported; one file is imported at a time: drop it on its own to import it`,
  'import.drop.packageOpened': (file: string) => `${file}: opened for review (Exchange)`,
  'import.drop.onePackage': (file: string) =>
    `${file}: a whole-plan package, not opened; one package is opened at a time: drop it on its own, or use Open package… in the Exchange view`,
  'import.drop.packageNeedsPlan': (file: string) => `${file}: a whole-plan package, not opened: open a plan first, or use Open package… in the Exchange view`,
  'import.drop.refused': (file: string) => `${file}: refused`,
} satisfies Words;
