// Delivery ratings: the key, the counts at each recent meeting and in this pack ("ratings by meeting"), the roll-ups
// by chapter and by lead agency, and every red or amber action with why, on one line each (the full reasons are in
// the pack's .xlsx). Each action's rating and trend print in the chapter detail, in a column of their own.
import type { DeliveryRating, ReportModel, ReportRatingRollup } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { trendOf } from '../../../../shared/rating-trend';
import { DELIVERY_RATINGS, RATING_LABELS, RATING_SEVERITY } from '../../../../shared/vocab/ratings';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { Block, FlowSection, TableColumn, TableRow } from '../blocks';
import { longDate, months, plural, shortDate } from '../print-format';
import { Code, heading, paragraph, sectionHeading, table } from './parts';
import { RatingLegend, RatingWord } from './rating';

/** Worst first: red, amber, green, completed, not rated. */
const ORDER: readonly DeliveryRating[] = DELIVERY_RATINGS;

function countColumns(first: string, firstWidth: number): TableColumn[] {
  const rest = (100 - firstWidth - 14 - 9) / ORDER.length;
  return [
    { label: first, width: `${firstWidth}%` },
    { label: 'Roll-up', width: '14%' },
    ...ORDER.map((r) => ({ label: <RatingWord rating={r} />, width: `${rest}%`, align: 'right' as const })),
    { label: 'Actions', width: '9%', align: 'right' as const },
  ];
}

function countCells(rollup: ReportRatingRollup) {
  return [<RatingWord key="r" rating={rollup.summary} />, ...ORDER.map((r) => (rollup.counts[r] === 0 ? '–' : String(rollup.counts[r]))), String(rollup.total)];
}

/** Why an action is red or amber, in one line: the analyst's word first, then the rules' reasons. */
function whyOf(model: ReportModel, action: { id: string; overdue: boolean; monthsOverdue: number }): string {
  const rated = model.ratings.byAction[action.id]!;
  const reasons = [...(action.overdue ? [`Overdue${action.monthsOverdue > 0 ? ` ${months(action.monthsOverdue)}` : ''}`] : []), ...rated.reasons];
  const computed = reasons.join('; ');
  if (!rated.override) return computed;
  const word = `${rated.override.setBy}: ${rated.override.reason}`;
  return rated.computed === rated.rating ? `${word}. ${computed}` : `${word} (computed ${RATING_LABELS[rated.computed].toLowerCase()}${computed ? `: ${computed}` : ''})`;
}

export function ratingsSection(model: ReportModel): FlowSection {
  const r = model.ratings;
  const note = [
    `${model.scope.label} · rated as at ${formatMonth(model.asOfMonth)}`,
    r.period ? ` · the analyst's ratings for ${r.period}` : '',
    r.comparedWith ? ` · trend since “${r.comparedWith}”` : '',
  ].join('');
  const plan = r.rollups.plan;
  const blocks: Block[] = [
    sectionHeading('ratings', note),
    {
      kind: 'atom',
      key: 'ratings-figures',
      node: (
        <div className="rp-figures rp-figures--small">
          <div className="rp-figure rp-figure--total">
            <b>{plan.total}</b>
            <span>Actions</span>
          </div>
          {ORDER.map((rating) => (
            <div key={rating} className={`rp-figure rp-figure--rating-${rating}`}>
              <b>{plan.counts[rating]}</b>
              <span>
                <RatingWord rating={rating} />
              </span>
            </div>
          ))}
          <div className="rp-figure">
            <b>
              <RatingWord rating={plan.summary} />
            </b>
            <span>Roll-up of the scope</span>
          </div>
        </div>
      ),
    },
    { kind: 'atom', key: 'ratings-legend', node: <RatingLegend model={model} /> },
    paragraph(
      'ratings-rule',
      <>
        Each action is rated from its evidence (dates, status, indicators against their path, funding, support requested), or by the analyst for the reporting
        period, with the reason. A roll-up is red when at least {r.rollupSharePercent}% of its rated actions are red, amber when red and amber together reach{' '}
        {r.rollupSharePercent}%, green otherwise; completed when all its actions are.
      </>,
      'rp-para rp-para--note',
    ),
    heading('ratings-meetings', 'Ratings by meeting', { level: 2 }),
    table(
      'ratings-meetings-table',
      [
        { label: 'Meeting (snapshot)', width: '32%' },
        { label: 'Date', width: '14%' },
        ...ORDER.map((rating) => ({ label: <RatingWord rating={rating} />, width: '9%', align: 'right' as const })),
        { label: 'Actions', width: '9%', align: 'right' as const },
      ],
      r.byMeeting.map((m, i): TableRow => {
        const total = ORDER.reduce((sum, rating) => sum + m.counts[rating], 0);
        return {
          key: `meeting-${i}`,
          className: m.thisPack ? 'rp-row--total' : undefined,
          cells: [m.thisPack ? `This pack (as of ${longDate(m.at)})` : m.label, m.thisPack ? longDate(m.at) : shortDate(m.at), ...ORDER.map((rating) => String(m.counts[rating])), String(total)],
        };
      }),
    ),
    paragraph(
      'ratings-meetings-note',
      r.byMeeting.length > 1
        ? 'The actions of this pack’s scope, rated as each snapshot froze the plan; an action added since a meeting is not counted at it.'
        : 'No snapshot was taken by the pack’s date: take one at each meeting (History view) to follow the ratings from meeting to meeting.',
      'rp-para rp-para--note',
    ),
    heading('ratings-chapters', 'Ratings by chapter', { level: 2 }),
    table(
      'ratings-chapters-table',
      countColumns('Chapter', 40),
      r.rollups.chapters.map((c, i) => ({
        key: `rc-${i}`,
        cells: [
          <span key="c">
            <Code>{c.code}</Code> {c.title}
          </span>,
          ...countCells(c),
        ],
      })),
    ),
    heading('ratings-leads', 'Ratings by lead agency', { level: 2 }),
    table(
      'ratings-leads-table',
      countColumns('Lead agency', 40),
      r.rollups.leadAgencies.map((l, i) => ({ key: `rl-${i}`, cells: [l.lead, ...countCells(l)] })),
    ),
  ];
  const flagged = model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions)).filter((a) => {
    // Amber or red: worse than green on the scale.
    const severity = RATING_SEVERITY[r.byAction[a.id]?.rating ?? 'not_rated'];
    return severity !== null && severity > 0;
  });
  blocks.push(
    heading('ratings-why', 'Red and amber actions, and why', {
      level: 2,
      note: `${plural(flagged.length, 'action')} in plan order, one line each; the full reasons are in the pack's tables (.xlsx).`,
    }),
    table(
      'ratings-why-table',
      [
        { label: 'Code', width: '7%' },
        { label: 'Action', width: '27%' },
        { label: 'Lead agency', width: '10%' },
        { label: 'Rating', width: '9%' },
        { label: 'Why', width: '47%' },
      ],
      flagged.map((a) => {
        const rated = r.byAction[a.id]!;
        const trend = trendOf(rated.before, rated.rating);
        return {
          key: `why-${a.id}`,
          cells: [
            <Code key="c">{a.code}</Code>,
            a.title,
            a.leadText,
            <span key="r">
              <RatingWord rating={rated.rating} />
              {trend && <span className="rp-trend">{trend}</span>}
            </span>,
            whyOf(model, a),
          ],
        };
      }),
      { className: 'rp-table--one-line', empty: 'No action is rated red or amber.' },
    ),
  );
  return { id: 'ratings', title: REPORT_SECTION_TITLES.ratings, inContents: true, sheet: 'landscape', newPage: true, blocks };
}
