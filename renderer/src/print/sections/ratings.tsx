// Delivery ratings: the key, the counts at each recent meeting and in this pack ("ratings by meeting"), the roll-ups
// by chapter and by lead agency, and every red or amber action with why, on one line each (the full reasons are in
// the pack's .xlsx). Each action's rating and trend print in the chapter detail, in a column of their own.
import type { DeliveryRating, ReportModel, ReportRatingRollup } from '../../../../shared/domain';
import { formatMonth } from '../../../../shared/months';
import { trendOf } from '../../../../shared/rating-trend';
import { DELIVERY_RATINGS, RATING_SEVERITY } from '../../../../shared/vocab/ratings';
import type { Block, FlowSection, TableColumn, TableRow } from '../blocks';
import { text } from '../../language/language';
import { longDate, shortDate } from '../print-format';
import { Code, heading, paragraph, sectionHeading, sectionTitle, table } from './parts';
import { RatingLegend, ratingLabel, RatingWord } from './rating';

/** Worst first: red, amber, green, completed, not rated. */
const ORDER: readonly DeliveryRating[] = DELIVERY_RATINGS;

function countColumns(first: string, firstWidth: number): TableColumn[] {
  const rest = (100 - firstWidth - 14 - 9) / ORDER.length;
  return [
    { label: first, width: `${firstWidth}%` },
    { label: text()['print.ratings.rollUp'], width: '14%' },
    ...ORDER.map((r) => ({ label: <RatingWord rating={r} />, width: `${rest}%`, align: 'right' as const })),
    { label: text()['print.col.actions'], width: '9%', align: 'right' as const },
  ];
}

function countCells(rollup: ReportRatingRollup) {
  return [<RatingWord key="r" rating={rollup.summary} />, ...ORDER.map((r) => (rollup.counts[r] === 0 ? '–' : String(rollup.counts[r]))), String(rollup.total)];
}

/** Why an action is red or amber, in one line: the analyst's word first, then the rules' reasons. */
function whyOf(model: ReportModel, action: { id: string; overdue: boolean; monthsOverdue: number }): string {
  const rated = model.ratings.byAction[action.id]!;
  const reasons = [...(action.overdue ? [text()['print.overdueMonths'](action.monthsOverdue)] : []), ...rated.reasons];
  const computed = reasons.join('; ');
  if (!rated.override) return computed;
  const word = `${rated.override.setBy}: ${rated.override.reason}`;
  return rated.computed === rated.rating ? `${word}. ${computed}` : `${word} ${text()['print.ratings.computedOverridden'](ratingLabel(rated.computed), computed)}`;
}

export function ratingsSection(model: ReportModel): FlowSection {
  const r = model.ratings;
  const t = text();
  const note = [
    `${model.scope.label} · ${t['print.ratings.ratedAsAt'](formatMonth(model.asOfMonth))}`,
    r.period ? ` · ${t['print.ratings.analystFor'](r.period)}` : '',
    r.comparedWith ? ` · ${t['print.ratings.trendSinceNote'](r.comparedWith)}` : '',
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
            <span>{t['print.col.actions']}</span>
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
            <span>{t['print.ratings.rollUpOfScope']}</span>
          </div>
        </div>
      ),
    },
    { kind: 'atom', key: 'ratings-legend', node: <RatingLegend model={model} /> },
    paragraph(
      'ratings-rule',
      t['print.ratings.rule'](r.rollupSharePercent),
      'rp-para rp-para--note',
    ),
    heading('ratings-meetings', t['print.ratings.byMeeting'], { level: 2 }),
    table(
      'ratings-meetings-table',
      [
        { label: t['print.ratings.meeting'], width: '32%' },
        { label: t['print.ratings.date'], width: '14%' },
        ...ORDER.map((rating) => ({ label: <RatingWord rating={rating} />, width: '9%', align: 'right' as const })),
        { label: t['print.col.actions'], width: '9%', align: 'right' as const },
      ],
      r.byMeeting.map((m, i): TableRow => {
        const total = ORDER.reduce((sum, rating) => sum + m.counts[rating], 0);
        return {
          key: `meeting-${i}`,
          className: m.thisPack ? 'rp-row--total' : undefined,
          cells: [m.thisPack ? t['print.ratings.thisPack'](longDate(m.at)) : m.label, m.thisPack ? longDate(m.at) : shortDate(m.at), ...ORDER.map((rating) => String(m.counts[rating])), String(total)],
        };
      }),
    ),
    paragraph(
      'ratings-meetings-note',
      r.byMeeting.length > 1
        ? t['print.ratings.byMeetingNote']
        : t['print.ratings.noSnapshot'],
      'rp-para rp-para--note',
    ),
    heading('ratings-chapters', t['print.ratings.byChapter'], { level: 2 }),
    table(
      'ratings-chapters-table',
      countColumns(t['print.col.chapter'], 40),
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
    heading('ratings-leads', t['print.ratings.byLead'], { level: 2 }),
    table(
      'ratings-leads-table',
      countColumns(t['print.col.leadAgency'], 40),
      r.rollups.leadAgencies.map((l, i) => ({ key: `rl-${i}`, cells: [l.lead, ...countCells(l)] })),
    ),
  ];
  const flagged = model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions)).filter((a) => {
    // Amber or red: worse than green on the scale.
    const severity = RATING_SEVERITY[r.byAction[a.id]?.rating ?? 'not_rated'];
    return severity !== null && severity > 0;
  });
  blocks.push(
    heading('ratings-why', t['print.ratings.why'], {
      level: 2,
      note: t['print.ratings.whyNote'](flagged.length),
    }),
    table(
      'ratings-why-table',
      [
        { label: t['print.col.code'], width: '7%' },
        { label: t['print.col.action'], width: '27%' },
        { label: t['print.col.leadAgency'], width: '10%' },
        { label: t['print.col.rating'], width: '9%' },
        { label: t['print.ratings.whyColumn'], width: '47%' },
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
      { className: 'rp-table--one-line', empty: t['print.ratings.noneRedOrAmber'] },
    ),
  );
  return { id: 'ratings', title: sectionTitle('ratings'), inContents: true, sheet: 'landscape', newPage: true, blocks };
}
