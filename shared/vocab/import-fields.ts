// The fields of an import in words, as the preview's column choices and the import report name them.
import type { ImportField } from '../domain';

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  code: 'Code',
  chapter: 'Chapter',
  statement: 'Policy statement',
  action: 'Action',
  indicator: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  timeline: 'Timeline',
  start: 'Start',
  end: 'End',
  lead: 'Lead agency',
  collaborators: 'Collaborating agencies',
  fund: 'Fund',
  status: 'Status',
  remarks: 'Remarks',
};
