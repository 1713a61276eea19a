// The indicators of the actions in scope: baseline, target, the latest actual (of a period begun by the pack's
// date) and progress; listed under each action in the chapter tables, and together in the indicators section.
import type { IndicatorGridRow, ReportIndicatorLine, ReportModel, ReportingPeriod } from '../../../../shared/domain';

export function indicatorLineOf(row: IndicatorGridRow, periodLabels: ReadonlyMap<string, string>): ReportIndicatorLine {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    baseline: row.baseline.text,
    target: row.target.text,
    latest: row.latestActual?.text ?? null,
    latestPeriod: row.latestActual ? (periodLabels.get(row.latestActual.periodId) ?? null) : null,
    progress: row.progress,
  };
}

export interface IndicatorsInScope {
  readonly rows: readonly IndicatorGridRow[];
  readonly periodLabels: ReadonlyMap<string, string>;
  /** Each action's indicator lines, in plan order. */
  readonly linesOf: ReadonlyMap<string, ReportIndicatorLine[]>;
}

export function indicatorsInScope(indicators: readonly IndicatorGridRow[], actionIds: ReadonlySet<string>, periods: readonly ReportingPeriod[]): IndicatorsInScope {
  const periodLabels = new Map(periods.map((p) => [p.id, p.label]));
  const rows = indicators.filter((i) => actionIds.has(i.actionId));
  const linesOf = new Map<string, ReportIndicatorLine[]>();
  for (const row of rows) {
    const lines = linesOf.get(row.actionId) ?? [];
    lines.push(indicatorLineOf(row, periodLabels));
    linesOf.set(row.actionId, lines);
  }
  return { rows, periodLabels, linesOf };
}

export function indicatorSection({ rows, periodLabels }: IndicatorsInScope): ReportModel['indicators'] {
  return rows.map((row) => ({
    ...indicatorLineOf(row, periodLabels),
    actionId: row.actionId,
    actionCode: row.actionCode,
    actionTitle: row.actionTitle,
    chapterCode: row.chapterCode,
  }));
}
