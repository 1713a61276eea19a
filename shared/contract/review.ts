// The reviewer's decisions on proposed changes, as the merge of returned workbooks and of plan packages takes them.
import { z } from 'zod';
import { id } from './common';

const reviewDecision = z
  .object({
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('change'), changeId: id }).strict(),
      z.object({ kind: z.literal('group'), fileId: id, groupKey: id }).strict(),
      z.object({ kind: z.literal('file'), fileId: id }).strict(),
    ]),
    accept: z.boolean(),
    note: z.string().max(2000, 'a note is at most 2,000 characters').optional(),
    value: z.string().max(5000, 'a typed value is at most 5,000 characters').optional(),
  })
  .strict();

export const reviewDecisions = z.array(reviewDecision).max(100_000, 'at most 100,000 decisions at once');
