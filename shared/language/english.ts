// Every word of the interface that has been brought into the catalogue, in English: the complete catalogue that
// the others (dzongkha.ts) translate part of. A key is "<where>.<what>"; a message that names something is a
// function of it, so the sentence stays whole for the translator. A key used anywhere but missing here fails the
// typecheck; tests/unit/language checks that no other catalogue holds a key English lacks. The chrome's words are
// here; each view's words are in words/<view>.ts, spread in below.
import { ACTIONS_WORDS } from './words/actions';
import { AGENCIES_WORDS } from './words/agencies';
import { EXCHANGE_WORDS } from './words/exchange';
import { HISTORY_WORDS } from './words/history';
import { IMPORT_WORDS } from './words/import';
import { INDICATORS_WORDS } from './words/indicators';
import { OVERVIEW_WORDS } from './words/overview';
import { PRINT_WORDS } from './words/print';
import { RATINGS_WORDS } from './words/ratings';
import { SHORTCUTS_WORDS } from './words/shortcuts';
import { REPORTS_WORDS } from './words/reports';
import { TIMELINE_WORDS } from './words/timeline';
import { WORKSPACE_WORDS } from './words/workspace';
import type { Message, Words } from './words/message';
import { numberText } from './format';

export type { Message };

/** "2,400 of 10,000 actions": English digits, as each catalogue writes its own. */
const countOf = (done: number, total: number, one: string, many: string) => `${numberText(done, 'en')} of ${numberText(total, 'en')} ${total === 1 ? one : many}`;

