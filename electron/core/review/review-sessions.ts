// Reviews kept on the main side for the merge that follows them. File paths never come from the page: the host asks
// the user (a system dialog), and a review keeps its files here, so that the merge reads exactly the files the
// review showed (their SHA-256 is checked again). A review belongs to the workspace it was opened on.
import { randomUUID } from 'node:crypto';
import type { Review, ReviewFile } from '../../../shared/domain';
import { AppError } from '../../../shared/result';

export interface ReviewedFiles {
  readonly planId: string | null;
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
}

/** Reviews kept for their merge; the oldest go first, so that a window left open does not grow without end. */
const MAX_SESSIONS = 20;

export class ReviewSessions<S extends ReviewedFiles> {
  private readonly sessions = new Map<string, { readonly workspace: string; readonly session: S }>();

  /**
   * `workspace`: the path of the open workspace, which the host may switch. `forget`: called for each review let go
   * (merged, or the oldest dropped for a new one), for what it holds outside the workspace (a dropped file's copy).
   */
  constructor(
    private readonly workspace: () => string,
    private readonly forget: (session: S) => void = () => undefined,
  ) {}

  /** Keeps a review; its id is what the page sends back to merge it. */
  remember(session: S): string {
    const reviewId = randomUUID();
    this.sessions.set(reviewId, { workspace: this.workspace(), session });
    if (this.sessions.size > MAX_SESSIONS) this.close(this.sessions.keys().next().value!);
    return reviewId;
  }

  open(reviewId: string): S {
    const kept = this.sessions.get(reviewId);
    if (!kept || kept.workspace !== this.workspace()) {
      throw new AppError('not_found', 'This review is no longer open (the workspace changed or it was merged); open the files again');
    }
    return kept.session;
  }

  /** After its merge: a review is merged once. */
  close(reviewId: string): void {
    const kept = this.sessions.get(reviewId);
    this.sessions.delete(reviewId);
    if (kept) this.forget(kept.session);
  }
}

/** What a review holds, counted for its summary line. */
export function countsOf(files: readonly ReviewFile[]): Review['counts'] {
  return {
    changes: files.reduce((n, f) => n + f.groups.reduce((m, g) => m + g.changes.length, 0), 0),
    conflicts: files.reduce((n, f) => n + f.groups.reduce((m, g) => m + g.changes.filter((c) => c.conflict !== null).length, 0), 0),
    problems: files.reduce((n, f) => n + f.problems.length, 0),
    refused: files.filter((f) => f.refused !== null).length,
  };
}
