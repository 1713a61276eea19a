// Whole-plan packages (.pmupack) between PMU laptops.
import { z } from 'zod';
import type { MergeOutcome, PackCreated, Review } from '../domain';
import { id, noInput, returns, type DomainSchemas } from './common';
import { reviewDecisions } from './review';

export const packagesContract = {
  /** Asks the host where to save, and writes the plan's package; null when cancelled. */
  'packages:create': { input: z.object({ planId: id }).strict(), result: returns<PackCreated | null>() },
  /** Asks the host for a .pmupack, checks it and compares it with the local plan; null when cancelled. */
  'packages:open': { input: noInput, result: returns<Review | null>() },
  /** Opens a .pmupack dropped on the window (its bytes: the page gives no path) for its review, as packages:open does. */
  'packages:openDropped': {
    input: z.object({ file: z.object({ fileName: z.string().trim().min(1, 'the file needs a name').max(300), contentBase64: z.string() }).strict() }).strict(),
    result: returns<Review>(),
  },
  'packages:merge': { input: z.object({ reviewId: id, decisions: reviewDecisions }).strict(), result: returns<MergeOutcome>() },
} as const satisfies DomainSchemas<'packages'>;