export const ENGLISH = {
  // The tabs of an open plan (renderer/src/app/views.ts), in the order of the tab bar.
  'view.overview': 'Overview',
  'view.actions': 'Actions',
  'view.indicators': 'Indicators',
  'view.timeline': 'Timeline',
  'view.agencies': 'Agencies',
  'view.history': 'History',
  'view.reports': 'Reports',
  'view.exchange': 'Exchange',
  'view.tabsLabel': 'Views of the plan',
  'view.navLabel': 'Views',
  'view.tabTitle': (view: string, key: number) => `${view} (Ctrl+${key})`,

  // The desktop menu (electron/main/menu.ts); "&" marks the letter Alt reaches it by.
  'menu.file': '&File',
  'menu.newPlan': 'New Plan…',
  'menu.newWorkspace': 'New Workspace…',
  'menu.openWorkspace': 'Open Workspace…',
  'menu.openRecent': 'Open Recent',
  'menu.noRecent': 'No recent workspaces',
  'menu.importPlan': 'Import Plan…',
  'menu.receiveUpdates': 'Receive Updates…',
  'menu.exportPlan': 'Export Plan…',
  'menu.restoreBackup': 'Restore from Backup…',
  'menu.print': 'Print…',
  'menu.edit': '&Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': '&View',
  'menu.reload': 'Reload',
  'menu.devTools': 'Toggle Developer Tools',
  'menu.actualSize': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.fullScreen': 'Toggle Full Screen',
  'menu.language': 'Language',
  'menu.help': '&Help',
  'menu.shortcuts': 'Keyboard Shortcuts',
  'menu.checkUpdates': 'Check for Updates…',
  'menu.logFolder': 'Open Log Folder',
  'menu.about': 'About PlanDesk',

  // The app's shell (renderer/src/app).
  'app.openFailed': 'PlanDesk could not open the workspace',
  'app.tryAgain': 'Try again',
  'app.opening': 'Opening the workspace…',
  'app.oneFileDropped': 'The dropped file:',
  'app.filesDropped': (count: string) => `${count} files dropped:`,
  'app.receiveNeedsPlan': 'Updates are received into a plan: open or create a plan first.',
  'app.packageNeedsPlan': 'A package is reviewed from the Exchange view of a plan: open or create a plan first, then open the package again.',
  'app.backupRestored': 'The backup was restored into a new workspace file. This workspace is unchanged; open the restored one with File > Open Workspace…',
  'header.plan': 'Plan',
  'header.import': 'Import…',
  'header.importTitle': 'Import a spreadsheet or plan file (Ctrl+Shift+O in the desktop menu)',
  'header.workspace': 'Workspace: ',
  'header.workspaceTitle': (path: string) => `Workspace file: ${path}`,
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.byPlace': 'Shortcuts by where they work',
  'shortcuts.Everywhere': 'Everywhere',
  'shortcuts.Actions grid': 'Actions grid',
  'shortcuts.Indicators grid': 'Indicators grid',
  'shortcuts.Detail panel': 'Detail panel',
  'shortcuts.Menu': 'Desktop menu',
  'undo.nothingToUndo': 'Nothing to undo',
  'undo.nothingToRedo': 'Nothing to redo',
  'undo.undone': 'Undone',
  'undo.redone': 'Redone',
  'undo.moreItems': (count: number) => `, and changes to ${count} more item${count === 1 ? '' : 's'}`,
  'undo.moreChanges': (count: number) => `, and ${count} more change${count === 1 ? '' : 's'}`,

  // Implementation status, funding and delivery ratings (shared/vocab): the names shown for each value.
  'status.not_started': 'Not started',
  'status.ongoing': 'Ongoing',
  'status.completed': 'Completed',
  'status.on_hold': 'On hold',
  'status.dropped': 'Dropped',
  'status.unknown': 'No status',
  'status.overdue': 'Overdue',
  'status.overdueMeans': 'Overdue: the end date has passed and the action is not completed',
  'status.noActions': 'No actions',
  'fund.committed': 'Committed',
  'fund.partially_committed': 'Partially committed',
  'fund.not_committed': 'Not committed',
  'fund.no_budget_required': 'No budget required',
  'rating.green': 'Green',
  'rating.amber': 'Amber',
  'rating.red': 'Red',
  'rating.completed': 'Completed',
  'rating.not_rated': 'Not rated',
  'rating.computed': (computed: string) => `(computed: ${computed.toLowerCase()})`,

  'fund.unknown': 'Not recorded',

  // The filters over the actions grid, the timeline and the indicators (renderer/src/filters).
  'filter.barLabel.actions': 'Filter the actions',
  'filter.barLabel.indicators': 'Filter the indicators',
  'filter.searchLabel.actions': "Search the actions' text",
  'filter.searchLabel.indicators': "Search the indicators' text",
  'filter.searchPlaceholder': 'Search all text (Ctrl+F)',
  'filter.chapter': 'Chapter',
  'filter.lead': 'Lead',
  'filter.status': 'Status',
  'filter.rating': 'Rating',
  'filter.fund': 'Fund',
  'filter.overdueOnly': 'Overdue only',
  'filter.clear': 'Clear filters',
  'filter.all': 'All',
  'filter.panelLabel': (label: string) => `${label} filter`,
  'filter.find': (label: string) => `Find ${label.toLowerCase()}`,
  'filter.nothingMatches': (search: string) => `Nothing matches “${search}”.`,
  'filter.showAll': 'Show all',
  'filter.done': 'Done',
  'filter.activeIn': 'Active in',
  'filter.activeInPeriod': 'Active in a period',
  'filter.anyTime': 'Any time',
  'filter.periodIntro': 'Actions whose timeline overlaps the period.',
  'filter.thisFiscalYear': (label: string) => `This fiscal year (${label})`,
  'filter.nextFiscalYear': (label: string) => `Next (${label})`,
  'filter.from': 'From',
  'filter.to': 'To',
  'filter.periodHint': 'Type “Jan 2025”, “2025-01” or a year (“2025”).',
  'filter.apply': 'Apply',
  'filter.writeFirstMonth': 'Write the first month of the period',
  'filter.writeLastMonth': 'Write the last month of the period',
  'filter.notContinue': 'A period needs months, not "Continue"',
  'filter.endsBeforeStart': 'The period ends before it starts',

  // Parts every view uses (renderer/src/ui).
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.cancelling': 'Cancelling…',
  'common.dismissMessage': 'Dismiss this message',
  'common.closeMessage': 'Close this message',
  'common.resizeTree': 'Resize the plan tree',
  'common.reason': 'Reason',
  'common.continue': 'Continue',
  'common.andMore': (count: string) => `… and ${count} more`,
  'common.countOf': (done: string, total: string) => `${done} of ${total}`,
  'common.selectionCleared': 'Selection cleared',
  'common.selectedOneCell': 'Selected 1 cell',
  /** A block of cells selected in a grid, as a screen reader hears it: each count as shown, then as a number. */
  'common.selectedBlock': (rows: string, rowCount: number, columns: string, columnCount: number, cells: string) =>
    `Selected ${rows} ${rowCount === 1 ? 'row' : 'rows'} × ${columns} ${columnCount === 1 ? 'column' : 'columns'}, ${cells} cells`,
  'common.revisedEndTitle': 'Why does the end change?',
  'common.revisedEndChange': (action: string, newEnd: string) => `${action}: new end ${newEnd}`,
  /** `approved`: the workspace's words of why the new end needs a reason, without their "and needs a reason". */
  'common.revisedEndHint': (approved: string) =>
    `${approved}; the planned end stays as the baseline. The reason shows beside the revised end and in the history.`,
  'common.saveRevisedEnd': 'Save revised end',
  'error.read_only': 'This workspace is read-only',
  'error.busy': 'The workspace is busy',
  'error.storage': 'Could not write to the disk',
  'error.conflict': 'Not done: a conflict to settle first',
  'error.invalid_input': 'Not done: a value does not fit',
  'error.bad_file': 'Not done: a file cannot be used',
  'error.other': 'Something went wrong',
  'progress.working': 'Working',
  'progress.import:preview': 'Reading the file',
  'progress.import:commit': 'Importing the plan',
  'progress.reports': 'Preparing the review pack',
  'progress.exchange:send': 'Sending the update workbooks',
  'progress.exchange:receive': 'Reading the returned workbooks',
  'progress.exchange:merge': 'Merging the accepted changes',
  'progress.packages:create': 'Saving the plan package',
  'progress.packages:open': 'Opening the plan package',
  'progress.packages:merge': 'Merging the plan package',
  // A phase's count, saying what it counts (shared/operations.ts PROGRESS_UNITS); the plural follows the total.
  'progress.unit.actions': (done: number, total: number) => countOf(done, total, 'action', 'actions'),
  'progress.unit.rows': (done: number, total: number) => countOf(done, total, 'row', 'rows'),
  'progress.unit.changes': (done: number, total: number) => countOf(done, total, 'change', 'changes'),
  'progress.unit.workbooks': (done: number, total: number) => countOf(done, total, 'workbook', 'workbooks'),
  'progress.unit.parts': (done: number, total: number) => countOf(done, total, 'part of the pack', 'parts of the pack'),
  'progress.unit.pages': (done: number, total: number) => countOf(done, total, 'page', 'pages'),

  ...ACTIONS_WORDS,
  ...AGENCIES_WORDS,
  ...EXCHANGE_WORDS,
  ...HISTORY_WORDS,
  ...IMPORT_WORDS,
  ...INDICATORS_WORDS,
  ...OVERVIEW_WORDS,
  ...PRINT_WORDS,
  ...RATINGS_WORDS,
  ...SHORTCUTS_WORDS,
  ...REPORTS_WORDS,
  ...TIMELINE_WORDS,
  ...WORKSPACE_WORDS,
} satisfies Words;

export type Catalogue = typeof ENGLISH;
export type MessageKey = keyof Catalogue;
