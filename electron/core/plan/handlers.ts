// The contract's handlers for the plan itself: plans, actions, chapters and policy statements.
import type { PlanTree } from '../../../shared/domain';
import { AppError } from '../../../shared/result';
import { KeptWhileUnchanged } from '../db/kept-while-unchanged';
import { updateRow } from '../history/tracked-update';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { ensurePeriods, setReporting } from '../reporting/periods';
import { ActionListCache } from './action-list-cache';
import { actionRowOf, listActionRows } from './action-rows';
import { createPlan, pasteActionCells, setActionAgencies, setActionCells, updateActionField } from './plan-commands';
import { approvePlan, baselineOf, rebaselinePlan } from './baseline';
import { listDeleted, restoreDeleted } from './deleted';
import { getActionDetail, getPlanOutline, getPlanTree, planIdOf, planSummary } from './plan-queries';
import {
  createAction,
  createChapter,
  createStatement,
  deleteBranch,
  duplicateAction,
  moveAction,
  moveChapter,
  moveStatement,
  renumberStatements,
  setActionDeleted,
  updateChapter,
  updateStatement,
} from './structure-commands';

/** The sample plan is opened by the import (import/handlers.ts). */
type PlanChannel = Exclude<Extract<keyof Handlers, `${'plans' | 'actions' | 'chapters' | 'statements'}:${string}`>, 'plans:openSample'>;

export function planHandlers(kit: HandlerKit): Pick<Handlers, PlanChannel> {
  const { app, db, currentMonth, undo } = kit;
  const actionLists = new ActionListCache();
  // The Overview asks for its plan's tree each time it opens (3.5 MB for 10,000 actions): while nothing is written
  // it is the same tree, and reading it again would hold up the view opened next (the main process answers in turn).
  const planTrees = new KeptWhileUnchanged<PlanTree>();
  const planTree = (planId: string) => planTrees.get(app.connection(), `${planId}|${currentMonth()}`, () => getPlanTree(db(), planId, currentMonth()));
  const summaryOf = (planId: string) => planSummary(db(), planId, currentMonth());
  const rowOf = (actionId: string) => actionRowOf(db(), actionId, currentMonth());
  const treeOf = async (kind: 'chapter' | 'statement', id: string) => planTree(await planIdOf(db(), kind, id));

  return {
    'plans:create': async ({ title, description }, change) => summaryOf(await createPlan(db(), change, { title, description })),
    'plans:tree': ({ planId }) => planTree(planId),
    'plans:outline': ({ planId }) => getPlanOutline(db(), planId),
    'plans:update': async ({ planId, field, value }, change) => {
      if (field === 'title' && value.trim() === '') throw new AppError('invalid_input', 'A plan needs a title');
      await db().transaction().execute((tx) => updateRow(tx, change, { table: 'plans', id: planId, planId }, { [field]: value.trim() }));
      return summaryOf(planId);
    },
    'plans:setReporting': async (input, change) => {
      await setReporting(db(), change, input);
      return ensurePeriods(db(), input.planId, currentMonth());
    },
    'plans:approve': ({ planId, on }, change) => approvePlan(db(), change, { planId, on }),
    'plans:rebaseline': async ({ planId, reason }, change) => {
      const { actions } = await rebaselinePlan(db(), change, { planId, reason });
      return { actions, baseline: await baselineOf(db(), planId) };
    },
    'plans:periods': ({ planId }) => ensurePeriods(db(), planId, currentMonth()),
    'actions:list': ({ planId }) => actionLists.list(app.connection(), planId, currentMonth()),
    'actions:listPacked': ({ planId }) => actionLists.listPacked(app.connection(), planId, currentMonth()),
    'actions:get': ({ actionId }) => getActionDetail(db(), actionId, currentMonth()),
    'actions:update': async (input, change) => {
      await updateActionField(db(), change, input);
      return rowOf(input.actionId);
    },
    'actions:paste': async ({ planId, cells }, change) => {
      const outcome = await pasteActionCells(db(), change, planId, cells);
      return { applied: outcome.applied, refused: outcome.refused, rows: await listActionRows(db(), planId, currentMonth(), outcome.actionIds) };
    },
    'actions:setCells': async ({ planId, cells, reason }, change) =>
      listActionRows(db(), planId, currentMonth(), await setActionCells(db(), change, planId, cells, reason)),
    'actions:setAgencies': async (input, change) => {
      await setActionAgencies(db(), change, input);
      return rowOf(input.actionId);
    },
    'actions:create': async (input, change) => rowOf(await createAction(db(), change, input)),
    'actions:duplicate': async ({ actionId }, change) => rowOf(await duplicateAction(db(), change, actionId)),
    'actions:delete': async ({ actionId }, change) => {
      await setActionDeleted(db(), change, actionId, true);
      return undo.state;
    },
    'actions:restore': async ({ actionId }, change) => {
      await setActionDeleted(db(), change, actionId, false);
      return rowOf(actionId);
    },
    'actions:move': async (input, change) => {
      await moveAction(db(), change, input);
      return rowOf(input.actionId);
    },
    'chapters:create': async (input, change) => {
      const id = await createChapter(db(), change, input);
      return treeOf('chapter', id);
    },
    'chapters:update': async (input, change) => {
      await updateChapter(db(), change, input);
      return treeOf('chapter', input.chapterId);
    },
    'chapters:move': async (input, change) => {
      await moveChapter(db(), change, input);
      return treeOf('chapter', input.chapterId);
    },
    'chapters:delete': async ({ chapterId }, change) => {
      await deleteBranch(db(), change, { kind: 'chapter', id: chapterId });
      return treeOf('chapter', chapterId);
    },
    'statements:create': async (input, change) => {
      const id = await createStatement(db(), change, input);
      return treeOf('statement', id);
    },
    'statements:update': async (input, change) => {
      await updateStatement(db(), change, input);
      return treeOf('statement', input.statementId);
    },
    'statements:move': async (input, change) => {
      await moveStatement(db(), change, input);
      return treeOf('statement', input.statementId);
    },
    'statements:renumber': async ({ statementIds }, change) => {
      const changed = await renumberStatements(db(), change, statementIds);
      return changed.length === 0 ? [] : listActionRows(db(), await planIdOf(db(), 'statement', statementIds[0]!), currentMonth(), changed);
    },
    'plans:deleted': ({ planId }) => listDeleted(db(), planId),
    'plans:restoreDeleted': (input, change) => restoreDeleted(db(), change, input),
    'statements:delete': async ({ statementId }, change) => {
      await deleteBranch(db(), change, { kind: 'statement', id: statementId });
      return treeOf('statement', statementId);
    },
  };
}
