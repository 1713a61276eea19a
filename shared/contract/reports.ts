// Review packs: the sections in print order, the sections of each preset the PMU starts from, and what a pack is
// asked for. (Their titles and the presets' names, shown to people, are in shared/vocab/report-sections.ts.)
import { z } from 'zod';
import type { ReportModel, ReportPreset, ReportSectionId } from '../domain';
import { calendarDate, id, returns, type DomainSchemas } from './common';

export const REPORT_SECTIONS = ['cover', 'contents', 'committee', 'summary', 'ratings', 'changes', 'chapters', 'overdue', 'support', 'agencies', 'indicators', 'timeline', 'annex'] as const satisfies readonly ReportSectionId[];
export const REPORT_PRESET_SECTIONS: Readonly<Record<ReportPreset, readonly ReportSectionId[]>> = {
  steering_committee: REPORT_SECTIONS,
  agency_scorecard: ['cover', 'contents', 'summary', 'ratings', 'agencies', 'overdue', 'support', 'chapters', 'indicators', 'annex'],
  overdue: ['cover', 'contents', 'summary', 'overdue', 'annex'],
};
const reportRequestShape = {
  planId: id,
  preset: z.enum(['steering_committee', 'agency_scorecard', 'overdue']).default('steering_committee'),
  /** Overrides the preset's sections. */
  sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length * 2).optional(),
  /** Scope: some chapters (all when absent) and/or one lead agency with its units. */
  chapterIds: z.array(id).max(1000).optional(),
  leadAgencyId: id.optional(),
  /** As-of date; defaults to the end of `periodId` when given, else today. */
  asOf: calendarDate.optional(),
  periodId: id.optional(),
  /** The snapshot to compare with; absent: the newest one; null: none. */
  snapshotId: id.nullable().optional(),
  meetingName: z.string().max(300).default(''),
  meetingDate: z.string().max(100).default(''),
  preparedBy: z.string().max(300).default(''),
};
export const reportRequest = z.object(reportRequestShape).strict();
export type ReportRequest = z.output<typeof reportRequest>;
const printedReportRequest = z
  .object({
    ...reportRequestShape,
    paper: z.enum(['A4', 'Letter']).default('A4'),
    timelinePaper: z.enum(['pack', 'A3'], { error: 'The timeline pages are printed on the pack’s paper ("pack") or on A3 ("A3")' }).default('pack'),
  })
  .strict();

export const reportsContract = {
  'reports:model': { input: reportRequest, result: returns<ReportModel>() },
  /** The pack's tables as an .xlsx workbook (one sheet per section), for the page to offer as a download. */
  'reports:workbook': { input: reportRequest, result: returns<{ readonly fileName: string; readonly base64: string }>() },
  /** Desktop only: renders the pack to PDF and asks where to save it. Resolves the path, or null when cancelled. */
  'reports:savePdf': { input: printedReportRequest, result: returns<{ readonly path: string | null }>() },
  /** Desktop only: prints the pack through the system's print dialog. Resolves false when cancelled. */
  'reports:print': { input: printedReportRequest, result: returns<boolean>() },
} as const satisfies DomainSchemas<'reports'>;
