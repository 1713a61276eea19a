// The steering committee's own pages, per plan and meeting (the snapshot the pack compares with, or none): the only
// code reading and writing committee_pages and committee_decisions. A save takes the pages whole, checks everything
// before it writes anything, and writes only what differs, in one transaction with its history entries (so one undo
// takes the save back).
import { randomUUID } from 'node:crypto';
import { COMMITTEE_TEXT_MAX, DECISION_TEXT_MAX, DECISIONS_MAX } from '../../../shared/committee-text';
import type { CommitteeLinkedAction, CommitteePages } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import type { Db, DbOrTx } from '../db/schema';
import { live } from '../db/live';
import { recordChanges } from '../history/store';
import { updateRow } from '../history/tracked-update';
import type { ChangeContext } from '../host/context';
import { actionsOfPlan } from '../plan/actions-of-plan';
import { requirePlan } from '../plan/plan-queries';
import { snapshotIdsOf } from '../snapshots/snapshots';

export interface MeetingOfPlan {
  readonly planId: string;
  /** The snapshot the pack compares with (the previous meeting's); null: a pack compared with none. */
  readonly snapshotId: string | null;
}

export interface CommitteePagesInput extends MeetingOfPlan {
  readonly keyMessages: string;
  readonly information: string;
  readonly decisions: readonly { readonly id?: string | undefined; readonly text: string; readonly actionCodes: readonly string[] }[];
}

function pageRow(db: DbOrTx, meeting: MeetingOfPlan) {
  const query = db.selectFrom('committee_pages').selectAll().where('plan_id', '=', meeting.planId).where(live());
  return (meeting.snapshotId === null ? query.where('snapshot_id', 'is', null) : query.where('snapshot_id', '=', meeting.snapshotId)).executeTakeFirst();
}

function decisionRows(db: DbOrTx, pageId: string) {
  return db.selectFrom('committee_decisions').selectAll().where('page_id', '=', pageId).where(live()).orderBy('position').execute();
}

