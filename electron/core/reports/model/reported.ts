// What ministries reported for the pack's reporting period: the changes of returned update workbooks that the PMU
// accepted and merged by the pack's date, per action, with the agency that reported them and when they were merged.
// Read from the decisions the merge kept (review_decisions), so a pack says what the ministry said, not what the
// plan holds after later edits; a merge undone (its workbook back to returned) is left out.
import type { ReportActionBrief, ReportModel, ReportedProgress, ReportingPeriod } from '../../../../shared/domain';
import type { DbOrTx } from '../../db/schema';
import { endOfDay } from '../../history/rewind';

export interface ReportedInput {
  readonly planId: string;
  /** The pack's reporting period; null: the period of the workbooks merged last by the pack's date. */
  readonly period: ReportingPeriod | null;
  readonly asOf: string;
  readonly briefs: readonly ReportActionBrief[];
}

export async function reportedSection(db: DbOrTx, input: ReportedInput): Promise<ReportModel['reported']> {
  const merged = db
    .selectFrom('exchange_packages as p')
    .where('p.plan_id', '=', input.planId)
    .where('p.status', '=', 'merged')
    .where('p.merged_at', '<=', endOfDay(input.asOf));
  const period = input.period
    ? { id: input.period.id, label: input.period.label }
    : ((await merged.select(['p.period_id as id', 'p.period_label as label']).orderBy('p.merged_at', 'desc').executeTakeFirst()) ?? null);
  if (!period) return { period: null, byAction: {}, supportRequests: [] };

  const decisions = await merged
    .innerJoin('review_decisions as d', (join) => join.onRef('d.package_id', '=', 'p.id').onRef('d.batch_id', '=', 'p.merge_batch_id'))
    .leftJoin('indicators as i', (join) => join.onRef('i.id', '=', 'd.entity_id').on('d.entity', '=', 'indicator'))
    .select(['d.entity', 'd.entity_id', 'd.field', 'd.new_value', 'i.action_id as indicator_action_id', 'i.name as indicator_name', 'p.agency_label', 'p.merged_at', 'p.merged_by'])
    .where('p.period_id', '=', period.id)
    .where('d.kind', '=', 'exchange')
    .where('d.accepted', '=', 1)
    .orderBy('p.merged_at')
    .orderBy('d.id')
    .execute();

  const wanted = new Set(input.briefs.map((b) => b.id));
  const byAction: Record<string, ReportedProgress> = {};
  for (const d of decisions) {
    const actionId = d.entity === 'indicator' ? d.indicator_action_id : d.entity_id;
    if (!actionId || !wanted.has(actionId)) continue;
    const was = byAction[actionId];
    // Two workbooks for the same action (co-leads): the later merge's words win, field by field; both agencies named.
    const report: ReportedProgress = {
      agencies: was && !was.agencies.includes(d.agency_label) ? [...was.agencies, d.agency_label] : (was?.agencies ?? [d.agency_label]),
      mergedAt: d.merged_at ?? '',
      mergedBy: d.merged_by ?? '',
      status: was?.status ?? null,
      actuals: was?.actuals ?? [],
      narrative: was?.narrative ?? '',
      supportNeeded: was?.supportNeeded ?? '',
      revisedEnd: was?.revisedEnd ?? null,
    };
    const value = d.new_value ?? '';
    switch (d.field) {
      case 'status':
        byAction[actionId] = { ...report, status: value };
        break;
      case 'narrative':
        byAction[actionId] = { ...report, narrative: value };
        break;
      case 'supportNeeded':
        byAction[actionId] = { ...report, supportNeeded: value };
        break;
      case 'revisedEnd':
        byAction[actionId] = { ...report, revisedEnd: value };
        break;
      case 'actual':
        byAction[actionId] = { ...report, actuals: [...report.actuals.filter((a) => a.indicator !== (d.indicator_name ?? '')), { indicator: d.indicator_name ?? 'Indicator', value }] };
        break;
      default:
        byAction[actionId] = report;
    }
  }
  const supportRequests = input.briefs.flatMap((brief) => {
    const report = byAction[brief.id];
    return report && report.supportNeeded.trim() !== '' ? [{ action: brief, agencies: report.agencies, supportNeeded: report.supportNeeded, mergedAt: report.mergedAt }] : [];
  });
  return { period, byAction, supportRequests };
}
