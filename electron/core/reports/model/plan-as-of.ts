// The plan a review pack reads: as recorded now when the pack's date is today or later, otherwise as it stood on
// that date, rebuilt from the change history (statuses, dates, targets, agencies, structure; actions added since
// left out, actions deleted since back in). Actuals are not rewound: they are recorded per reporting period, and the
// pack already reads only the periods begun by its date.
import type { ActionGridRow, IndicatorGridRow, ReportingPeriod } from '../../../../shared/domain';
import type { Month } from '../../../../shared/months';
import type { DbOrTx } from '../../db/schema';
import { changesSince, endOfDay, rewindLinks, rewindRows } from '../../history/rewind';
import { lastActionChangesUntil } from '../../history/store';
import { listIndicatorRows, withActuals, type IndicatorInPlan } from '../../indicators/indicator-rows';
import { listActionRows, toActionGridRows, type ActionInPlan } from '../../plan/action-rows';
import { actionsOfPlan } from '../../plan/actions-of-plan';
import { isLive, live } from '../../db/live';

export interface PlanAsOf {
  /** Live chapters and statements, in plan order. */
  readonly chapters: readonly { readonly id: string; readonly code: string; readonly title: string }[];
  readonly statements: readonly { readonly id: string; readonly chapter_id: string; readonly code: string; readonly text: string }[];
  readonly actions: readonly ActionGridRow[];
  /** The indicators of those actions, with the actuals of `periods`. */
  readonly indicators: readonly IndicatorGridRow[];
  /** Null when the plan is read as recorded now. */
  readonly rebuilt: {
    /** The day whose plan is shown: the as-of date, or the day the plan's history begins when that is later. */
    readonly day: string;
    /** Changes made since, left out. */
    readonly changesUndone: number;
  } | null;
}

/** Plan order: by the positions of chapter, statement, action (and indicator), each within the one before. */
function byPositions<T>(positions: (row: T) => readonly number[]): (a: T, b: T) => number {
  return (a, b) => {
    const [pa, pb] = [positions(a), positions(b)];
    for (let i = 0; i < pa.length; i += 1) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
    return 0;
  };
}

async function currentPlan(db: DbOrTx, planId: string, asOfMonth: Month, periods: readonly ReportingPeriod[]): Promise<Omit<PlanAsOf, 'rebuilt'>> {
  const chapters = await db
    .selectFrom('chapters')
    .select(['id', 'code', 'title'])
    .where('plan_id', '=', planId)
    .where(live())
    .orderBy('position')
    .execute();
  const statements = await db
    .selectFrom('policy_statements')
    .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
    .select(['policy_statements.id', 'policy_statements.chapter_id', 'policy_statements.code', 'policy_statements.text'])
    .where('chapters.plan_id', '=', planId)
    .where(live('policy_statements'))
    .orderBy('policy_statements.position')
    .execute();
  return { chapters, statements, actions: await listActionRows(db, planId, asOfMonth), indicators: await listIndicatorRows(db, planId, periods) };
}

export async function readPlanAsOf(
  db: DbOrTx,
  input: { planId: string; asOf: string; today: string; asOfMonth: Month; periods: readonly ReportingPeriod[] },
): Promise<PlanAsOf> {
  const { planId, asOfMonth, periods } = input;
  if (input.asOf >= input.today) return { ...(await currentPlan(db, planId, asOfMonth, periods)), rebuilt: null };
  const { changes, historyBegins } = await changesSince(db, planId, endOfDay(input.asOf));
  const day = historyBegins && historyBegins.slice(0, 10) > input.asOf ? historyBegins.slice(0, 10) : input.asOf;
  if (changes.length === 0) return { ...(await currentPlan(db, planId, asOfMonth, periods)), rebuilt: { day, changesUndone: 0 } };

  // Every row the plan has ever had (deleted ones too), then set back as they stood.
  const chapters = rewindRows(await db.selectFrom('chapters').selectAll().where('plan_id', '=', planId).execute(), 'chapter', changes);
  const statements = rewindRows(
    await db
      .selectFrom('policy_statements')
      .innerJoin('chapters', 'chapters.id', 'policy_statements.chapter_id')
      .selectAll('policy_statements')
      .where('chapters.plan_id', '=', planId)
      .execute(),
    'statement',
    changes,
  );
  const allActions = actionsOfPlan(db, planId, 'all');
  const actions = rewindRows(await allActions.selectAll('actions').execute(), 'action', changes);
  const indicators = rewindRows(
    await allActions.innerJoin('indicators', 'indicators.action_id', 'actions.id').selectAll('indicators').execute(),
    'indicator',
    changes,
  );
  const links = rewindLinks(
    await allActions
      .innerJoin('action_agencies', 'action_agencies.action_id', 'actions.id')
      .select(['action_agencies.action_id', 'action_agencies.agency_id', 'action_agencies.role'])
      .orderBy('action_agencies.position')
      .execute(),
    changes,
  );

  // Who changed each action last by that day, and when.
  const lastChanges = await lastActionChangesUntil(db, planId, endOfDay(day));
  const lastBy = new Map(lastChanges.map((c) => [c.entity_id, c]));

  const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;
  const liveChapters = chapters.filter(isLive).sort(byPosition);
  const chapterById = new Map(liveChapters.map((c) => [c.id, c]));
  const liveStatements = statements.filter((s) => isLive(s) && chapterById.has(s.chapter_id)).sort(byPosition);
  const statementById = new Map(liveStatements.map((s) => [s.id, s]));
  const inPlan: ActionInPlan[] = actions.flatMap((a) => {
    const statement = statementById.get(a.statement_id);
    const chapter = statement && chapterById.get(statement.chapter_id);
    if (!isLive(a) || !statement || !chapter) return [];
    return [
      {
        ...a,
        updated_at: lastBy.get(a.id)?.at ?? a.created_at,
        chapter_id: chapter.id,
        chapter_code: chapter.code,
        chapter_title: chapter.title,
        chapter_position: chapter.position,
        statement_code: statement.code,
        statement_text: statement.text,
        statement_position: statement.position,
      },
    ];
  });
  const liveActions = inPlan.sort(byPositions((a) => [a.chapter_position, a.statement_position, a.position]));
  const actionById = new Map(liveActions.map((a) => [a.id, a]));
  const liveIndicators: IndicatorInPlan[] = indicators
    .flatMap((i) => {
      const action = actionById.get(i.action_id);
      if (!isLive(i) || !action) return [];
      return [
        {
          ...i,
          action_code: action.code,
          action_title: action.title,
          action_position: action.position,
          chapter_code: action.chapter_code,
          chapter_position: action.chapter_position,
          statement_position: action.statement_position,
        },
      ];
    })
    .sort(byPositions((i) => [i.chapter_position, i.statement_position, i.action_position, i.position]));
  const lastUser = new Map([...lastBy].map(([id, c]) => [id, c.user_name]));

  return {
    chapters: liveChapters.map(({ id, code, title }) => ({ id, code, title })),
    statements: liveStatements.map(({ id, chapter_id, code, text }) => ({ id, chapter_id, code, text })),
    actions: toActionGridRows(liveActions, liveIndicators, links, lastUser, asOfMonth),
    indicators: await withActuals(db, liveIndicators, periods, false),
    rebuilt: { day, changesUndone: changes.length },
  };
}
