// Review packs in words: each section's title (in the contents, the running headers and the workbook's sheets)
// and each preset's name.
import type { ReportPreset, ReportSectionId } from '../domain';

export const REPORT_SECTION_TITLES: Readonly<Record<ReportSectionId, string>> = {
  cover: 'Cover',
  contents: 'Contents',
  committee: 'For the committee',
  summary: 'Executive summary',
  ratings: 'Delivery ratings',
  changes: 'What changed since the last meeting',
  chapters: 'Chapter detail',
  overdue: 'Overdue and at-risk actions',
  support: 'Support requested by agencies',
  agencies: 'Agency scorecards',
  indicators: 'Indicator progress',
  timeline: 'Timeline',
  annex: 'Annex: agencies',
};

export const REPORT_PRESET_LABELS: Readonly<Record<ReportPreset, string>> = {
  steering_committee: 'Steering committee pack',
  agency_scorecard: 'Agency scorecard',
  overdue: 'Overdue actions',
};
