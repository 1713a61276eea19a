// The contract's handlers for whole-plan packages (.pmupack) between PMU laptops: create one, open one for its
// review, merge what the reviewer accepted.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
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
  const sessions = new ReviewSessions<ReviewedFiles>(() => app.connection().path);
  return {
    'packages:create': async ({ planId }) => {
      const plan = await requirePlan(db(), planId);
      const path = await kit.dialog('chooseSavePath')({ title: 'Save the plan package', defaultName: `${safeFileName(plan.title)}.pmupack`, filters: [PACKAGE_FILTER] });
      if (path === null) return null;
      return createPack(db(), kit.changeContext('package'), planId, path);
    },
    'packages:open': async () => {
      const paths = await kit.dialog('chooseFiles')({ title: 'Open a plan package', filters: [PACKAGE_FILTER], multiple: false });
      const path = paths?.[0];
      if (!path) return null;
      const opened = await reviewPack(db(), path);
      const planId = opened.contents?.manifest.planId ?? null;
      const reviewId = sessions.remember({ planId, files: [{ path, sha256: opened.file.sha256 }] });
      return { reviewId, kind: 'package', planId, files: [opened.file], counts: countsOf([opened.file]) };
    },
    'packages:merge': async ({ reviewId, decisions }, change) => {
      const file = sessions.open(reviewId).files[0]!;
      const outcome = await mergePack(db(), { ...change, sourceFile: file.path }, { path: file.path, expectedSha256: file.sha256, decisions });
      sessions.close(reviewId);
      return outcome;
    },
  };
}
