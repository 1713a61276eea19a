// Exchange with ministries: update workbooks sent to lead agencies, returned ones reviewed and merged, files dropped
// on the window.
import { z } from 'zod';
import type { ChaseReminder, DroppedFileKind, ExchangePackage, LeadAgency, MergeOutcome, ReturnTracking, Review, SendCounts, SendOutcome } from '../domain';
import { calendarDate, id, returns, shortText, type DomainSchemas } from './common';
import { IMPORT_MAX_MB } from './import';
import { reviewDecisions } from './review';

// Files dropped on the window: their bytes travel as base64 like an import's, several at once, together at most
// the import's size (the page reads them; their paths never cross).
const droppedFiles = z
  .array(z.object({ fileName: z.string().trim().min(1, 'the file needs a name').max(300), contentBase64: z.string() }).strict())
  .min(1, 'no file was dropped')
  .max(50, 'at most 50 files at once')
  .refine((files) => files.reduce((n, f) => n + f.contentBase64.length, 0) <= Math.ceil((IMPORT_MAX_MB * 1024 * 1024) / 3) * 4, {
    message: `the dropped files add up to more than ${IMPORT_MAX_MB} MB; drop fewer at a time`,
  });

export const exchangeContract = {
  /** The agencies leading actions of the plan, to choose whom to send workbooks to. */
  'exchange:leadAgencies': { input: z.object({ planId: id }).strict(), result: returns<readonly LeadAgency[]>() },
  /** What a send would carry (agencyIds null: every lead agency): workbooks, distinct actions, what no workbook carries. */
  'exchange:sendCounts': {
    input: z.object({ planId: id, agencyIds: z.array(id).max(1000).nullable() }).strict(),
    result: returns<SendCounts>(),
  },
  /** Asks the host for a folder, writes one workbook per agency (agencyIds null: every lead agency) and a .zip of them; null when cancelled. */
  'exchange:send': {
    input: z
      .object({
        planId: id,
        periodId: id,
        agencyIds: z.array(id).min(1, 'choose at least one agency').max(1000).nullable(),
        dueDate: calendarDate.nullable(),
        contact: shortText.default(''),
      })
      .strict(),
    result: returns<SendOutcome | null>(),
  },
  'exchange:packages': { input: z.object({ planId: id }).strict(), result: returns<readonly ExchangePackage[]>() },
  /** Per agency, the period's newest workbook: sent, returned, merged or overdue with days late, and when last chased; as of today. */
  'exchange:tracking': { input: z.object({ planId: id, periodId: id }).strict(), result: returns<ReturnTracking>() },
  /** The reminder to an agency that has not returned a workbook (the package), as of today, signed by the user. */
  'exchange:reminder': { input: z.object({ planId: id, packageId: id }).strict(), result: returns<ChaseReminder>() },
  /** Records that the reminder was copied to be sent: a chase, in the history. */
  'exchange:chaseCopied': { input: z.object({ planId: id, packageId: id }).strict(), result: returns<{ readonly chasedAt: string }>() },
  /** Asks the host where to save the reminder (.eml, the workbook attached) or the workbook as sent, writes it and
   *  records the chase; null when cancelled. */
  'exchange:saveChase': {
    input: z.object({ planId: id, packageId: id, what: z.enum(['eml', 'workbook']) }).strict(),
    result: returns<{ readonly path: string; readonly chasedAt: string } | null>(),
  },
  /** Asks the host for returned workbooks and reviews them (nothing merged); null when cancelled. */
  'exchange:receive': { input: z.object({ planId: id }).strict(), result: returns<Review | null>() },
  /** Merges what the reviewer accepted of a review from exchange:receive, in one transaction. */
  /** leaveOut: files of the review (their paths) the reviewer left out, such as a refused one: nothing of them is read or written. */
  'exchange:merge': {
    input: z.object({ reviewId: id, decisions: reviewDecisions, leaveOut: z.array(z.string().min(1).max(4096)).max(1000).default([]) }).strict(),
    result: returns<MergeOutcome>(),
  },
  /** Keeps the reviewer's decisions so far in the workspace (replacing those saved before), so that receiving the same files again resumes. */
  'exchange:saveDecisions': { input: z.object({ reviewId: id, decisions: reviewDecisions }).strict(), result: returns<{ readonly savedAt: string }>() },
  /** What each dropped file is, by its content (update workbook, package, spreadsheet, or refused); reads only. */
  'exchange:identifyDropped': { input: z.object({ files: droppedFiles }).strict(), result: returns<readonly DroppedFileKind[]>() },
  /** exchange:receive for returned workbooks dropped on the window (their bytes rather than a dialog's paths). */
  'exchange:receiveDropped': { input: z.object({ planId: id, files: droppedFiles }).strict(), result: returns<Review>() },
} as const satisfies DomainSchemas<'exchange'>;
