// Delivery ratings: each action's green / amber / red judged from its evidence by the plan's rules, the analyst's
// override for a reporting period, and roll-ups for statements, chapters, lead agencies and the plan.
import type { Month } from '../months';
import type { Id } from './base';

/** A rating a rule or an analyst can give. */
export type RatingColour = 'green' | 'amber' | 'red';
/** What an action shows: a colour, or "completed" (nothing left to deliver), or "not rated" (nothing to judge). */
export type DeliveryRating = RatingColour | 'not_rated' | 'completed';

/**
 * What a rule found, with the figures its reason names, so that each language can word the reason whole
 * (shared/vocab/rating-reasons.ts).
 */
export type RatingFacts =
  | { readonly rule: 'past_end'; readonly end: Month; readonly revisedEnd: boolean; readonly monthsLate: number }
  | { readonly rule: 'due_not_started'; readonly end: Month }
  | { readonly rule: 'end_slipped'; readonly plannedEnd: Month; readonly revisedEnd: Month; readonly months: number }
  | {
      readonly rule: 'indicator_behind';
      readonly indicator: string;
      readonly month: Month;
      /** How far from baseline to target the latest actual is, and where a straight path would be, in whole percent. */
      readonly progressPercent: number;
      readonly expectedPercent: number;
      readonly behindPoints: number;
    }
  | { readonly rule: 'funding_not_committed'; readonly fund: 'not_committed' | 'partially_committed'; readonly start: Month; readonly started: boolean }
  | { readonly rule: 'support_needed'; readonly reported: readonly string[] };

export type RatingRule = RatingFacts['rule'];

/** One rule that found something: the colour it gives, its facts, and why in English (the pack's and the CLI's words). */
export type RatingFinding = RatingFacts & {
  readonly colour: Exclude<RatingColour, 'green'>;
  readonly reason: string;
};

/** The plan's thresholds (one row per plan; the defaults are in the README). */
export interface RatingSettings {
  /** "Soon": an end or a start within this many months from now (3: the next quarter). */
  readonly soonMonths: number;
  /** A revised end this many months after the planned end is amber, and red from slipRedMonths. */
  readonly slipAmberMonths: number;
  readonly slipRedMonths: number;
  /** An indicator this many percentage points behind its straight path is amber, and red from behindRedPoints. */
  readonly behindAmberPoints: number;
  readonly behindRedPoints: number;
  /** A roll-up is red when at least this share (percent) of its rated actions is red, amber when red and amber are. */
  readonly rollupSharePercent: number;
}

export interface RatingOverride {
  readonly id: Id;
  readonly actionId: Id;
  readonly periodId: Id;
  readonly periodLabel: string;
  readonly rating: RatingColour;
  readonly reason: string;
  readonly setBy: string;
  readonly setAt: string;
}

export interface ActionRating {
  readonly actionId: Id;
  /** What the action shows: the override for the period where there is one, else the computed rating. */
  readonly rating: DeliveryRating;
  readonly computed: DeliveryRating;
  readonly findings: readonly RatingFinding[];
  /** The analyst's word for the current period, if any. */
  readonly override: RatingOverride | null;
}

export type RatingCounts = Readonly<Record<DeliveryRating, number>>;

export interface RatingRollup {
  readonly counts: RatingCounts;
  readonly summary: DeliveryRating;
}

export interface PlanRatings {
  readonly planId: Id;
  /** The month the ratings are as at, and its reporting period (the one overrides are looked up in). */
  readonly month: string;
  readonly period: { readonly id: Id; readonly label: string } | null;
  readonly settings: RatingSettings;
  readonly actions: readonly ActionRating[];
  readonly plan: RatingRollup;
  readonly chapters: readonly (RatingRollup & { readonly id: Id; readonly code: string; readonly title: string })[];
  readonly statements: readonly (RatingRollup & { readonly id: Id; readonly code: string; readonly chapterId: Id })[];
  /** By lead agency as written in the plan (the lead text), agencies in plan order. */
  readonly leadAgencies: readonly (RatingRollup & { readonly lead: string })[];
}

/** The rating of each action at one snapshot (or now): the trend a pack shows with ↑ ↓ →. */
export interface RatingsAt {
  readonly label: string;
  /** The snapshot's id, or null for the plan as it is now. */
  readonly snapshotId: Id | null;
  readonly at: string;
  readonly ratings: Readonly<Record<Id, DeliveryRating>>;
}
