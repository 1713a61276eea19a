// The right-hand pane for the whole plan, a chapter or a policy statement: its actions by status and by delivery
// rating, tables of what it holds (chapters, statements or actions) and the overdue actions to chase.
import { useState, type ReactNode } from 'react';
import type { ActionNode, ChapterNode, PlanRatings, PlanTree, StatementNode } from '../../../shared/domain';
import { formatNumber, text } from '../language/language';
import { RatingBreakdown, RatingGroupTable } from '../ratings/RatingSummary';
import type { StatusCounts } from '../../../shared/vocab/status';
import { actionKey, actionsOfChapter, allActions, chapterKey, overdueCount, statementKey, type TreeKey } from './plan-tree-model';
import { STATUS_ORDER, presentStatuses, statusKeyOf, statusLabel, totalOf, type StatusKey } from '../ui/status-view';
import { formatEnd, percent } from '../ui/format';
import { monthOfDate } from '../../../shared/months';
import { monthsLate } from './standing-model';
import { StandingCharts } from './StandingCharts';
import { ChangesSinceSnapshot, IndicatorProgressList } from './StandingLists';
import type { PlanStanding } from './usePlanStanding';
import { OverdueTag, StatusBadge, StatusIcon } from '../ui/Status';
import './summary-pane.css';
import './standing.css';

type Subject =
  | { readonly kind: 'plan'; readonly tree: PlanTree }
  | { readonly kind: 'chapter'; readonly chapter: ChapterNode }
  | { readonly kind: 'statement'; readonly chapter: ChapterNode; readonly statement: StatementNode };

interface Props {
  readonly subject: Subject;
  readonly onSelect: (key: TreeKey) => void;
  /** The plan's delivery ratings and roll-ups; undefined while they are worked out. */
  readonly ratings: PlanRatings | undefined;
  readonly onOpenRatingRules: () => void;
  /** The plan's baseline panel, under the plan's heading. */
  readonly baseline?: ReactNode;
  /** Where the plan stands (charts, indicators, changes): the plan's Overview only; undefined while it is read. */
  readonly standing?: PlanStanding;
  /** Prints the plan's Overview (one or two A4 pages). */
  readonly onPrint?: () => void;
}

const ALWAYS_SHOWN: readonly StatusKey[] = ['completed', 'ongoing', 'not_started'];

/** Rows an action table shows before "Show all": thousands of rows make the pane slow to draw and to leave. */
const FIRST_ROWS = 100;

function StatusBreakdown({ counts, overdue }: { counts: StatusCounts; overdue: number }) {
  const total = totalOf(counts);
  const present = presentStatuses(counts);
  return (
    <section className="breakdown" aria-label={text()['overview.byStatus']}>
      <div className="breakdown__figures">
        <div className="figure">
          <span className="figure__n">{formatNumber(total)}</span>
          <span className="figure__label">{text()['overview.actionsFigure'](total)}</span>
        </div>
        {/* The three everyday statuses always, the rarer ones only when some action has them. */}
        {STATUS_ORDER.filter((s) => ALWAYS_SHOWN.includes(s) || counts[s] > 0).map((status) => (
          <div key={status} className={`figure figure--${status}`}>
            <span className="figure__n">{formatNumber(counts[status])}</span>
            <span className="figure__label">
              <StatusIcon status={status} /> {statusLabel(status)}
              <span className="figure__pct">{percent(counts[status], total)}</span>
            </span>
          </div>
        ))}
        <div className={overdue > 0 ? 'figure figure--separate figure--overdue' : 'figure figure--separate'}>
          <span className="figure__n">{formatNumber(overdue)}</span>
          <span className="figure__label">{text()['status.overdue']}</span>
        </div>
      </div>
      {total > 0 && (
        <div className="breakdown__bar" aria-hidden="true">
          {present.map(({ status, count }) => (
            <span key={status} className={`bar-segment bar-segment--${status}`} style={{ flexGrow: count }} />
          ))}
        </div>
      )}
    </section>
  );
}

interface GroupRow {
  readonly key: TreeKey;
  readonly code: string;
  readonly title: string;
  readonly counts: StatusCounts;
  readonly overdue: number;
}