function actionIdsOf(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** The meeting's pages; empty ones (id null) when nothing was written for it. */
export async function readCommitteePages(db: DbOrTx, meeting: MeetingOfPlan): Promise<CommitteePages> {
  const page = await pageRow(db, meeting);
  const empty: CommitteePages = { id: null, planId: meeting.planId, snapshotId: meeting.snapshotId, keyMessages: '', information: '', decisions: [] };
  if (!page) return empty;
  const decisions = await decisionRows(db, page.id);
  const linkedIds = [...new Set(decisions.flatMap((d) => actionIdsOf(d.action_ids)))];
  // An action deleted since is still named: the decision was asked about it.
  const actions = new Map<string, CommitteeLinkedAction>();
  if (linkedIds.length > 0) {
    const rows = await db.selectFrom('actions').select(['id', 'code', 'title']).where('id', 'in', linkedIds).execute();
    for (const row of rows) actions.set(row.id, row);
  }
  return {
    ...empty,
    id: page.id,
    keyMessages: page.key_messages,
    information: page.information,
    decisions: decisions.map((d) => ({
      id: d.id,
      text: d.text,
      actions: actionIdsOf(d.action_ids).flatMap((id) => actions.get(id) ?? []),
    })),
  };
}

function cappedText(text: string, what: string, field: string): string {
  if (text.length > COMMITTEE_TEXT_MAX) {
    throw new AppError('invalid_input', `${what} are ${text.length.toLocaleString('en')} characters long; keep them to ${COMMITTEE_TEXT_MAX.toLocaleString('en')} (nothing was saved)`, { field });
  }
  return text.replace(/\s+$/, '');
}

/** Each decision's text and the ids of the actions it links, checked: a refusal names the decision and what is wrong. */
async function checkedDecisions(db: DbOrTx, planId: string, decisions: CommitteePagesInput['decisions']) {
  if (decisions.length > DECISIONS_MAX) throw new AppError('invalid_input', `A meeting's pages hold at most ${DECISIONS_MAX} decisions; these have ${decisions.length}`, { field: 'decisions' });
  const wanted = [...new Set(decisions.flatMap((d) => d.actionCodes.map((c) => c.trim()).filter((c) => c !== '')))];
  const idOfCode = new Map<string, string>();
  if (wanted.length > 0) {
    const rows = await actionsOfPlan(db, planId, 'live').select(['actions.id', 'actions.code']).where('actions.code', 'in', wanted).execute();
    for (const row of rows) idOfCode.set(row.code, row.id);
  }
  return decisions.map((decision, index) => {
    const number = index + 1;
    const text = decision.text.trim();
    if (text === '') throw new AppError('invalid_input', `Decision ${number} has no text: say what the committee is asked to decide (nothing was saved)`, { field: `decisions.${index}.text` });
    if (text.length > DECISION_TEXT_MAX) {
      throw new AppError('invalid_input', `Decision ${number} is ${text.length.toLocaleString('en')} characters long; keep it to ${DECISION_TEXT_MAX.toLocaleString('en')} (nothing was saved)`, {
        field: `decisions.${index}.text`,
      });
    }
    const actionIds: string[] = [];
    for (const raw of decision.actionCodes) {
      const code = raw.trim();
      if (code === '') continue;
      const actionId = idOfCode.get(code);
      if (!actionId) throw new AppError('invalid_input', `Decision ${number} links action “${code}”, which is not in this plan (nothing was saved)`, { field: `decisions.${index}.actionCodes` });
      if (!actionIds.includes(actionId)) actionIds.push(actionId);
    }
    return { id: decision.id, text, actionIds };
  });
}

/** Saves the meeting's pages whole: the texts, and the decisions as listed (new ones added, missing ones removed). */
export async function saveCommitteePages(db: Db, context: ChangeContext, input: CommitteePagesInput): Promise<CommitteePages> {
  const keyMessages = cappedText(input.keyMessages, 'The key messages', 'keyMessages');
  const information = cappedText(input.information, 'The items for information', 'information');
  await db.transaction().execute(async (tx) => {
    await requirePlan(tx, input.planId);
    if (input.snapshotId !== null && !(await snapshotIdsOf(tx, input.planId)).has(input.snapshotId)) {
      throw new AppError('not_found', `No snapshot with id ${input.snapshotId} in this plan: the committee's pages belong to one of its meetings`, { field: 'snapshotId' });
    }
    const decisions = await checkedDecisions(tx, input.planId, input.decisions);
    let page = await pageRow(tx, input);
    if (!page) {
      if (keyMessages === '' && information === '' && decisions.length === 0) return;
      page = { id: randomUUID(), plan_id: input.planId, snapshot_id: input.snapshotId, key_messages: keyMessages, information, created_at: context.at, updated_at: context.at, deleted_at: null };
      await tx.insertInto('committee_pages').values(page).execute();
      await recordChanges(tx, context, [
        { planId: input.planId, entity: 'committee_page', entityId: page.id, field: 'created', oldValue: null, newValue: { snapshotId: input.snapshotId, keyMessages, information } },
      ]);
    } else {
      await updateRow(tx, context, { table: 'committee_pages', id: page.id, planId: input.planId }, { key_messages: keyMessages, information });
    }
    const pageId = page.id;
    const existing = new Map((await decisionRows(tx, pageId)).map((d) => [d.id, d]));
    const kept = new Set<string>();
    for (const [index, decision] of decisions.entries()) {
      const columns = { text: decision.text, action_ids: JSON.stringify(decision.actionIds), position: index + 1 };
      if (decision.id !== undefined) {
        if (!existing.has(decision.id)) throw new AppError('not_found', `Decision ${index + 1} is no longer on these pages (it was removed since they were read); reload them`, { field: `decisions.${index}` });
        kept.add(decision.id);
        await updateRow(tx, context, { table: 'committee_decisions', id: decision.id, planId: input.planId }, columns);
        continue;
      }
      const row = { id: randomUUID(), page_id: pageId, ...columns, created_at: context.at, updated_at: context.at, deleted_at: null };
      await tx.insertInto('committee_decisions').values(row).execute();
      await recordChanges(tx, context, [
        { planId: input.planId, entity: 'committee_decision', entityId: row.id, field: 'created', oldValue: null, newValue: { text: row.text, actionIds: decision.actionIds } },
      ]);
    }
    for (const id of existing.keys()) {
      if (!kept.has(id)) await updateRow(tx, context, { table: 'committee_decisions', id, planId: input.planId }, { deleted_at: context.at });
    }
  });
  return readCommitteePages(db, input);
}
