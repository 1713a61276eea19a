// The indicators: baseline, target and latest actual of each, and the actions whose indicators were not reported.
import { Fragment } from 'react';
import type { ReportModel } from '../../../../shared/domain';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import { ProgressBar } from '../charts';
import { longDate } from '../print-format';
import { chapterDetailLink, Code, CODES_PER_PARAGRAPH, heading, paragraph, sectionHeading, sectionTitle, table, withLink } from './parts';

export function indicatorsSection(model: ReportModel): FlowSection {
  // Indicators with no actual reported are named by their actions' codes, not given a row each of "not reported":
  // a plan early in its life (or a large one) otherwise printed page after page of empty rows.
  const reported = model.indicators.filter((i) => i.latest !== null);
  const unreported = new Map<string, number>();
  for (const i of model.indicators) if (i.latest === null) unreported.set(i.actionCode, (unreported.get(i.actionCode) ?? 0) + 1);
  const codes = [...unreported.entries()];
  const count = model.indicators.length - reported.length;
  const t = text();
  const blocks: Block[] = [
    sectionHeading('indicators', t['print.indicators.note']),
    table(
      'indicators-table',
      [
        { label: t['print.col.action'], width: '9%' },
        { label: t['print.col.indicator'], width: '35%' },
        { label: t['print.col.baseline'], width: '11%' },
        { label: t['print.col.latestActual'], width: '14%' },
        { label: t['print.col.target'], width: '11%' },
        { label: t['print.indicators.progress'], width: '20%' },
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
          i.progress === null ? <span key="p" className="rp-muted">{t['print.indicators.notComputable']}</span> : <ProgressBar key="p" progress={i.progress} />,
        ],
      })),
      { empty: model.indicators.length === 0 ? t['print.indicators.none'] : t['print.indicators.noneReported'](longDate(model.asOf)) },
    ),
  ];
  if (count > 0) {
    blocks.push(
      // Level 2: the section's own heading is its only one above (a level 3 here skipped one, for a screen reader).
      heading('indicators-unreported-title', t['print.indicators.unreported'](count), {
        level: 2,
        note: withLink(t['print.indicators.unreportedNote'](longDate(model.asOf)), chapterDetailLink()),
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
  return { id: 'indicators', title: sectionTitle('indicators'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