function GroupTable({ caption, what, rows, onSelect }: { caption: string; what: string; rows: readonly GroupRow[]; onSelect: (key: TreeKey) => void }) {
  if (rows.length === 0) return null;
  const other = (c: StatusCounts) => c.on_hold + c.dropped + c.unknown;
  return (
    <section className="summary__section">
      <h3>{caption}</h3>
      <table className="data-table group-table">
        <thead>
          <tr>
            <th scope="col">{what}</th>
            <th scope="col" className="num">{text()['overview.actions']}</th>
            <th scope="col" className="num">{statusLabel('completed')}</th>
            <th scope="col" className="num">{statusLabel('ongoing')}</th>
            <th scope="col" className="num">{statusLabel('not_started')}</th>
            <th scope="col" className="num" title={text()['overview.otherMeans']}>
              {text()['overview.other']}
            </th>
            <th scope="col" className="num">{text()['status.overdue']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="group-table__name">
                <button type="button" className="row-link" onClick={() => onSelect(row.key)} title={row.title}>
                  {row.code && <span className="row-link__code">{row.code}</span>}
                  <span className="row-link__title">{row.title}</span>
                </button>
              </td>
              <td className="num">{formatNumber(totalOf(row.counts))}</td>
              <td className="num">{formatNumber(row.counts.completed)}</td>
              <td className="num">{formatNumber(row.counts.ongoing)}</td>
              <td className="num">{formatNumber(row.counts.not_started)}</td>
              <td className="num">{formatNumber(other(row.counts))}</td>
              <td className={row.overdue > 0 ? 'num num--alert' : 'num'}>{formatNumber(row.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Overdue actions, the longest overdue first, with how many months they are late (standing-model.ts). */
function OverdueTable({ actions, onSelect }: { actions: readonly ActionNode[]; onSelect: (key: TreeKey) => void }) {
  const late = monthsLate(actions, monthOfDate(new Date()));
  const byId = new Map(actions.map((a) => [a.id, a]));
  return <ActionTable caption={text()['overview.overdueActions']} actions={late.map((l) => byId.get(l.id)!)} monthsLate={new Map(late.map((l) => [l.id, l.monthsLate]))} onSelect={onSelect} />;
}

/** `monthsLate`: the overdue table's last column, how late each action is, instead of its status. */
function ActionTable({
  caption,
  actions,
  monthsLate: late,
  onSelect,
}: {
  caption: string;
  actions: readonly ActionNode[];
  monthsLate?: ReadonlyMap<string, number>;
  onSelect: (key: TreeKey) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  if (actions.length === 0) return null;
  const shown = showAll ? actions : actions.slice(0, FIRST_ROWS);
  return (
    <section className="summary__section">
      <h3>
        {caption} <span className="summary__count">({formatNumber(actions.length)})</span>
      </h3>
      <table className="data-table action-table">
        <thead>
          <tr>
            <th scope="col">{text()['overview.action']}</th>
            <th scope="col">{text()['overview.leadAgency']}</th>
            <th scope="col">{text()['overview.end']}</th>
            {late ? (
              <th scope="col" className="num">
                {text()['overview.monthsLate']}
              </th>
            ) : (
              <th scope="col">{text()['overview.status']}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((action) => (
            <tr key={action.id}>
              <td className="action-table__name">
                <button type="button" className="row-link" onClick={() => onSelect(actionKey(action.id))} title={action.title}>
                  {action.code && <span className="row-link__code">{action.code}</span>}
                  <span className="row-link__title">{action.title}</span>
                </button>
              </td>
              <td className="action-table__lead">{action.leadText || <span className="muted">—</span>}</td>
              <td className="action-table__end">{formatEnd(action.end, action.endOpen)}</td>
              {late ? (
                <td className="num action-table__late">{formatNumber(late.get(action.id) ?? 0)}</td>
              ) : (
                <td className="action-table__status">
                  <StatusBadge status={statusKeyOf(action.status)} />
                  {action.overdue && <OverdueTag compact />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < actions.length && (
        <button type="button" className="link-button summary__more" onClick={() => setShowAll(true)}>
          {text()['overview.showAll'](formatNumber(actions.length), formatNumber(actions.length - shown.length))}
        </button>
      )}
    </section>
  );
}

/** "2 chapters · 4 policy statements · 8 actions". */
export function planMeta(tree: PlanTree): string {
  const statements = tree.chapters.reduce((n, c) => n + c.statements.length, 0);
  const actions = allActions(tree).length;
  const words = text();
  return [
    words['overview.chapterCount'](tree.chapters.length, formatNumber(tree.chapters.length)),
    words['overview.statementCount'](statements, formatNumber(statements)),
    words['overview.actionCount'](actions, formatNumber(actions)),
  ].join(' · ');
}

export function SummaryPane({ subject, onSelect, ratings, onOpenRatingRules, baseline, standing, onPrint }: Props) {
  const ratingBreakdown = (rollup: PlanRatings['plan'] | undefined) => (
    <RatingBreakdown rollup={rollup} sharePercent={ratings?.settings.rollupSharePercent} period={ratings?.period?.label ?? null} onOpenRules={onOpenRatingRules} />
  );
  const select = (key: string) => onSelect(key as TreeKey);
  switch (subject.kind) {
    case 'plan': {
      const { tree } = subject;
      const actions = allActions(tree);
      return (
        <article className="summary" aria-labelledby="summary-title">
          <header className="summary__header">
            {onPrint && actions.length > 0 && (
              <button type="button" className="button summary__print" onClick={onPrint} title={text()['overview.printHint']}>
                {text()['overview.printOverview']}
              </button>
            )}
            <p className="summary__kind">{text()['overview.planOverview']}</p>
            <h2 id="summary-title" className="summary__title">{tree.plan.title}</h2>
            {tree.plan.description && <p className="summary__description">{tree.plan.description}</p>}
            <p className="summary__meta">{planMeta(tree)}</p>
          </header>
          {actions.length > 0 && <StatusBreakdown counts={tree.actionsByStatus} overdue={overdueCount(actions)} />}
          {actions.length > 0 && ratingBreakdown(ratings?.plan)}
          {actions.length > 0 && standing && <StandingCharts chapters={standing.chapters} agencies={standing.agencies} ratingsReady={standing.rated} />}
          <OverdueTable actions={actions.filter((a) => a.overdue)} onSelect={onSelect} />
          {actions.length > 0 && standing && <IndicatorProgressList standings={standing.indicators} onSelect={onSelect} />}
          {actions.length > 0 && standing && <ChangesSinceSnapshot changes={standing.changes} onSelect={onSelect} />}
          {baseline}
          <GroupTable
            caption={text()['overview.chapters']}
            what={text()['overview.chapter']}
            onSelect={onSelect}
            rows={tree.chapters.map((c) => ({ key: chapterKey(c.id), code: c.code, title: c.title, counts: c.actionsByStatus, overdue: overdueCount(actionsOfChapter(c)) }))}
          />
          <RatingGroupTable
            caption={text()['overview.chaptersByRating']}
            what={text()['overview.chapter']}
            onSelect={select}
            rows={(ratings?.chapters ?? []).map((c) => ({ key: chapterKey(c.id), code: c.code, title: c.title, rollup: c }))}
          />
          {tree.chapters.length === 0 && (
            <p className="summary__empty">{text()['overview.emptyPlan']}</p>
          )}
        </article>
      );
    }
    case 'chapter': {
      const { chapter } = subject;
      const actions = actionsOfChapter(chapter);
      return (
        <article className="summary" aria-labelledby="summary-title">
          <header className="summary__header">
            <p className="summary__kind">{text()['overview.chapterKind'](chapter.code)}</p>
            <h2 id="summary-title" className="summary__title">{chapter.title}</h2>
          </header>
          <StatusBreakdown counts={chapter.actionsByStatus} overdue={overdueCount(actions)} />
          {ratingBreakdown(ratings?.chapters.find((c) => c.id === chapter.id))}
          <GroupTable
            caption={text()['overview.statements']}
            what={text()['overview.statement']}
            onSelect={onSelect}
            rows={chapter.statements.map((s) => ({ key: statementKey(s.id), code: s.code, title: s.text, counts: s.actionsByStatus, overdue: overdueCount(s.actions) }))}
          />
          <RatingGroupTable
            caption={text()['overview.statementsByRating']}
            what={text()['overview.statement']}
            onSelect={select}
            rows={chapter.statements.flatMap((s) => {
              const rollup = ratings?.statements.find((r) => r.id === s.id);
              return rollup ? [{ key: statementKey(s.id), code: s.code, title: s.text, rollup }] : [];
            })}
          />
          <OverdueTable actions={actions.filter((a) => a.overdue)} onSelect={onSelect} />
        </article>
      );
    }
    case 'statement': {
      const { chapter, statement } = subject;
      return (
        <article className="summary" aria-labelledby="summary-title">
          <header className="summary__header">
            <p className="summary__kind">
              {text()['overview.statementKind'](statement.code)} <span className="summary__kind-context">· {[chapter.code, chapter.title].filter(Boolean).join(' ')}</span>
            </p>
            <h2 id="summary-title" className="summary__title summary__title--statement">{statement.text}</h2>
          </header>
          <StatusBreakdown counts={statement.actionsByStatus} overdue={overdueCount(statement.actions)} />
          {ratingBreakdown(ratings?.statements.find((s) => s.id === statement.id))}
          <ActionTable caption={text()['overview.actions']} actions={statement.actions} onSelect={onSelect} />
        </article>
      );
    }
  }
}
