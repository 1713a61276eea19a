// The plan itself: plans, their actions, chapters and policy statements; reading them and editing them.
import { z } from 'zod';
import type { ActionDetail, ActionGridRow, Baseline, DeletedItem, PasteOutcome, PlanSummary, PlanTree, ReportingPeriod, RestoreOutcome, UndoState } from '../domain';
import type { PackedActionList } from '../packed-action-list';
import type { PlanOutline } from '../plan-outline';
import { calendarDate, id, longText, noInput, returns, shortText, title, type DomainSchemas } from './common';

export const ACTION_EDITABLE_FIELDS = [
  'code',
  'title',
  'start',
  'end',
  'status',
  'statusText',
  'fundStatus',
  'fundNote',
  'leadText',
  'collaboratorsText',
  'remarks',
] as const;
export type ActionEditableField = (typeof ACTION_EDITABLE_FIELDS)[number];

export const planContract = {
  'plans:create': {
    input: z
      .object({
        title: z.string().trim().min(1, 'a plan needs a title').max(300),
        description: z.string().max(5000).default(''),
      })
      .strict(),
    result: returns<PlanSummary>(),
  },
  'plans:openSample': { input: noInput, result: returns<PlanSummary>() },
  'plans:tree': { input: z.object({ planId: id }).strict(), result: returns<PlanTree>() },
  /** Chapters and statements only (no actions): the headings of the actions grid. */
  'plans:outline': { input: z.object({ planId: id }).strict(), result: returns<PlanOutline>() },
  'plans:update': {
    input: z.object({ planId: id, field: z.enum(['title', 'description']), value: z.string().max(5000) }).strict(),
    result: returns<PlanSummary>(),
  },
  'plans:setReporting': {
    input: z
      .object({
        planId: id,
        frequency: z.enum(['fiscal_year', 'half', 'quarter']),
        fiscalYearStartMonth: z.number().int().min(1, 'a month is 1 to 12').max(12, 'a month is 1 to 12'),
      })
      .strict(),
    result: returns<readonly ReportingPeriod[]>(),
  },
  /** Marks the plan approved (on a date, default today): from then on its planned dates are the baseline. */
  'plans:approve': { input: z.object({ planId: id, on: calendarDate.optional() }).strict(), result: returns<Baseline>() },
  /** Makes every revised end the planned end, with a reason: the committee agreed a new baseline. */
  'plans:rebaseline': {
    input: z.object({ planId: id, reason: z.string().max(5000) }).strict(),
    result: returns<{ readonly actions: number; readonly baseline: Baseline }>(),
  },
  'plans:periods': { input: z.object({ planId: id }).strict(), result: returns<readonly ReportingPeriod[]>() },
  'actions:list': { input: z.object({ planId: id }).strict(), result: returns<readonly ActionGridRow[]>() },
  /** The same rows as actions:list, packed (shared/packed-action-list.ts): the Actions view asks for them all at once. */
  'actions:listPacked': { input: z.object({ planId: id }).strict(), result: returns<PackedActionList>() },
  'actions:get': { input: z.object({ actionId: id }).strict(), result: returns<ActionDetail>() },
  'actions:update': {
    input: z
      .object({
        actionId: id,
        field: z.enum(ACTION_EDITABLE_FIELDS),
        value: longText.nullable(),
        /** Why the end changed: required for a new end once the plan is approved (it becomes a revised end). */
        reason: z.string().max(5000).optional(),
      })
      .strict(),
    result: returns<ActionGridRow>(),
  },
  'actions:paste': {
    input: z
      .object({
        planId: id,
        cells: z
          .array(z.object({ actionId: id, field: z.enum(ACTION_EDITABLE_FIELDS), value: longText }).strict())
          .min(1, 'nothing to paste')
          .max(50_000, 'at most 50,000 cells at once'),
      })
      .strict(),
    result: returns<PasteOutcome>(),
  },
  /** Many cells at once (a block cleared or filled down): all checked as typed edits, all written or none, one undo. */
  'actions:setCells': {
    input: z
      .object({
        planId: id,
        cells: z
          .array(z.object({ actionId: id, field: z.enum(ACTION_EDITABLE_FIELDS), value: longText }).strict())
          .min(1, 'no cells to change')
          .max(50_000, 'at most 50,000 cells at once'),
        /** Why new ends change, once the plan is approved (they become revised ends): one reason for all. */
        reason: z.string().max(5000).optional(),
      })
      .strict(),
    result: returns<readonly ActionGridRow[]>(),
  },
  'actions:setAgencies': {
    input: z
      .object({ actionId: id, role: z.enum(['lead', 'collaborator']), agencyIds: z.array(id).max(100), text: shortText })
      .strict(),
    result: returns<ActionGridRow>(),
  },
  'actions:create': {
    input: z
      .object({
        statementId: id,
        afterActionId: id.nullable().default(null),
        code: z.string().trim().max(100).default(''),
        title: title('the title').default('New action'),
      })
      .strict(),
    result: returns<ActionGridRow>(),
  },
  'actions:duplicate': { input: z.object({ actionId: id }).strict(), result: returns<ActionGridRow>() },
  'actions:delete': { input: z.object({ actionId: id }).strict(), result: returns<UndoState>() },
  'actions:restore': { input: z.object({ actionId: id }).strict(), result: returns<ActionGridRow>() },
  'actions:move': {
    input: z.object({ actionId: id, statementId: id, beforeActionId: id.nullable() }).strict(),
    result: returns<ActionGridRow>(),
  },
  'chapters:create': {
    input: z.object({ planId: id, code: z.string().trim().max(100).default(''), title: title('the chapter title') }).strict(),
    result: returns<PlanTree>(),
  },
  'chapters:update': {
    input: z.object({ chapterId: id, field: z.enum(['code', 'title']), value: shortText }).strict(),
    result: returns<PlanTree>(),
  },
  'chapters:move': { input: z.object({ chapterId: id, beforeChapterId: id.nullable() }).strict(), result: returns<PlanTree>() },
  'chapters:delete': { input: z.object({ chapterId: id }).strict(), result: returns<PlanTree>() },
  'statements:create': {
    input: z.object({ chapterId: id, code: z.string().trim().max(100).default(''), text: title('the statement text') }).strict(),
    result: returns<PlanTree>(),
  },
  'statements:update': {
    input: z.object({ statementId: id, field: z.enum(['code', 'text']), value: z.string().max(5000) }).strict(),
    result: returns<PlanTree>(),
  },
  'statements:move': {
    input: z.object({ statementId: id, chapterId: id, beforeStatementId: id.nullable() }).strict(),
    result: returns<PlanTree>(),
  },
  'statements:delete': { input: z.object({ statementId: id }).strict(), result: returns<PlanTree>() },
  /** Numbers the actions of each statement 1, 2, 3… in plan order, as one change (after a move: the statement left and the one joined). */
  'statements:renumber': {
    input: z.object({ statementIds: z.array(id).min(1, 'name a statement to renumber').max(20) }).strict(),
    result: returns<readonly ActionGridRow[]>(),
  },
  /** The plan's Deleted list: chapters, statements, actions and indicators deleted, with who and when. */
  'plans:deleted': { input: z.object({ planId: id }).strict(), result: returns<readonly DeletedItem[]>() },
  /** Brings a deleted piece back, with what was deleted with it and its deleted parents. */
  'plans:restoreDeleted': {
    input: z.object({ kind: z.enum(['chapter', 'statement', 'action', 'indicator']), id }).strict(),
    result: returns<RestoreOutcome>(),
  },
} as const satisfies DomainSchemas<'plans' | 'actions' | 'chapters' | 'statements'>;
