// Review packs (reports for the steering committee): what a pack holds, section by section.
import type { FundStatus, ImplementationStatus, StatusCounts } from '../vocab/status';
import type { Id, Precision } from './base';
import type { DeliveryRating, RatingCounts } from './ratings';
import type { IndicatorKind, ReportingPeriod } from './indicators';
import type { SnapshotComparison } from './snapshots';

/** The sections a review pack can hold, in the order they print. */
export type ReportSectionId = 'cover' | 'contents' | 'committee' | 'summary' | 'ratings' | 'changes' | 'chapters' | 'overdue' | 'support' | 'agencies' | 'indicators' | 'timeline' | 'annex';

export type ReportPreset = 'steering_committee' | 'agency_scorecard' | 'overdue';

export type PaperSize = 'A4' | 'Letter';

/** The paper of the pack's timeline pages: 'pack', the pack's own (landscape); 'A3', an A3 sheet turned, so that more
 *  months and rows fit with text of the same size (the rest of the pack stays on its paper). */
export type TimelinePaper = 'pack' | 'A3';

/** An action as the pack's lists show it. */
export interface ReportActionBrief {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly chapterCode: string;
  readonly leadText: string;
  readonly status: ImplementationStatus | null;
  readonly statusText: string;
  readonly start: string | null;
  readonly startPrecision: Precision;
  readonly end: string | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: string | null;
  readonly overdue: boolean;
  /** Whole months since the (revised) end, for overdue actions; else 0. */
  readonly monthsOverdue: number;
  readonly fundStatus: FundStatus | null;
  readonly fundNote: string;
}

export interface ReportIndicatorLine {
  readonly id: Id;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly baseline: string;
  readonly target: string;
  /** The latest actual reported up to the as-of date, and its period's label. */
  readonly latest: string | null;
  readonly latestPeriod: string | null;
  /** 0..1 (may exceed 1) where computable, else null. */
  readonly progress: number | null;
}

export interface ReportAction extends ReportActionBrief {
  readonly statementCode: string;
  readonly collaboratorsText: string;
  readonly remarks: string;
  readonly indicators: readonly ReportIndicatorLine[];
}

export interface ReportChapter {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
  readonly total: number;
  readonly byStatus: StatusCounts;
  readonly overdue: number;
  readonly statements: readonly { readonly id: Id; readonly code: string; readonly text: string; readonly actions: readonly ReportAction[] }[];
}

export interface ReportAgencyScorecard {
  readonly id: Id;
  readonly acronym: string | null;
  readonly name: string;
  readonly total: number;
  readonly byStatus: StatusCounts;
  readonly overdue: number;
  readonly overdueActions: readonly ReportActionBrief[];
  /**
   * Newest first: what changed on its actions from the model's `changesSince` to the as-of date, per action and
   * field the net change (the last step's time and author), not the steps in between.
   */
  readonly latestUpdates: readonly { readonly at: string; readonly user: string; readonly actionCode: string; readonly actionTitle: string; readonly change: string }[];
  /** Changes left out of `latestUpdates`, the oldest. */
  readonly moreUpdates: number;
  /** The actions it leads in the pack's scope, in plan order. */
  readonly actions: readonly { readonly id: Id; readonly code: string; readonly title: string }[];
}

/** What the lead agency reported for the pack's period, in a returned update workbook the PMU merged. */
export interface ReportedProgress {
  /** Who reported it: the agency (or agencies) whose workbook carried it. */
  readonly agencies: readonly string[];
  /** When the (last) workbook was merged, an ISO time, and by whom. */
  readonly mergedAt: string;
  readonly mergedBy: string;
  /** The status it reported, in words ("Ongoing"); null when it reported none. */
  readonly status: string | null;
  readonly actuals: readonly { readonly indicator: string; readonly value: string }[];
  readonly narrative: string;
  readonly supportNeeded: string;
  /** A new end date it proposed and the PMU accepted, in words ("Jun 2027"). */
  readonly revisedEnd: string | null;
}

/** An action's timeline as a snapshot froze it (shared/timeline/snapshot-dates.ts's SnapshotActionDates, months as text). */
export interface ReportSnapshotDates {
  readonly actionId: Id;
  readonly start: string | null;
  readonly startPrecision: Precision;
  readonly end: string | null;
  readonly endPrecision: Precision;
  readonly endOpen: boolean;
  readonly revisedEnd: string | null;
}

export interface ReportRatingRollup {
  readonly counts: RatingCounts;
  readonly summary: DeliveryRating;
  readonly total: number;
}

