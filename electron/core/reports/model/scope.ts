// Whose actions a pack covers: the whole plan, some chapters, or the actions one lead agency leads (with its
// units: DITT under MoIC), and the words for it on the cover.
import type { ReportRequest } from '../../../../shared/contract';
import type { ActionGridRow, AgencyListRow } from '../../../../shared/domain';
import { AppError } from '../../../../shared/result';

/** How a pack names an agency: its acronym, or its name without one. */
export function agencyLabel(agency: { acronym: string | null; name: string }): string {
  return agency.acronym ?? agency.name;
}

/** The agency and every unit under it (DITT under MoIC), so a ministry's pack includes its departments' actions. */
export function agencyWithUnits(agencies: readonly AgencyListRow[], agencyId: string): Set<string> {
  const ids = new Set([agencyId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const agency of agencies) {
      if (agency.parentId && ids.has(agency.parentId) && !ids.has(agency.id)) {
        ids.add(agency.id);
        grew = true;
      }
    }
  }
  return ids;
}

export interface PackScope {
  /** Null: every chapter. */
  readonly chapterIds: Set<string> | null;
  readonly leadAgency: AgencyListRow | undefined;
  /** The lead agency and its units; null: any lead. */
  readonly leadAgencyIds: Set<string> | null;
}

/** The scope asked for, checked: chapters of this plan, an agency of the registry. */
export function readScope(request: Pick<ReportRequest, 'chapterIds' | 'leadAgencyId'>, chapters: readonly { id: string }[], agencies: readonly AgencyListRow[]): PackScope {
  let chapterIds: Set<string> | null = null;
  if (request.chapterIds && request.chapterIds.length > 0) {
    chapterIds = new Set(request.chapterIds);
    const known = new Set(chapters.map((c) => c.id));
    const stranger = request.chapterIds.find((id) => !known.has(id));
    if (stranger) throw new AppError('not_found', `No chapter with id ${stranger} in this plan`);
  }
  const leadAgency = request.leadAgencyId ? agencies.find((a) => a.id === request.leadAgencyId) : undefined;
  if (request.leadAgencyId && !leadAgency) throw new AppError('not_found', `No agency with id ${request.leadAgencyId} in the registry`);
  return { chapterIds, leadAgency, leadAgencyIds: leadAgency ? agencyWithUnits(agencies, leadAgency.id) : null };
}

export function inScope(scope: PackScope, row: ActionGridRow): boolean {
  return (!scope.chapterIds || scope.chapterIds.has(row.chapterId)) && (!scope.leadAgencyIds || row.leadAgencyIds.some((id) => scope.leadAgencyIds!.has(id)));
}

/** "Chapters 5.1 Digital; 5.2 Shared · Actions led by MoIC (Ministry of ...) and its units", or "Whole plan". */
export function scopeLabel(scope: PackScope, chapters: readonly { id: string; code: string; title: string }[]): string {
  const parts: string[] = [];
  const { chapterIds, leadAgency, leadAgencyIds } = scope;
  if (chapterIds) {
    const names = chapters.filter((c) => chapterIds.has(c.id)).map((c) => (c.code ? `${c.code} ${c.title}` : c.title));
    parts.push(`${names.length === 1 ? 'Chapter' : 'Chapters'} ${names.join('; ')}`);
  }
  if (leadAgency) {
    const units = (leadAgencyIds?.size ?? 1) - 1;
    parts.push(`Actions led by ${agencyLabel(leadAgency)}${leadAgency.acronym ? ` (${leadAgency.name})` : ''}${units > 0 ? ' and its units' : ''}`);
  }
  return parts.length > 0 ? parts.join(' · ') : 'Whole plan';
}
