// The English words of the indicators view (renderer/src/indicators); keys start with "indicators.". A message that
// counts is a function of the number, which decides its plural, and of the number as written in the language shown
// (formatNumber: "1,234", "༡,༢༣༤"), which it shows.
import { counted, type Words } from './message';


export const INDICATORS_WORDS = {
  // The view's toolbar, hint and notices (IndicatorsView.tsx).
  'indicators.loadFailed': 'The indicators could not be loaded',
  'indicators.loading': 'Loading the indicators…',
  'indicators.heading': 'Indicators',
  'indicators.count': (count: number, written: string) => counted(count, written, 'indicator', 'indicators'),
  'indicators.countOf': (shown: string, total: number, written: string) => `${shown} of ${counted(total, written, 'indicator', 'indicators')}`,
  'indicators.withActual': (count: string) => `${count} with an actual`,
  'indicators.behindPath': (count: string) => `${count} behind their path`,
  'indicators.reportBy': 'Report by',
  'indicators.yearStarts': 'Year starts',
  'indicators.openAction': 'Open action',
  'indicators.deleteIndicator': 'Delete indicator',
  'indicators.addIndicator': 'Add indicator…',
  'indicators.hint':
    'Type in a cell to record a value; Enter saves it, Esc cancels. Progress is measured from the baseline to the target; the path runs from the baseline at the action’s start to the target at its end.',
  'indicators.dismiss': 'Dismiss',
  'indicators.gridLabel': 'Indicators grid',
  'indicators.noneYet': 'No indicators yet. Add one with “Add indicator…”.',
  'indicators.noneMatch': 'No indicator matches the filters.',
  'indicators.notSaved': (column: string, indicator: string, reason: string) => `${column} of "${indicator}" not saved: ${reason}`,
  'indicators.deleted': (indicator: string) => `Deleted "${indicator}". Ctrl+Z brings it back.`,
  'indicators.notDeleted': (indicator: string, reason: string) => `"${indicator}" was not deleted: ${reason}`,
  'indicators.reportingChanged': (now: string, before: string) =>
    `Reporting by ${now} now. The actuals recorded by ${before} are kept, and show again when you report by ${before}.`,
  'indicators.reportingNotChanged': (reason: string) => `The reporting periods were not changed: ${reason}`,
  'indicators.added': (indicator: string, action: string) => `Added "${indicator}" to ${action}. Type its baseline and target in the grid.`,

  // How often the plan reports: the choice's name, and the same in a sentence ("Reporting by quarters now").
  'indicators.frequency.fiscal_year': 'Fiscal years',
  'indicators.frequency.half': 'Half years',
  'indicators.frequency.quarter': 'Quarters',
  'indicators.frequencyInSentence.fiscal_year': 'fiscal years',
  'indicators.frequencyInSentence.half': 'half years',
  'indicators.frequencyInSentence.quarter': 'quarters',
  'indicators.month.1': 'January',
  'indicators.month.2': 'February',
  'indicators.month.3': 'March',
  'indicators.month.4': 'April',
  'indicators.month.5': 'May',
  'indicators.month.6': 'June',
  'indicators.month.7': 'July',
  'indicators.month.8': 'August',
  'indicators.month.9': 'September',
  'indicators.month.10': 'October',
  'indicators.month.11': 'November',
  'indicators.month.12': 'December',

  // The grid's columns (indicator-columns.tsx).
  'indicators.column.action': 'Action',
  'indicators.column.actionTip': 'The action the indicator measures. Enter or double-click opens it.',
  'indicators.column.name': 'Indicator',
  'indicators.column.kind': 'Kind',
  'indicators.column.baseline': 'Baseline',
  'indicators.column.target': 'Target',
  'indicators.column.latest': 'Latest actual',
  'indicators.column.latestTip': 'The actual of the most recent period that has one',
  'indicators.column.progress': 'Progress',
  'indicators.column.progressTip': 'How far the latest actual has come from the baseline to the target',
  'indicators.column.path': 'Against path',
  'indicators.column.pathTip':
    'The latest actual against a straight path from the baseline at the action’s start to the target at its end: behind once it is as many points behind as the rating rules’ amber threshold',
  'indicators.actualsByYear': 'Actuals by fiscal year',
  'indicators.actualsFor': (year: string) => `Actuals for ${year}`,
  'indicators.actualFor': (period: string, months: string) => `Actual for ${period} (${months})`,
  'indicators.actualForCurrent': (period: string, months: string) => `Actual for ${period} (${months}), the current period`,
  'indicators.openActionTip': (action: string) => `${action}\nEnter or double-click: open the action`,
  'indicators.kind.percent': 'Percent',
  'indicators.kind.number': 'Number',
  'indicators.kind.yes_no': 'Yes / no',
  'indicators.kind.ratio': 'Ratio',
  'indicators.kind.date': 'Date',
  'indicators.kind.text': 'Text',
  'indicators.progressNotComputed.text': 'Progress is not computed for text indicators',
  'indicators.progressNotComputed.date': 'Progress is not computed for date indicators',
  'indicators.noActualYet': 'No actual recorded yet',
  'indicators.latestNotAvailable': 'The latest actual is not available (NA)',
  'indicators.targetNotMeasurable': 'The target is not a value progress can be measured against',
  'indicators.baselineIsTarget': 'The baseline equals the target',
  'indicators.progressTip': (percent: string) => `${percent} of the way from the baseline to the target`,

  // The judgement against the path (TrajectoryTag.tsx), also in the Overview.
  'indicators.path.on_track': 'On track',
  'indicators.path.behind': 'Behind',
  'indicators.path.no_data': 'No data',
  'indicators.behindBy': (points: number, written: string) => `Behind by ${counted(points, written, 'point', 'points')}`,
  'indicators.tally.on_track': (count: string) => `${count} on track`,
  'indicators.tally.behind': (count: string) => `${count} behind`,
  'indicators.tally.no_data': (count: string) => `${count} no data`,

  // The cell editor of values (IndicatorValueEditor.tsx).
  'indicators.value': 'Value',
  'indicators.theIndicator': 'the indicator',
  'indicators.valueOf': (column: string, indicator: string) => `${column} of ${indicator}`,
  'indicators.hint.percent': 'A percentage, e.g. 45%. Blank or NA: not available.',
  'indicators.hint.number': 'A number, e.g. 765. Blank or NA: not available.',
  'indicators.hint.yes_no': 'YES or NO (or 1 / 0). Blank or NA: not available.',
  'indicators.hint.ratio': 'A ratio, e.g. 57/125. Blank or NA: not available.',
  'indicators.hint.date': 'A month, e.g. Dec 2018. Blank or NA: not available.',
  'indicators.hint.text': 'Any text. Enter saves, Esc cancels.',

  // "Add indicator…" (AddIndicatorDialog.tsx).
  'indicators.addTitle': 'Add an indicator',
  'indicators.addHint': 'Its kind is read from the baseline and target you type next; change it in the Kind column.',
  'indicators.addSubmit': 'Add indicator',
  'indicators.adding': 'Adding…',
  'indicators.actionItMeasures': 'Action it measures',
  'indicators.namePlaceholder': 'e.g. % of government offices connected',
  'indicators.actionsNotListed': (reason: string) => `The plan's actions could not be listed: ${reason}`,

  // A block of cells (useIndicatorBlock.ts).
  'indicators.blockRefused': (verb: string, reason: string) => `${verb}: ${reason}. Nothing was changed.`,
  // Said of two cells or more.
  'indicators.blockRefusedCells': (verb: string, count: string, reason: string) => `${verb}: ${reason} (${count} cells refused). Nothing was changed.`,
  // What the messages below add when read-only cells were in the block ("" when none was).
  'indicators.readOnlyLeft': (count: number, written: string) => `; ${counted(count, written, 'read-only cell', 'read-only cells')} left as ${count === 1 ? 'it was' : 'they were'}`,
  'indicators.nothingToClear': (readOnlyLeft: string) => `Nothing to clear${readOnlyLeft}.`,
  'indicators.nothingCleared': 'Nothing was cleared',
  'indicators.cleared': (count: number, written: string, readOnlyLeft: string) => `Cleared ${counted(count, written, 'cell', 'cells')}${readOnlyLeft}. Ctrl+Z brings them back.`,
  'indicators.selectToFill': 'Select the cells to fill first, from the row to copy down (Shift+↓): Ctrl+D copies its values to the rows below.',
  'indicators.nothingToFill': (readOnlyLeft: string) => `Nothing to fill down${readOnlyLeft}.`,
  'indicators.nothingFilled': 'Nothing was filled down',
  'indicators.filled': (count: number, written: string, indicator: string, readOnlyLeft: string) =>
    `Filled ${counted(count, written, 'cell', 'cells')} down from "${indicator}"${readOnlyLeft}. Ctrl+Z undoes it.`,
} satisfies Words;