export interface ReportModel {
  readonly plan: { readonly id: Id; readonly title: string; readonly description: string };
  readonly preset: ReportPreset;
  readonly sections: readonly ReportSectionId[];
  readonly cover: {
    /** "Steering committee review pack", "Agency scorecard: MoIC", ... */
    readonly title: string;
    readonly meetingName: string;
    readonly meetingDate: string;
    readonly preparedBy: string;
    readonly generatedAt: string;
  };
  /** YYYY-MM-DD: overdue, next quarter and latest actuals are read as of this date. */
  readonly asOf: string;
  /**
   * Where the agency scorecards' changes start (an ISO time) and its name in words: the compared snapshot, else the
   * start of the pack's reporting period, else the start of the as-of date's fiscal year.
   */
  readonly changesSince: { readonly at: string; readonly from: string };
  /**
   * Delivery ratings as at the pack's month, per action id in scope: the rating shown (the analyst's override for the
   * period, else the computed one), the computed one, the rules' reasons, and the rating at the compared snapshot
   * (`comparedWith`, null when the pack compares with none) for the trend.
   */
  readonly ratings: {
    readonly period: string | null;
    readonly comparedWith: string | null;
    readonly byAction: Readonly<
      Record<
        Id,
        {
          readonly rating: DeliveryRating;
          readonly computed: DeliveryRating;
          readonly reasons: readonly string[];
          readonly override: { readonly reason: string; readonly setBy: string } | null;
          readonly before: DeliveryRating | null;
        }
      >
    >;
    /** Roll-ups of the actions in scope (core/ratings/rollup.ts): the plan, each chapter, each lead agency. */
    readonly rollups: {
      readonly plan: ReportRatingRollup;
      readonly chapters: readonly (ReportRatingRollup & { readonly code: string; readonly title: string })[];
      readonly leadAgencies: readonly (ReportRatingRollup & { readonly lead: string })[];
    };
    /** The share of red (then red and amber) that turns a roll-up red (amber), in percent. */
    readonly rollupSharePercent: number;
    /** The ratings of the actions in scope at each snapshot taken by the pack's date (oldest first), then the pack's. */
    readonly byMeeting: readonly { readonly label: string; readonly at: string; readonly counts: RatingCounts; readonly thisPack: boolean }[];
  };
  /**
   * The committee's own pages for the meeting the pack is made for: the one after the compared snapshot (`meeting`,
   * its name; null when the pack compares with none). Texts are plain (shared/committee-text.ts).
   */
  readonly committee: {
    readonly snapshotId: Id | null;
    readonly meeting: string | null;
    readonly keyMessages: string;
    readonly information: string;
    readonly decisions: readonly { readonly text: string; readonly actions: readonly { readonly code: string; readonly title: string }[] }[];
  };
  /**
   * What ministries reported for the pack's reporting period (the one asked, else that of the workbooks merged
   * last by the as-of date; null when none was merged): per action id, and the requests for support in plan order.
   */
  readonly reported: {
    readonly period: { readonly id: Id; readonly label: string } | null;
    readonly byAction: Readonly<Record<Id, ReportedProgress>>;
    readonly supportRequests: readonly { readonly action: ReportActionBrief; readonly agencies: readonly string[]; readonly supportNeeded: string; readonly mergedAt: string }[];
  };
  readonly asOfMonth: string;
  /**
   * Whose statuses, dates, targets and actions the pack shows: the plan as recorded today (`current`, when the
   * as-of date is today or later), or as it stood on `day`, rebuilt from the change history with the changes
   * made since left out (`day` is later than the as-of date only when the plan's history begins after it).
   */
  readonly planAsOf: { readonly day: string; readonly current: boolean; readonly changesUndone: number };
  readonly period: ReportingPeriod | null;
  /** The fiscal year the as-of date falls in ("FY 2020-21"): the pack's period when none was chosen. */
  readonly fiscalYear: string;
  readonly nextQuarter: { readonly label: string; readonly start: string; readonly end: string };
  readonly scope: {
    readonly label: string;
    readonly chapterIds: readonly Id[] | null;
    readonly leadAgency: { readonly id: Id; readonly acronym: string | null; readonly name: string } | null;
  };
  readonly summary: {
    readonly total: number;
    readonly byStatus: StatusCounts;
    readonly overdue: number;
    readonly byChapter: readonly { readonly id: Id; readonly code: string; readonly title: string; readonly total: number; readonly byStatus: StatusCounts; readonly overdue: number }[];
    readonly startingNextQuarter: readonly ReportActionBrief[];
    readonly endingNextQuarter: readonly ReportActionBrief[];
    readonly byFund: Readonly<Record<FundStatus | 'unknown', number>>;
    /** Not committed or only partially committed, and not completed or dropped. */
    readonly fundingNotCommitted: readonly ReportActionBrief[];
  };
  /** Null when no snapshot was chosen (or the plan has none). */
  readonly changes: (SnapshotComparison & { readonly removedOutsideScope: number }) | null;
  readonly chapters: readonly ReportChapter[];
  readonly overdue: readonly ReportActionBrief[];
  readonly atRisk: readonly (ReportActionBrief & { readonly reason: string })[];
  readonly agencies: readonly ReportAgencyScorecard[];
  readonly indicators: readonly (ReportIndicatorLine & { readonly actionId: Id; readonly actionCode: string; readonly actionTitle: string; readonly chapterCode: string })[];
  /**
   * The timeline's span (the bulk of the actions' dates), and each action's dates at the compared snapshot (its name
   * with them), which the timeline draws as ghost bars with the slip; null without a snapshot, or where the pack
   * draws one bar per statement (more than PACK_ACTIONS_ONE_BY_ONE actions).
   */
  readonly timeline: {
    readonly first: string | null;
    readonly last: string | null;
    readonly snapshot: { readonly name: string; readonly dates: readonly ReportSnapshotDates[] } | null;
  };
  readonly annex: readonly { readonly acronym: string | null; readonly name: string; readonly kind: 'agency' | 'group'; readonly parentName: string | null; readonly confirmed: boolean }[];
}
