// Indicators of an action, their values (baseline, target, actuals), and the reporting periods of actuals.
import type { Id } from './base';

export type IndicatorKind = 'percent' | 'number' | 'yes_no' | 'ratio' | 'date' | 'text';

export interface IndicatorValue {
  /** As entered ("95%", "57/125", "NO", "All services"). */
  readonly text: string;
  /** The number it means where it has one (95, 0.456, 0), else null. */
  readonly value: number | null;
}

export interface Indicator {
  readonly id: Id;
  readonly actionId: Id;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly baseline: IndicatorValue;
  readonly target: IndicatorValue;
}

export type ReportingFrequency = 'fiscal_year' | 'half' | 'quarter';

export interface ReportingPeriod {
  readonly id: Id;
  readonly kind: ReportingFrequency;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/** One row of the indicators grid: an indicator with its action and its actual value per period. */
export interface IndicatorGridRow {
  readonly id: Id;
  readonly actionId: Id;
  readonly actionCode: string;
  readonly actionTitle: string;
  readonly chapterCode: string;
  readonly order: readonly [number, number, number, number];
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly baseline: IndicatorValue;
  readonly target: IndicatorValue;
  /** Actual values by period id. */
  readonly actuals: Readonly<Record<Id, IndicatorValue>>;
  readonly latestActual: (IndicatorValue & { readonly periodId: Id }) | null;
  /** 0..1 (may exceed 1) where computable, else null. */
  readonly progress: number | null;
}
