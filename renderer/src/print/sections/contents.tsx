// The contents: each section and chapter with its page, filled in once the pack is paginated.
import type { FlowSection, TocEntry } from '../blocks';
import { text } from '../../language/language';
import { sectionHeading, sectionTitle, TocPage, TocTitle } from './parts';

export function contentsSection(entries: readonly (TocEntry & { readonly index: number })[]): FlowSection {
  return {
    id: 'contents',
    title: sectionTitle('contents'),
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
          { label: text()['print.contents.section'], width: '88%' },
          { label: text()['print.contents.page'], width: '12%', align: 'right' },
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
