// The review pack's sections in print order, each built by its file in sections/ from the report model. Wording is
// the PMU's: what a steering committee member reads on paper, with every status written out (never colour alone).
import type { PaperSize, ReportModel, TimelinePaper } from '../../../shared/domain';
import type { FlowSection, TocEntry } from './blocks';
import { agenciesSection } from './sections/agencies';
import { annexSection } from './sections/annex';
import { changesSection } from './sections/changes';
import { chaptersSection } from './sections/chapters';
import { contentsSection } from './sections/contents';
import { committeeSection } from './sections/committee';
import { coverSection } from './sections/cover';
import { indicatorsSection } from './sections/indicators';
import { overdueSection } from './sections/overdue';
import { ratingsSection } from './sections/ratings';
import { supportSection } from './sections/reported';
import { summarySection } from './sections/summary';
import { timelineSection } from './sections/timeline';

export interface BuiltReport {
  readonly sections: readonly FlowSection[];
  /** Where each contents entry points: the section and block whose page it shows. */
  readonly tocTargets: readonly { readonly section: number; readonly block: number }[];
}

/** The pack's sections in print order, with the contents filled from the sections that follow it. */
export function buildReport(model: ReportModel, paper: PaperSize, timelinePaper: TimelinePaper = 'pack'): BuiltReport {
  const actionsById = new Map(model.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions.map((a) => [a.id, a] as const))));
  const bodies: FlowSection[] = [];
  for (const id of model.sections) {
    switch (id) {
      case 'cover':
        bodies.push(coverSection(model));
        break;
      case 'contents':
        break;
      case 'committee':
        bodies.push(committeeSection(model));
        break;
      case 'summary':
        bodies.push(summarySection(model));
        break;
      case 'ratings':
        bodies.push(ratingsSection(model));
        break;
      case 'changes':
        bodies.push(changesSection(model, actionsById));
        break;
      case 'chapters':
        bodies.push(chaptersSection(model));
        break;
      case 'overdue':
        bodies.push(overdueSection(model));
        break;
      case 'support':
        bodies.push(supportSection(model));
        break;
      case 'agencies':
        bodies.push(agenciesSection(model));
        break;
      case 'indicators':
        bodies.push(indicatorsSection(model));
        break;
      case 'timeline':
        bodies.push(timelineSection(model, paper, timelinePaper));
        break;
      case 'annex':
        bodies.push(annexSection(model));
        break;
      default: {
        const never: never = id;
        throw new Error(`Unknown report section ${String(never)}`);
      }
    }
  }
  if (!model.sections.includes('contents')) return { sections: bodies, tocTargets: [] };

  // The contents go after the cover; entries point at sections (and chapters) after it.
  const at = bodies[0]?.id === 'cover' ? 1 : 0;
  const entries: (TocEntry & { index: number })[] = [];
  const targets: { section: number; block: number }[] = [];
  bodies.forEach((section, s) => {
    const sectionIndex = s >= at ? s + 1 : s;
    if (section.inContents) {
      targets.push({ section: sectionIndex, block: 0 });
      entries.push({ level: 1, title: section.title, index: entries.length });
    }
    section.blocks.forEach((block, b) => {
      if (block.kind === 'atom' && block.toc) {
        targets.push({ section: sectionIndex, block: b });
        entries.push({ ...block.toc, index: entries.length });
      }
    });
  });
  const sections = [...bodies.slice(0, at), contentsSection(entries), ...bodies.slice(at)];
  return { sections, tocTargets: targets };
}
