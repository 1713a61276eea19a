// The committee's own pages, first after the contents: the key messages, the decisions sought (each with the actions
// it concerns) and the items for information, as the PMU wrote them in the Reports view for this meeting. Plain text
// laid out as paragraphs and bullets (shared/committee-text.ts): what was typed prints as text, never as markup.
import { textBlocks } from '../../../../shared/committee-text';
import type { ReportModel } from '../../../../shared/domain';
import type { Block, FlowSection } from '../blocks';
import { text } from '../../language/language';
import { Code, heading, paragraph, sectionHeading, sectionTitle, table } from './parts';

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
  const t = text();
  const note = c.meeting ? t['print.committee.forMeetingAfter'](c.meeting) : t['print.committee.forThisMeeting'];
  const blocks: Block[] = [sectionHeading('committee', note)];
  if (c.keyMessages.trim() !== '') {
    blocks.push(heading('committee-key-messages', t['print.committee.keyMessages'], { level: 2, toc: { level: 2, title: t['print.committee.keyMessages'] } }));
    blocks.push(...narrative('committee-key', c.keyMessages));
  }
  if (c.decisions.length > 0) {
    blocks.push(heading('committee-decisions', t['print.committee.decisions'], { level: 2, toc: { level: 2, title: t['print.committee.decisionsShort'] } }));
    blocks.push(
      table(
        'committee-decisions-table',
        [
          { label: t['print.committee.number'], width: '7%' },
          { label: t['print.committee.askedTo'], width: '55%' },
          { label: t['print.committee.actionsConcerned'], width: '38%' },
        ],
        c.decisions.map((d, i) => ({
          key: `decision-${i}`,
          cells: [
            <b key="n">{i + 1}</b>,
            d.text,
            d.actions.length === 0 ? (
              <span key="a" className="rp-muted">
                {t['print.committee.noneLinked']}
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
    blocks.push(heading('committee-information', t['print.committee.information'], { level: 2, toc: { level: 2, title: t['print.committee.information'] } }));
    blocks.push(...narrative('committee-info', c.information));
  }
  return { id: 'committee', title: sectionTitle('committee'), inContents: true, sheet: 'portrait', newPage: true, blocks };
}
