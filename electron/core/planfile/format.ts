// The JSON plan file, "plandesk.plan/1": how plans leave and enter PlanDesk as one self-contained document.
// Documented in README.md. Beyond the fields listed there it carries optional detail (timeline precision,
// original wording, agency ids) so that export → import reproduces the plan exactly.
import { z } from 'zod';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../../shared/dates';
import { isMonth, MAX_YEAR, MIN_YEAR } from '../../../shared/months';
import { FUND_STATUSES, IMPLEMENTATION_STATUSES } from '../../../shared/vocab/status';

export const PLAN_FILE_FORMAT = 'plandesk.plan/1';

/**
 * The largest plan file PlanDesk reads, whole: its parts are capped one by one (below), but 100,000 actions each at
 * its caps would still be gigabytes. 60 MB is what the window imports of any file (MAX_IMPORT_BYTES), and some 40
 * times a plan of 10,000 actions (about 1.5 KB an action).
 */
export const MAX_PLAN_FILE_BYTES = 60 * 1024 * 1024;

/** A month as it is stored: the planfile's, and a package's reporting periods. */
export const month = z.string().refine(isMonth, `must be a month written YYYY-MM, in the years ${MIN_YEAR} to ${MAX_YEAR}`);
const day = z.string().refine(isCalendarDate, CALENDAR_DATE_RULE);
const text = (max: number) => z.string().max(max, `must be at most ${max.toLocaleString('en')} characters`);
/**
 * An action's unmapped cells: one per column of the widest sheet the importer reads, and no more text than a row
 * holds. The spreadsheet importer keeps to the same caps (import/build/messages.ts putUnmapped), so that a plan's own
 * export always imports back.
 */
export const UNMAPPED_LIMITS = { cells: 1_000, name: 500, cell: 100_000, total: 1_000_000 } as const;
const MAX_UNMAPPED_CELLS = UNMAPPED_LIMITS.cells;
const MAX_UNMAPPED_CHARS = UNMAPPED_LIMITS.total;

/** An agency's name, acronym and aliases, how many agencies one lead or collaborators field links, and how many a plan
 * file declares: the importers keep to these too. */
export const AGENCY_LIMITS = { name: 500, acronym: 100, aliases: 100, perField: 200, count: 100_000 } as const;

/** How many chapters a plan, policy statements a chapter and actions a policy statement hold at most. */
export const TREE_LIMITS = { chapters: 10_000, statements: 100_000, actions: 100_000 } as const;

const indicatorValue = z
  .object({ text: text(2000).default(''), value: z.number().finite().nullable().default(null) })
  .default({ text: '', value: null });

const agencyField = z
  .object({
    text: text(2000).default(''),
    /** Acronyms (or agency ids where an acronym is shared, or a name for agencies without one). */
    agencies: z.array(text(500)).max(AGENCY_LIMITS.perField).default([]),
  })
  .default({ text: '', agencies: [] });

export const planFileIndicator = z.object({
  id: z.string().max(100).optional(),
  name: text(2000),
  kind: z.enum(['percent', 'number', 'yes_no', 'ratio', 'date', 'text']).default('text'),
  unit: text(100).default(''),
  baseline: indicatorValue,
  target: indicatorValue,
});

export const planFileAction = z.object({
  id: z.string().max(100).optional(),
  code: text(100).default(''),
  title: text(5000),
  start: month.nullable().default(null),
  end: month.nullable().default(null),
  endOpen: z.boolean().default(false),
  startPrecision: z.enum(['month', 'year']).default('month'),
  endPrecision: z.enum(['month', 'year']).default('month'),
  revisedEnd: month.nullable().default(null),
  /** Why the end was revised, once the plan was approved. */
  revisedEndReason: text(5000).default(''),
  timelineText: text(500).default(''),
  lead: agencyField,
  collaborators: agencyField,
  fund: z
    .object({ status: z.enum(FUND_STATUSES).nullable().default(null), note: text(5000).default('') })
    .default({ status: null, note: '' }),
  status: z.enum(IMPLEMENTATION_STATUSES).nullable().default(null),
  statusText: text(5000).default(''),
  remarks: text(100_000).default(''),
  /** Cells from columns an importer could not place, by column header: as many as a sheet has columns (1,000). */
  unmapped: z
    .record(text(UNMAPPED_LIMITS.name), text(UNMAPPED_LIMITS.cell))
    .refine((cells) => Object.keys(cells).length <= MAX_UNMAPPED_CELLS, `must hold at most ${MAX_UNMAPPED_CELLS.toLocaleString('en')} cells`)
    .refine(
      (cells) => Object.values(cells).reduce((total, cell) => total + cell.length, 0) <= MAX_UNMAPPED_CHARS,
      `must hold at most ${MAX_UNMAPPED_CHARS.toLocaleString('en')} characters in all`,
    )
    .default({}),
  indicators: z.array(planFileIndicator).max(100).default([]),
}).refine((action) => !(action.revisedEnd && action.start && action.revisedEnd < action.start), {
  path: ['revisedEnd'],
  message: 'the revised end is before the start',
});

export const planFileStatement = z.object({
  id: z.string().max(100).optional(),
  code: text(100).default(''),
  text: text(5000),
  actions: z.array(planFileAction).max(TREE_LIMITS.actions).default([]),
});

export const planFileChapter = z.object({
  id: z.string().max(100).optional(),
  code: text(100).default(''),
  title: text(2000),
  statements: z.array(planFileStatement).max(TREE_LIMITS.statements).default([]),
});

export const planFilePlan = z.object({
  id: z.string().max(100).optional(),
  title: text(300).min(1, 'a plan needs a title'),
  description: text(5000).default(''),
  /** When the plan was approved (its planned dates became the baseline), and its latest rebaseline. */
  baseline: z
    .object({
      approvedOn: day.nullable().default(null),
      approvedBy: text(200).nullable().default(null),
      rebaselinedOn: day.nullable().default(null),
      rebaselineReason: text(5000).default(''),
    })
    .default({ approvedOn: null, approvedBy: null, rebaselinedOn: null, rebaselineReason: '' }),
  chapters: z.array(planFileChapter).max(TREE_LIMITS.chapters).default([]),
});

export const planFileAgency = z.object({
  id: z.string().max(100).optional(),
  kind: z.enum(['agency', 'group']).default('agency'),
  acronym: text(AGENCY_LIMITS.acronym).nullable().default(null),
  name: text(AGENCY_LIMITS.name),
  aliases: z.array(text(AGENCY_LIMITS.name)).max(AGENCY_LIMITS.aliases).default([]),
  /** Id or acronym of the agency this one is a unit of (BCIRT within DITT). */
  parent: text(500).nullable().default(null),
  confirmed: z.boolean().default(true),
});

export const planFile = z.object({
  format: z.literal(PLAN_FILE_FORMAT, { message: `format must be "${PLAN_FILE_FORMAT}"` }),
  plans: z.array(planFilePlan).max(1000),
  agencies: z.array(planFileAgency).max(AGENCY_LIMITS.count).default([]),
});

export type PlanFile = z.output<typeof planFile>;
export type PlanFilePlan = z.output<typeof planFilePlan>;
export type PlanFileChapter = z.output<typeof planFileChapter>;
export type PlanFileStatement = z.output<typeof planFileStatement>;
export type PlanFileAction = z.output<typeof planFileAction>;
export type PlanFileIndicator = z.output<typeof planFileIndicator>;
export type PlanFileAgency = z.output<typeof planFileAgency>;
