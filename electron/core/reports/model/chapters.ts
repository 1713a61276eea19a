// The chapter tables: every chapter of the plan (or of the chosen ones), its statements and their actions in
// full, with counts by status; with an agency scope, only the chapters and statements where it leads something.
import type { ActionGridRow, ReportAction, ReportChapter, ReportIndicatorLine } from '../../../../shared/domain';
import type { Month } from '../../../../shared/months';
import type { PlanAsOf } from './plan-as-of';
import { briefOf, countStatuses } from './action-briefs';
import type { PackScope } from './scope';

export function chapterSection(
  plan: Pick<PlanAsOf, 'chapters' | 'statements'>,
  rows: readonly ActionGridRow[],
  indicatorLines: ReadonlyMap<string, ReportIndicatorLine[]>,
  scope: PackScope,
  asOfMonth: Month,
  /** Told as each chapter in scope begins and is done (the model's progress). */
  each: { begin(chapter: { readonly code: string; readonly title: string }): void; done(): void } = { begin: () => undefined, done: () => undefined },
): ReportChapter[] {
  const { chapterIds, leadAgencyIds } = scope;
  const actionsOfStatement = new Map<string, ReportAction[]>();
  for (const row of rows) {
    const list = actionsOfStatement.get(row.statementId) ?? [];
    list.push({
      ...briefOf(row, asOfMonth),
      statementCode: row.statementCode,
      collaboratorsText: row.collaboratorsText,
      remarks: row.remarks,
      indicators: indicatorLines.get(row.id) ?? [],
    });
    actionsOfStatement.set(row.statementId, list);
  }
  return plan.chapters
    .filter((c) => !chapterIds || chapterIds.has(c.id))
    .map((chapter) => {
      each.begin(chapter);
      const statements = plan.statements
        .filter((s) => s.chapter_id === chapter.id)
        .map((s) => ({ id: s.id, code: s.code, text: s.text, actions: actionsOfStatement.get(s.id) ?? [] }))
        .filter((s) => !leadAgencyIds || s.actions.length > 0);
      const actions = statements.flatMap((s) => s.actions);
      each.done();
      return {
        id: chapter.id,
        code: chapter.code,
        title: chapter.title,
        total: actions.length,
        byStatus: countStatuses(actions),
        overdue: actions.filter((a) => a.overdue).length,
        statements,
      };
    })
    .filter((c) => !leadAgencyIds || c.total > 0);
}
