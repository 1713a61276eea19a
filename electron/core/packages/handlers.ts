// The contract's handlers for whole-plan packages (.pmupack) between PMU laptops: create one, open one for its
// review, merge what the reviewer accepted.
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Review } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import type { Progress } from '../progress/progress';
import { decodeUpload } from '../import/import-preview';
import { requirePlan } from '../plan/plan-queries';
import { countsOf, ReviewSessions, type ReviewedFiles } from '../review/review-sessions';
import { safeFileName } from '../text/file-names';
import { createPack } from './create-pack';
import { mergePack } from './merge-pack';
import { reviewPack } from './open-pack';

type PackageChannel = Extract<keyof Handlers, `packages:${string}`>;

const PACKAGE_FILTER = { name: 'PlanDesk package', extensions: ['pmupack'] };

export function packageHandlers(kit: HandlerKit): Pick<Handlers, PackageChannel> {
  const { app, db } = kit;
  // A dropped package is read from a private copy: the history names it by the name it was dropped with, and the
  // copy's own folder goes with its review (merged, or let go for newer ones).
  const sessions = new ReviewSessions<ReviewedFiles & { readonly dropped?: { readonly name: string; readonly folder: string } }>(
    () => app.connection().path,
    (session) => {
      if (session.dropped) removeDroppedFolder(session.dropped.folder);
    },
  );
  const openForReview = async (path: string, progress: Progress, dropped?: { name: string; folder: string }): Promise<Review> => {
    const opened = await reviewPack(db(), path, progress);
    const planId = opened.contents?.manifest.planId ?? null;
    const reviewId = sessions.remember({ planId, files: [{ path, sha256: opened.file.sha256 }], ...(dropped ? { dropped } : {}) });
    return { reviewId, kind: 'package', planId, files: [opened.file], counts: countsOf([opened.file]) };
  };
  return {
    'packages:create': async ({ planId }, progress) => {
      const plan = await requirePlan(db(), planId);
      const path = await kit.dialog('chooseSavePath')({ title: 'Save the plan package', defaultName: `${safeFileName(plan.title)}.pmupack`, filters: [PACKAGE_FILTER] });
      if (path === null) return null;
      return createPack(db(), kit.changeContext('package'), planId, path, progress);
    },
    'packages:open': async (_input, progress) => {
      const paths = await kit.dialog('chooseFiles')({ title: 'Open a plan package', filters: [PACKAGE_FILTER], multiple: false });
      const path = paths?.[0];
      if (!path) return null;
      return openForReview(path, progress);
    },
    'packages:openDropped': async ({ file }, progress) => {
      const name = basename(file.fileName);
      // "..", "." or a bare separator name no file: joined to the copy's folder they would name a folder above it.
      if (name === '' || name === '.' || name === '..') throw new AppError('invalid_input', `"${file.fileName}" is not the name of a file`);
      const bytes = decodeUpload(name, file.contentBase64);
      // The package is read (and merged) from a private copy: its checks and the merge's re-reading work on a file.
      const folder = await mkdtemp(join(tmpdir(), DROPPED_PREFIX));
      const copy = join(folder, name);
      try {
        await writeFile(copy, bytes);
        const review = await openForReview(copy, progress, { name, folder });
        // A refused package has nothing to merge: its copy goes at once.
        if (review.files.every((file) => file.refused !== null)) sessions.close(review.reviewId);
        return review;
      } catch (error) {
        // A package refused (or a cancelled reading) keeps no copy behind.
        removeDroppedFolder(folder);
        throw error;
      }
    },
    'packages:merge': async ({ reviewId, decisions }, change, progress) => {
      const session = sessions.open(reviewId);
      const file = session.files[0]!;
      const sourceFile = session.dropped?.name ?? file.path;
      const outcome = await mergePack(db(), { ...change, sourceFile }, { path: file.path, expectedSha256: file.sha256, decisions, sourceFile }, progress);
      sessions.close(reviewId);
      return outcome;
    },
  };
}

const DROPPED_PREFIX = 'plandesk-dropped-';

/**
 * Removes the folder a dropped package was copied into (at once: one small file); one already gone is no matter.
 * Only a folder this code made (in the temporary folder, with its prefix) is ever removed.
 */
function removeDroppedFolder(folder: string): void {
  if (dirname(folder) !== tmpdir() || !basename(folder).startsWith(DROPPED_PREFIX)) return;
  rmSync(folder, { recursive: true, force: true });
}
