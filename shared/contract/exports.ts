// Exports: the whole plan in its own workbook layout, and what the grid shows.
import { z } from 'zod';
import { id, returns, type DomainSchemas } from './common';

const gridCell = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);

export const exportsContract = {
  /** The whole plan in its own spreadsheet layout (.xlsx), saved where the host asks; path null when cancelled. */
  'exports:planWorkbook': { input: z.object({ planId: id }).strict(), result: returns<{ readonly path: string | null }>() },
  /** What the grid shows (visible columns, rows as displayed) to .csv or .xlsx; path null when cancelled. */
  'exports:gridView': {
    input: z
      .object({
        format: z.enum(['csv', 'xlsx']),
        title: z.string().trim().min(1, 'the export needs a title').max(200),
        columns: z.array(z.object({ header: z.string().max(300), width: z.number().min(1).max(200).optional() }).strict()).min(1, 'no column to export').max(200),
        rows: z.array(z.array(gridCell).max(200)).max(200_000, 'at most 200,000 rows at once'),
      })
      .strict(),
    result: returns<{ readonly path: string | null }>(),
  },
} as const satisfies DomainSchemas<'exports'>;
