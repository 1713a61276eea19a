// The annex: the agencies named by the pack's actions, with their full names.
import type { ReportModel } from '../../../../shared/domain';
import type { FlowSection } from '../blocks';
import { text } from '../../language/language';
import { sectionHeading, sectionTitle, table } from './parts';

export function annexSection(model: ReportModel): FlowSection {
  const t = text();
  return {
    id: 'annex',
    title: sectionTitle('annex'),
    inContents: true,
    sheet: 'portrait',
    newPage: true,
    blocks: [
      sectionHeading('annex', t['print.annex.note']),
      table(
        'annex-table',
        [
          { label: t['print.annex.acronym'], width: '18%' },
          { label: t['print.annex.fullName'], width: '62%' },
          { label: t['print.annex.partOf'], width: '20%' },
        ],
        model.annex.map((a, i) => ({
          key: `ax-${i}`,
          cells: [a.acronym ?? '—', <span key="n">{a.name}{a.kind === 'group' ? <span className="rp-muted"> {t['print.annex.group']}</span> : null}</span>, a.parentName ?? ''],
        })),
        { empty: t['print.annex.none'] },
      ),
    ],
  };
}
