// Each item of the package's plan (the plan itself, chapters, statements, actions, indicators): held here too,
// its fields are compared; new, it is proposed as added; removed here, it is kept removed and listed so.
import type { ReviewEntity } from '../../../../shared/domain';
import type { DbOrTx } from '../../db/schema';
import type { PlanFilePlan } from '../../planfile/format';
import type { AgencyRefs } from './agency-refs';
import { compareFields } from './compare-fields';
import { ACTION_RULES, CHAPTER_RULES, INDICATOR_RULES, PLAN_RULES, STATEMENT_RULES } from './field-rules';
import { siblingsBefore } from './flatten';
import type { HistorySides } from './history-sides';
import type { PackWrite, PlacedTable } from './planned-change';
import type { MutableGroup, PackReview } from './review';

/** Held here, live or removed here (but not a row a package merge added and its undo removed again). */
export async function heldHere(db: DbOrTx, sides: HistorySides, table: PlacedTable, id: string): Promise<boolean> {
  return !sides.addedByUndoneMerge(id) && (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

function proposeAdded(review: PackReview, group: MutableGroup, entity: ReviewEntity, id: string, label: string, words: string, write: PackWrite, sequence: number, alsoCovers: readonly string[] = []): void {
  review.propose(group, { entity, entityId: id, field: 'added', label, oldValue: null, newValue: words, conflict: null, kind: 'added' }, { write, sequence, covers: [`${id}|*`, ...alsoCovers.map((c) => `${c}|*`)] });
}

export async function compareItems(db: DbOrTx, review: PackReview, refs: AgencyRefs, incoming: PlanFilePlan, local: PlanFilePlan): Promise<void> {
  const { theirs, ours, sides } = review;
  const planId = local.id ?? '';
  compareFields(review, refs, PLAN_RULES, { entity: 'plan', table: 'plans', id: planId, mine: local, incoming, group: review.groupOf(planId, 'plan', '', local.title), sequence: 0, kept: { code: '', title: local.title } });

  for (const [id, { item: chapter, sequence }] of theirs.chapters) {
    const mine = ours.chapters.get(id);
    const group = review.groupOf(id, 'chapter', chapter.code, chapter.title);
    if (mine) compareFields(review, refs, CHAPTER_RULES, { entity: 'chapter', table: 'chapters', id, mine: mine.item, incoming: chapter, group, sequence, kept: chapter });
    else if (!(await heldHere(db, sides, 'chapters', id))) {
      proposeAdded(review, group, 'chapter', id, 'New chapter', `${chapter.code} ${chapter.title}`.trim(), { kind: 'addChapter', chapter, after: siblingsBefore(theirs.chapters, id) }, sequence);
    } else review.keptHere('chapter', id, chapter.code, chapter.title, 'removed here');
  }
  for (const [id, { item: statement, parentId: chapterId, sequence }] of theirs.statements) {
    const mine = ours.statements.get(id);
    const group = review.groupOf(id, 'statement', statement.code, statement.text);
    if (mine) compareFields(review, refs, STATEMENT_RULES, { entity: 'statement', table: 'policy_statements', id, mine: mine.item, incoming: statement, group, sequence, kept: { code: statement.code, title: statement.text } });
    else if (!(await heldHere(db, sides, 'policy_statements', id))) {
      proposeAdded(review, group, 'statement', id, 'New policy statement', `${statement.code} ${statement.text}`.trim(), { kind: 'addStatement', chapterId, statement, after: siblingsBefore(theirs.statements, id) }, sequence);
    } else review.keptHere('statement', id, statement.code, statement.text, 'removed here');
  }
  for (const [id, { item: action, parentId: statementId, sequence }] of theirs.actions) {
    const mine = ours.actions.get(id);
    const group = review.actionGroup(id);
    if (mine) compareFields(review, refs, ACTION_RULES, { entity: 'action', table: 'actions', id, mine: mine.item, incoming: action, group, sequence, kept: action });
    else if (!(await heldHere(db, sides, 'actions', id))) {
      refs.resolve([...action.lead.agencies, ...action.collaborators.agencies], `new action ${action.code}`);
      const write: PackWrite = { kind: 'addAction', statementId, action, after: siblingsBefore(theirs.actions, id) };
      proposeAdded(review, group, 'action', id, 'New action', `${action.code} ${action.title}`.trim(), write, sequence, action.indicators.map((i) => i.id ?? ''));
    } else review.keptHere('action', id, action.code, action.title, 'removed here');
  }
  for (const [id, { item: indicator, parentId: actionId, sequence }] of theirs.indicators) {
    const mine = ours.indicators.get(id);
    if (mine) {
      const kept = { code: indicator.name, title: '' };
      compareFields(review, refs, INDICATOR_RULES, { entity: 'indicator', table: 'indicators', id, mine: mine.item, incoming: indicator, group: review.actionGroup(actionId), sequence, kept, labelPrefix: `${indicator.name}: ` });
    } else if (ours.actions.has(actionId) && !(await heldHere(db, sides, 'indicators', id))) {
      proposeAdded(review, review.actionGroup(actionId), 'indicator', id, 'New indicator', indicator.name, { kind: 'addIndicator', actionId, indicator, after: siblingsBefore(theirs.indicators, id) }, sequence);
    }
  }
}
