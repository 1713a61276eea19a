// The committee's own pages, first after the contents: the key messages, the decisions sought (each with the actions
// it concerns) and the items for information, as the PMU wrote them in the Reports view for this meeting. Plain text
// laid out as paragraphs and bullets (shared/committee-text.ts): what was typed prints as text, never as markup.
import { textBlocks } from '../../../../shared/committee-text';
import type { ReportModel } from '../../../../shared/domain';
import { REPORT_SECTION_TITLES } from '../../../../shared/vocab/report-sections';
import type { Block, FlowSection } from '../blocks';
import { Code, heading, paragraph, sectionHeading, table } from './parts';

/** Bullets per block: a long list breaks between them, and no block outgrows a page. */
const BULLETS_PER_BLOCK = 8;

/** Each paragraph a block of its own, and each list in blocks of a few bullets, so that a long narrative breaks between them. */
function narrative(key: string, text: string): Block[] {
  return textBlocks(text).flatMap((block, b): Block[] => {
    if (block.kind === 'paragraph') return [paragraph(`${key}-${b}`, block.text, 'rp-para rp-para--narrative')];
    const blocks: Block[] = [];
    for (let i = 0; i < block.items.length; i += BULLETS_PER_BLOCK) {
      blocks.push({
        kind: 'atom',
        key: `${key}-${b}-${i}`,
        node: (
          <ul className="rp-bullets">
            {block.items.slice(i, i + BULLETS_PER_BLOCK).map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      });
    }
    return blocks;
  });
}

export function committeeSection(model: ReportModel): FlowSection {
  const c = model.committee;
  const note = c.meeting ? `For the meeting after “${c.meeting}”` : 'For this meeting';
  const blocks: Block[] = [sectionHeading('committee', note)];
  if (c.keyMessages.trim() !== '') {
    blocks.push(heading('committee-key-messages', 'Key messages', { level: 2, toc: { level: 2, title: 'Key messages' } }));
    blocks.push(...narrative('committee-key', c.keyMessages));
  }
  if (c.decisions.length > 0) {
    blocks.push(heading('committee-decisions', 'Decisions sought from the committee', { level: 2, toc: { level: 2, title: 'Decisions sought' } }));
    blocks.push(
      table(
        'committee-decisions-table',
        [
          { label: 'No.', width: '7%' },
          { label: 'The committee is asked to', width: '55%' },
          { label: 'Actions concerned', width: '38%' },
        ],
        c.decisions.map((d, i) => ({
          key: `decision-${i}`,
          cells: [
            <b key="n">{i + 1}</b>,
            d.text,
            d.actions.length === 0 ? (
              <span key="a" className="rp-muted">
                None linked
              </span>
            ) : (
              <span key="a" className="rp-linked">
                {d.actions.map((a) => (
                  <span key={a.code} className="rp-linked__action">
                    <Code>{a.code}</Code> {a.title}
                  </span>
                ))}
              </span>
            ),
          ],
        })),
      ),
    );
  }
  if (c.information.trim() !== '') {
    blocks.push(heading('committee-information', 'Items for information', { level: 2, toc: { level: 2, title: 'Items for information' } }));
    blocks.push(...narrative('committee-info', c.information));
  }
  return { id: 'committee', title: REPORT_SECTION_TITLES.committee, inContents: true, sheet: 'portrait', newPage: true, blocks };
}
