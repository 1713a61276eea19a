// Delivery ratings in the pack: each action's rating as at the pack's month (the analyst's override for the period
// over the computed one, with the rules' reasons), where it stood at the compared meeting's snapshot, for the trend
// (↑ ↓ →), the roll-ups of the actions in scope (plan, chapter, lead agency), and the counts at each recent meeting.
// Rated by core/ratings on the plan as recorded: an as-of date in the past changes the month, not the plan the rules
// read.
import type { DeliveryRating, RatingSettings, RatingsAt, ReportChapter, ReportModel } from '../../../../shared/domain';
import type { Month } from '../../../../shared/months';
import type { DbOrTx } from '../../db/schema';
import { endOfDay } from '../../history/rewind';
import { ratePlan, ratingsAtSnapshot } from '../../ratings/plan-ratings';
import { emptyRatingCounts, rollUp } from '../../ratings/rollup';
import { listSnapshotHeads } from '../../snapshots/snapshots';

/** The meetings the "ratings by meeting" table shows at most, the latest: a committee reads the recent trend. */
export const MEETINGS_SHOWN = 6;

type Rollup = ReportModel['ratings']['rollups']['plan'];

function rollupOf(ratings: readonly DeliveryRating[], settings: RatingSettings): Rollup {
  return { ...rollUp(ratings, settings), total: ratings.length };
}

function countsOf(ratings: Readonly<Record<string, DeliveryRating>>, actionIds: ReadonlySet<string>) {
  const counts = emptyRatingCounts();
  for (const [id, rating] of Object.entries(ratings)) if (actionIds.has(id)) counts[rating] += 1;
  return counts;
}

export async function ratingsSection(
  db: DbOrTx,
  input: {
    planId: string;
    month: Month;
    asOf: string;
    actionIds: ReadonlySet<string>;
    chapters: readonly ReportChapter[];
    snapshotId: string | null;
    /** Told how many meetings are rated, and as each begins and is done (the model's progress): each rates the plan
     *  as its snapshot froze it, as long as rating it now. */
    meetings?: { expect(count: number): void; begin(name: string): void; done(): void };
  },
): Promise<ReportModel['ratings']> {
  const rated = await ratePlan(db, input.planId, input.month);
  const snapshots = (await listSnapshotHeads(db, input.planId)).filter((s) => s.takenAt <= endOfDay(input.asOf));
  // Newest first, as listed: the latest meetings, and the compared one wherever it is.
  const shown = snapshots.slice(0, MEETINGS_SHOWN);
  const compared = input.snapshotId ? (await listSnapshotHeads(db, input.planId)).find((s) => s.id === input.snapshotId) : undefined;
  const atMeetings = new Map<string, RatingsAt>();
  const meetingsRated = compared && !shown.includes(compared) ? [...shown, compared] : shown;
  input.meetings?.expect(meetingsRated.length);
  for (const snapshot of meetingsRated) {
    input.meetings?.begin(snapshot.name);
    atMeetings.set(snapshot.id, await ratingsAtSnapshot(db, input.planId, snapshot, rated.settings));
    input.meetings?.done();
  }
  const meeting = compared ? atMeetings.get(compared.id) : undefined;

  const byAction: Record<string, ReportModel['ratings']['byAction'][string]> = {};
  for (const action of rated.actions) {
    if (!input.actionIds.has(action.actionId)) continue;
    byAction[action.actionId] = {
      rating: action.rating,
      computed: action.computed,
      // "Past its end" is left to the status's own "Overdue N months" mark: said twice, it filled pages of large packs.
      reasons: action.findings.filter((f) => f.rule !== 'past_end').map((f) => f.reason),
      override: action.override ? { reason: action.override.reason, setBy: action.override.setBy } : null,
      before: meeting?.ratings[action.actionId] ?? null,
    };
  }

  const ratingOf = (id: string) => byAction[id]?.rating ?? 'not_rated';
  const chapters = input.chapters.map((chapter) => ({
    code: chapter.code,
    title: chapter.title,
    ...rollupOf(
      chapter.statements.flatMap((s) => s.actions.map((a) => ratingOf(a.id))),
      rated.settings,
    ),
  }));
  const byLead = new Map<string, DeliveryRating[]>();
  for (const action of input.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions))) {
    const lead = action.leadText.trim() || '(no lead agency)';
    byLead.set(lead, [...(byLead.get(lead) ?? []), ratingOf(action.id)]);
  }
  const thisPack = Object.fromEntries(Object.entries(byAction).map(([id, r]) => [id, r.rating]));
  return {
    period: rated.period?.label ?? null,
    comparedWith: meeting?.label ?? null,
    byAction,
    rollups: {
      plan: rollupOf(Object.values(thisPack), rated.settings),
      chapters,
      leadAgencies: [...byLead].map(([lead, ratings]) => ({ lead, ...rollupOf(ratings, rated.settings) })),
    },
    rollupSharePercent: rated.settings.rollupSharePercent,
    byMeeting: [
      ...[...shown].reverse().map((s) => ({ label: s.name, at: s.takenAt, counts: countsOf(atMeetings.get(s.id)!.ratings, input.actionIds), thisPack: false })),
      { label: 'This pack', at: input.asOf, counts: countsOf(thisPack, input.actionIds), thisPack: true },
    ],
  };
}
