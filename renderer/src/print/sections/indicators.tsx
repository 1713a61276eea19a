// The indicators: baseline, target and latest actual of each, and the actions whose indicators were not reported.
import { Fragment } from 'react';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../../shared/domain';
import type { Block, FlowSection } from '../blocks';
import { ProgressBar } from '../charts';
import { longDate, plural } from '../print-format';
import { Code, CODES_PER_PARAGRAPH, heading, paragraph, SectionLink, sectionHeading, table } from './parts';

export function indicatorsSection(model: ReportModel): FlowSection {
  // Indicators with no actual reported are named by their actions' codes, not given a row each of "not reported":
  // a plan early in its life (or a large one) otherwise printed page after page of empty rows.
  const reported = model.indicators.filter((i) => i.latest !== null);
  const unreported = new Map<string, number>();
  for (const i of model.indicators) if (i.latest === null) unreported.set(i.actionCode, (unreported.get(i.actionCode) ?? 0) + 1);
  const codes = [...unreported.entries()];
  const count = model.indicators.length - reported.length;
  const blocks: Block[] = [
    sectionHeading('indicators', 'Baseline → latest actual → target. Progress is shown where it can be computed: numbers, percentages, ratios and yes/no.'),
    table(
      'indicators-table',
      [
        { label: 'Action', width: '9%' },
        { label: 'Indicator', width: '35%' },
        { label: 'Baseline', width: '11%' },
        { label: 'Latest actual', width: '14%' },
        { label: 'Target', width: '11%' },
        { label: 'Progress', width: '20%' },
      ],
      reported.map((i) => ({
        key: `ind-${i.id}`,
        cells: [
          <Code key="c">{i.actionCode}</Code>,
          i.name,
          i.baseline || '—',
          <span key="l">
            {i.latest}
            {i.latestPeriod && <span className="rp-wording">{i.latestPeriod}</span>}
          </span>,
          i.target || '—',
          i.progress === null ? <span key="p" className="rp-muted">not computable</span> : <ProgressBar key="p" progress={i.progress} />,
        ],
      })),
      { empty: model.indicators.length === 0 ? 'No indicator in this scope.' : `No actual reported for any indicator up to ${longDate(model.asOf)}.` },
    ),
  ];
  if (count > 0) {
    blocks.push(
      heading('indicators-unreported-title', `No actual reported (${plural(count, 'indicator')})`, {
        level: 3,
        note: (
          <>
            Up to {longDate(model.asOf)}, by action; “×2” where two of an action's indicators have none. The{' '}
            <SectionLink section="chapters">chapter detail</SectionLink> shows their baselines and targets.
          </>
        ),
      }),
    );
  }
  for (let i = 0; i < codes.length; i += CODES_PER_PARAGRAPH) {
    const slice = codes.slice(i, i + CODES_PER_PARAGRAPH);
    const last = i + CODES_PER_PARAGRAPH >= codes.length;
    blocks.push(
      paragraph(
        `indicators-unreported-${i}`,
        slice.map(([code, n], k) => (
          <Fragment key={code}>
            <span className="rp-nowrap">
              <span className="rp-code">{code}</span>
              {n > 1 ? ` ×${n}` : ''}
              {k < slice.length - 1 || !last ? ',' : '.'}
            </span>{' '}
          </Fragment>
        )),
        'rp-para rp-para--codes',
      ),
    );
  }
  return { id: 'indicators', title: REPORT_SECTION_TITLES.indicators, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
