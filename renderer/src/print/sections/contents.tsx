// The contents: each section and chapter with its page, filled in once the pack is paginated.
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { FlowSection, TocEntry } from '../blocks';
import { sectionHeading, TocPage, TocTitle } from './parts';

export function contentsSection(entries: readonly (TocEntry & { readonly index: number })[]): FlowSection {
  return {
    id: 'contents',
    title: REPORT_SECTION_TITLES.contents,
    inContents: false,
    sheet: 'portrait',
    newPage: true,
    blocks: [
      sectionHeading('contents'),
      {
        kind: 'table',
        key: 'contents-table',
        className: 'rp-table--toc',
        columns: [
          { label: 'Section', width: '88%' },
          { label: 'Page', width: '12%', align: 'right' },
        ],
        rows: entries.map((entry) => ({
          key: `toc-${entry.index}`,
          className: `rp-toc--${entry.level}`,
          // Both the title and the page number open the page (a link each).
          cells: [
            <span key="t" className="rp-toc__title">
              <TocTitle index={entry.index}>{entry.title}</TocTitle>
            </span>,
            <TocPage key="p" index={entry.index} />,
          ],
        })),
      },
    ],
  };
}
