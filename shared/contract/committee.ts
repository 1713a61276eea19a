// The steering committee's own pages, kept per meeting (the snapshot the pack compares with, or none): read them,
// and save them whole (key messages, decisions with their linked actions, items for information) as one change.
import { z } from 'zod';
import type { CommitteePages } from '../domain';
import { COMMITTEE_TEXT_MAX, DECISION_TEXT_MAX, DECISIONS_MAX } from '../committee-text';
import { id, returns, type DomainSchemas } from './common';

const meeting = { planId: id, snapshotId: id.nullable() };
const committeeText = (what: string) => z.string().max(COMMITTEE_TEXT_MAX, `${what} must be at most ${COMMITTEE_TEXT_MAX.toLocaleString('en')} characters`);

export const committeeContract = {
  'committee:pages': { input: z.object(meeting).strict(), result: returns<CommitteePages>() },
  'committee:save': {
    input: z
      .object({
        ...meeting,
        keyMessages: committeeText('the key messages'),
        information: committeeText('the items for information'),
        decisions: z
          .array(
            z
              .object({
                /** Absent for a decision added since the pages were read. */
                id: id.optional(),
                text: z.string().max(DECISION_TEXT_MAX, `a decision must be at most ${DECISION_TEXT_MAX.toLocaleString('en')} characters`),
                /** Action codes as typed ("5.1.1.3"). */
                actionCodes: z.array(z.string().max(100)).max(200),
              })
              .strict(),
          )
          .max(DECISIONS_MAX, `at most ${DECISIONS_MAX} decisions per meeting`),
      })
      .strict(),
    result: returns<CommitteePages>(),
  },
} as const satisfies DomainSchemas<'committee'>;
