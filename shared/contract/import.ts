// Importing a spreadsheet or a plan file from the window: the file's bytes travel as base64 (the same over
// Electron's IPC and the harness's HTTP), with the analyst's column meanings and the target plan.
// (The fields' names shown to people are in shared/vocab/import-fields.ts.)
import { z } from 'zod';
import type { ImportField, ImportOutcome, ImportPreview, KeptImportReport } from '../domain';
import { id, returns, type DomainSchemas } from './common';

export const IMPORT_FIELDS = ['code', 'chapter', 'statement', 'action', 'indicator', 'baseline', 'target', 'timeline', 'start', 'end', 'lead', 'collaborators', 'fund', 'status', 'remarks'] as const satisfies readonly ImportField[];
export const IMPORT_MAX_MB = 60;
const importRequestShape = {
  fileName: z.string().trim().min(1, 'the file needs a name').max(300),
  contentBase64: z.string().max(Math.ceil((IMPORT_MAX_MB * 1024 * 1024) / 3) * 4, `the file is larger than ${IMPORT_MAX_MB} MB; PlanDesk imports files of up to ${IMPORT_MAX_MB} MB`),
  /** Column meanings chosen by the analyst in the preview (field null: not imported, kept as unmapped). */
  mapping: z
    .array(z.object({ sheet: z.string().max(300).nullable(), column: z.string().regex(/^[A-Z]{1,3}$/, 'must be a column letter'), field: z.enum(IMPORT_FIELDS).nullable() }).strict())
    .max(2000)
    .optional(),
  /** Import into this plan (matching its actions) rather than as a new plan. */
  intoPlanId: id.optional(),
  planTitle: z.string().trim().max(300).optional(),
};

export const importContract = {
  /** Reads a file (spreadsheet or .json plan file) and shows what importing it would do; writes nothing. */
  'import:preview': { input: z.object(importRequestShape).strict(), result: returns<ImportPreview>() },
  /** Imports it, with the analyst's column meanings and accepted matches, in one transaction with its history. */
  'import:commit': {
    input: z.object({ ...importRequestShape, acceptedMatches: z.array(z.string().max(60)).max(200_000).optional() }).strict(),
    result: returns<ImportOutcome>(),
  },
  /** The report kept with an import (its batch of the history); null when the import kept none (made before reports were kept). */
  'import:report': { input: z.object({ batchId: z.string().trim().min(1).max(100) }).strict(), result: returns<KeptImportReport | null>() },

} as const satisfies DomainSchemas<'import'>;
