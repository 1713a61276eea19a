// The cover: the pack's title (after its preset, or the agency a scorecard is for), the meeting and who prepared it.
import type { ReportRequest } from '../../../../shared/contract';
import type { ReportModel } from '../../../../shared/domain';
import { REPORT_PRESET_LABELS } from '../../../../shared/vocab/report-sections';
import { agencyLabel, type PackScope } from './scope';

export function packTitle(preset: ReportRequest['preset'], scope: PackScope): string {
  if (preset === 'agency_scorecard' && scope.leadAgency) return `Agency scorecard: ${agencyLabel(scope.leadAgency)}`;
  return preset === 'steering_committee' ? 'Steering committee review pack' : REPORT_PRESET_LABELS[preset];
}

export function coverSection(request: Pick<ReportRequest, 'preset' | 'meetingName' | 'meetingDate' | 'preparedBy'>, scope: PackScope, now: Date): ReportModel['cover'] {
  return { title: packTitle(request.preset, scope), meetingName: request.meetingName, meetingDate: request.meetingDate, preparedBy: request.preparedBy, generatedAt: now.toISOString() };
}
