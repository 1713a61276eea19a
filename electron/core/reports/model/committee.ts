// The committee's own pages in the pack: those kept for the meeting the pack is made for (the one after the
// compared snapshot), with each linked action named by its code and title.
import type { ReportModel } from '../../../../shared/domain';
import { readCommitteePages } from '../../committee/committee-pages';
import type { DbOrTx } from '../../db/schema';
import { listSnapshotHeads } from '../../snapshots/snapshots';

export function committeeHasPages(pages: ReportModel['committee']): boolean {
  return pages.keyMessages.trim() !== '' || pages.information.trim() !== '' || pages.decisions.length > 0;
}

export async function committeeSection(db: DbOrTx, planId: string, snapshotId: string | null): Promise<ReportModel['committee']> {
  const pages = await readCommitteePages(db, { planId, snapshotId });
  const meeting = snapshotId ? ((await listSnapshotHeads(db, planId)).find((s) => s.id === snapshotId)?.name ?? null) : null;
  return {
    snapshotId,
    meeting,
    keyMessages: pages.keyMessages,
    information: pages.information,
    decisions: pages.decisions.map((d) => ({ text: d.text, actions: d.actions.map((a) => ({ code: a.code, title: a.title })) })),
  };
}
