// Writes a plan document (from a JSON plan file, or built by the spreadsheet importer) into the workspace.
// Runs inside the caller's transaction; every created entity gets its 'created' entry in the change history.
import { AppError } from '../../../shared/result';
import { insertRows } from '../db/insert-rows';
import { timeOrderedId } from '../db/time-ordered-id';
import type { DbOrTx } from '../db/schema';
import { recordChanges, type FieldChange } from '../history/store';
import type { ChangeContext } from '../host/context';
import { NO_PROGRESS, type Progress } from '../progress/progress';
import { looksLikeAcronym } from '../agencies/agency-names';
import { agencyIdOf, insertAgency, loadAgencyIndex, type AgencyIndex } from '../agencies/registry';
import type { PlanFile, PlanFileAction, PlanFileAgency, PlanFileIndicator } from './format';

export interface WritePlanResult {
  readonly planIds: readonly string[];
  /** Things the user should know: agencies created for unknown names, ids replaced to avoid a clash. */
  readonly notes: readonly string[];
  /** For each plan written, its actions' ids by their place in the file ("chapter.statement.action" indexes). */
  readonly actionIds: readonly ReadonlyMap<string, string>[];
}

/** Finds the registry agency a plan file's reference names, or null when none or several do. */
function resolveReference(index: AgencyIndex, fileIds: Map<string, string>, ref: string): string | null {
  return fileIds.get(ref) ?? agencyIdOf(index, ref);
}

async function writeAgencies(
  db: DbOrTx,
  index: AgencyIndex,
  agencies: readonly PlanFileAgency[],
  at: string,
  changes: FieldChange[],
): Promise<Map<string, string>> {
  // Maps the file's agency ids (and unique acronyms) to registry ids.
  const fileIds = new Map<string, string>();
  const pendingParents: { id: string; parent: string; at: number }[] = [];
  for (const [position, agency] of agencies.entries()) {
    const existing =
      (agency.id ? index.byId.get(agency.id) : undefined) ??
      index
        .byKey(agency.acronym ?? agency.name)
        .find((row) => row.name.toLowerCase() === agency.name.toLowerCase() && row.kind === agency.kind);
    let id: string;
    if (existing) {
      id = existing.id;
    } else {
      const row = await insertAgency(
        db,
        index,
        {
          id: agency.id && !index.byId.has(agency.id) ? agency.id : undefined,
          kind: agency.kind,
          acronym: agency.acronym,
          name: agency.name,
          parentId: null,
          confirmed: agency.confirmed,
          origin: 'import',
          aliases: agency.aliases,
        },
        at,
      );
      id = row.id;
      changes.push({ planId: null, entity: 'agency', entityId: id, field: 'created', oldValue: null, newValue: agency });
      if (agency.parent) pendingParents.push({ id, parent: agency.parent, at: position });
    }
    if (agency.id) fileIds.set(agency.id, id);
  }
  for (const { id, parent, at: position } of pendingParents) {
    const parentId = resolveReference(index, fileIds, parent);
    // A parent that names no agency (or several) would be dropped: the file is refused instead, nothing written.
    if (!parentId) {
      throw new AppError('bad_file', `The plan file's agencies[${position}].parent "${parent}" names no agency of the file or the registry (or several); correct it and import again`, { path: `agencies[${position}].parent` });
    }
    if (parentId !== id) await db.updateTable('agencies').set({ parent_id: parentId }).where('id', '=', id).execute();
  }
  return fileIds;
}

type IdTable = 'plans' | 'chapters' | 'policy_statements' | 'actions' | 'indicators';

/**
 * The ids a plan file asks for that are already taken in the workspace, looked up in a few queries for the
 * whole file rather than one query per entity (a re-imported export of 10,000 actions names 20,000 ids).
 */
async function takenIds(db: DbOrTx, file: PlanFile): Promise<Record<IdTable, Set<string>>> {
  const wanted: Record<IdTable, string[]> = { plans: [], chapters: [], policy_statements: [], actions: [], indicators: [] };
  for (const plan of file.plans) {
    if (plan.id) wanted.plans.push(plan.id);
    for (const chapter of plan.chapters) {
      if (chapter.id) wanted.chapters.push(chapter.id);
      for (const statement of chapter.statements) {
        if (statement.id) wanted.policy_statements.push(statement.id);
        for (const action of statement.actions) {
          if (action.id) wanted.actions.push(action.id);
          for (const indicator of action.indicators) if (indicator.id) wanted.indicators.push(indicator.id);
        }
      }
    }
  }
  const taken = { plans: new Set<string>(), chapters: new Set<string>(), policy_statements: new Set<string>(), actions: new Set<string>(), indicators: new Set<string>() };
  for (const table of Object.keys(wanted) as IdTable[]) {
    const ids = [...new Set(wanted[table])];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db.selectFrom(table).select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
      for (const row of rows) taken[table].add(row.id);
    }
  }
  return taken;
}

