// The annex: every agency the actions in scope name (as lead or collaborator), with its full name.
import type { ActionGridRow, AgencyListRow, ReportModel } from '../../../../shared/domain';

export function annexSection(rows: readonly ActionGridRow[], agencies: readonly AgencyListRow[]): ReportModel['annex'] {
  const named = new Set(rows.flatMap((r) => [...r.leadAgencyIds, ...r.collaboratorAgencyIds]));
  return agencies.filter((a) => named.has(a.id)).map((a) => ({ acronym: a.acronym, name: a.name, kind: a.kind, parentName: a.parentName, confirmed: a.confirmed }));
}
