// The steering committee's own pages for one meeting, as the Reports view edits them and the pack prints them first:
// key messages, decisions sought (each may link actions) and items for information.
import type { Id } from './base';

/** An action a decision links, named as the pack prints it. */
export interface CommitteeLinkedAction {
  readonly id: Id;
  readonly code: string;
  readonly title: string;
}

export interface CommitteeDecision {
  readonly id: Id;
  readonly text: string;
  readonly actions: readonly CommitteeLinkedAction[];
}

/**
 * The pages of one meeting. The meeting is the snapshot the pack compares with (the previous meeting's; `snapshotId`
 * null: a pack compared with none). Texts are plain: paragraphs separated by a blank line, lines starting "- " are
 * bullets (shared/committee-text.ts). `id` is null while nothing was written for the meeting.
 */
export interface CommitteePages {
  readonly id: Id | null;
  readonly planId: Id;
  readonly snapshotId: Id | null;
  readonly keyMessages: string;
  readonly information: string;
  readonly decisions: readonly CommitteeDecision[];
}