function freeId(taken: Record<IdTable, Set<string>>, table: IdTable, wanted: string | undefined): string {
  if (!wanted) return timeOrderedId();
  return taken[table].has(wanted) ? timeOrderedId() : wanted;
}

export function actionRow(action: PlanFileAction, id: string, statementId: string, position: number, at: string) {
  return {
    id,
    statement_id: statementId,
    code: action.code,
    title: action.title,
    position,
    start_month: action.start,
    start_precision: action.startPrecision,
    end_month: action.end,
    end_precision: action.endPrecision,
    end_open: action.endOpen ? 1 : 0,
    revised_end_month: action.revisedEnd,
    revised_end_reason: action.revisedEndReason,
    timeline_text: action.timelineText,
    lead_text: action.lead.text,
    collaborators_text: action.collaborators.text,
    fund_status: action.fund.status,
    fund_note: action.fund.note,
    status: action.status,
    status_text: action.statusText,
    remarks: action.remarks,
    unmapped: JSON.stringify(action.unmapped),
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
}

/** Agency rows of one action, ready for insertRows. */
export interface AgencyLinkRow {
  readonly action_id: string;
  readonly agency_id: string;
  readonly role: 'lead' | 'collaborator';
  readonly position: number;
}

export interface PlanAgencies {
  /** Links an action to the agencies a plan file names, creating (unconfirmed) the ones nobody knows. */
  link(refs: readonly string[], actionId: string, role: 'lead' | 'collaborator', links: AgencyLinkRow[]): Promise<void>;
}

/** Writes a plan file's agencies into the registry and answers the references its actions make to them. */
export async function prepareAgencies(db: DbOrTx, agencies: readonly PlanFileAgency[], at: string, changes: FieldChange[], notes: string[]): Promise<PlanAgencies> {
  const index = await loadAgencyIndex(db);
  const fileIds = await writeAgencies(db, index, agencies, at, changes);
  return {
    link: async (refs, actionId, role, links) => {
      const seen = new Set<string>();
      for (const ref of refs) {
        let agencyId = resolveReference(index, fileIds, ref);
        if (!agencyId) {
          const row = await insertAgency(
            db,
            index,
            // A reference that reads as an acronym ("BICMA") is one; anything longer is a name without acronym.
            { kind: 'agency', acronym: looksLikeAcronym(ref) ? ref : null, name: ref, parentId: null, confirmed: false, origin: 'import', aliases: [] },
            at,
          );
          agencyId = row.id;
          changes.push({ planId: null, entity: 'agency', entityId: agencyId, field: 'created', oldValue: null, newValue: { acronym: ref } });
          notes.push(`Agency "${ref}" was not in the registry; added it as unconfirmed.`);
        }
        if (seen.has(agencyId)) continue;
        seen.add(agencyId);
        links.push({ action_id: actionId, agency_id: agencyId, role, position: seen.size - 1 });
      }
    },
  };
}

export function indicatorRow(indicator: PlanFileIndicator, id: string, actionId: string, position: number, at: string) {
  return {
    id,
    action_id: actionId,
    position,
    name: indicator.name,
    kind: indicator.kind,
    unit: indicator.unit,
    baseline_text: indicator.baseline.text,
    baseline_value: indicator.baseline.value,
    target_text: indicator.target.text,
    target_value: indicator.target.value,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
}

export async function writePlanFile(db: DbOrTx, file: PlanFile, context: ChangeContext, progress: Progress = NO_PROGRESS): Promise<WritePlanResult> {
  const at = context.at;
  const actionCount = file.plans.reduce((n, p) => n + p.chapters.reduce((m, c) => m + c.statements.reduce((k, s) => k + s.actions.length, 0), 0), 0);
  progress.phase('Preparing the actions', actionCount, 'actions');
  let prepared = 0;
  const notes: string[] = [];
  const changes: FieldChange[] = [];
  const agencies = await prepareAgencies(db, file.agencies, at, changes, notes);
  const linkAgencies = agencies.link;
  const taken = await takenIds(db, file);

  const planIds: string[] = [];
  const actionIds: Map<string, string>[] = [];
  for (const plan of file.plans) {
    const idsByPlace = new Map<string, string>();
    actionIds.push(idsByPlace);
    const planId = freeId(taken, 'plans', plan.id);
    // A second plan of the file with the same id becomes a copy, as it did when each id was looked up as it came.
    taken.plans.add(planId);
    if (plan.id && planId !== plan.id) notes.push(`Plan "${plan.title}" already exists here; imported as a copy.`);
    planIds.push(planId);
    await db
      .insertInto('plans')
      .values({
        id: planId,
        title: plan.title,
        description: plan.description,
        fiscal_year_start_month: 7,
        reporting_frequency: 'fiscal_year',
        approved_on: plan.baseline.approvedOn,
        approved_by: plan.baseline.approvedBy,
        rebaselined_on: plan.baseline.rebaselinedOn,
        rebaseline_reason: plan.baseline.rebaselineReason,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      })
      .execute();
    changes.push({ planId, entity: 'plan', entityId: planId, field: 'created', oldValue: null, newValue: plan.title });

    const chapters: object[] = [];
    const statements: object[] = [];
    const actions: object[] = [];
    const indicators: object[] = [];
    const links: AgencyLinkRow[] = [];
    const copy = planId !== plan.id;
    const idFor = (table: 'chapters' | 'policy_statements' | 'actions' | 'indicators', wanted?: string) => (copy ? timeOrderedId() : freeId(taken, table, wanted));

    for (const [ci, chapter] of plan.chapters.entries()) {
      const chapterId = idFor('chapters', chapter.id);
      chapters.push({ id: chapterId, plan_id: planId, code: chapter.code, title: chapter.title, position: ci + 1, created_at: at, updated_at: at, deleted_at: null });
      changes.push({ planId, entity: 'chapter', entityId: chapterId, field: 'created', oldValue: null, newValue: `${chapter.code} ${chapter.title}`.trim() });
      for (const [si, statement] of chapter.statements.entries()) {
        const statementId = idFor('policy_statements', statement.id);
        statements.push({ id: statementId, chapter_id: chapterId, code: statement.code, text: statement.text, position: si + 1, created_at: at, updated_at: at, deleted_at: null });
        changes.push({ planId, entity: 'statement', entityId: statementId, field: 'created', oldValue: null, newValue: `${statement.code} ${statement.text}`.trim() });
        for (const [ai, action] of statement.actions.entries()) {
          const actionId = idFor('actions', action.id);
          idsByPlace.set(`${ci}.${si}.${ai}`, actionId);
          progress.step(++prepared);
          actions.push(actionRow(action, actionId, statementId, ai + 1, at));
          changes.push({ planId, entity: 'action', entityId: actionId, field: 'created', oldValue: null, newValue: `${action.code} ${action.title}`.trim() });
          await linkAgencies(action.lead.agencies, actionId, 'lead', links);
          await linkAgencies(action.collaborators.agencies, actionId, 'collaborator', links);
          for (const [ii, indicator] of action.indicators.entries()) {
            const indicatorId = idFor('indicators', indicator.id);
            changes.push({ planId, entity: 'indicator', entityId: indicatorId, field: 'created', oldValue: null, newValue: indicator.name });
            indicators.push(indicatorRow(indicator, indicatorId, actionId, ii + 1, at));
          }
        }
      }
    }
    // The tables one after the other, a step each: where a cancel stops (the caller's transaction undoes them).
    // Not counted: five tables of very different sizes say nothing to the person waiting; the bar runs on.
    progress.phase('Writing the plan');
    await insertRows(db, 'chapters', chapters as never[]);
    progress.step(1);
    await insertRows(db, 'policy_statements', statements as never[]);
    progress.step(2);
    await insertRows(db, 'actions', actions as never[]);
    progress.step(3);
    await insertRows(db, 'indicators', indicators as never[]);
    progress.step(4);
    await insertRows(db, 'action_agencies', links as never[]);
    progress.step(5);
  }
  progress.phase('Recording the changes in the history');
  await recordChanges(db, context, changes);
  progress.step(changes.length);
  return { planIds, notes: [...new Set(notes)], actionIds };
}
