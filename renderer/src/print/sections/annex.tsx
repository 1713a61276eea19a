// The annex: the agencies named by the pack's actions, with their full names.
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { ReportModel } from '../../../../shared/domain';
import type { FlowSection } from '../blocks';
import { sectionHeading, table } from './parts';

export function annexSection(model: ReportModel): FlowSection {
  return {
    id: 'annex',
    title: REPORT_SECTION_TITLES.annex,
    inContents: true,
    sheet: 'portrait',
    newPage: true,
    blocks: [
      sectionHeading('annex', 'The agencies named by the actions in this pack, with their full names.'),
      table(
        'annex-table',
        [
          { label: 'Acronym', width: '18%' },
          { label: 'Full name', width: '62%' },
          { label: 'Part of', width: '20%' },
        ],
        model.annex.map((a, i) => ({
          key: `ax-${i}`,
          cells: [a.acronym ?? '—', <span key="n">{a.name}{a.kind === 'group' ? <span className="rp-muted"> (group)</span> : null}</span>, a.parentName ?? ''],
        })),
        { empty: 'No agency is named by the actions in this scope.' },
      ),
    ],
  };
}
