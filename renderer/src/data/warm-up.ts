// Asks for a plan's actions list (packed, as the views ask for it: action-list.ts) once the window is idle
// after the plan opened, so that the main process has it ready (see electron/core/plan/action-list-cache.ts) when
// the user first opens the Actions view. The answer is dropped, and a failure is not shown: the Actions view asks
// again and reports its own errors.
import { api } from './api';

/** The plan whose list was last asked for in this window: a plan warms once per opening, not at every Overview. */
let warmedPlanId: string | null = null;

/** Schedules the warm-up; returns a function that cancels it if it has not started (the view closed first). */
export function warmActionsList(planId: string): () => void {
  if (warmedPlanId === planId) return () => undefined;
  const handle = requestIdleCallback(
    () => {
      warmedPlanId = planId;
      try {
        api()
          .actions.listPacked({ planId })
          .catch(() => undefined);
      } catch {
        // No api (a page opened outside PlanDesk): nothing to warm.
      }
    },
    { timeout: 2000 },
  );
  return () => cancelIdleCallback(handle);
}
