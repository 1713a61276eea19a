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
import { createPlan, pasteActionCells, setActionAgencies, updateActionField } from './plan-commands';
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
  setActionDeleted,
  updateChapter,
  updateStatement,
} from './structure-commands';

/** The sample plan is opened by the import (import/handlers.ts). */
type PlanChannel = Exclude<Extract<keyof Handlers, `${'plans' | 'actions' | 'chapters' | 'statements'}:${string}`>, 'plans:openSample'>;

export function planHandlers(kit: HandlerKit): Pick<Handlers, PlanChannel> {
  const { app, db, currentMonth, undo } = kit;
  const edit = undo.edit.bind(undo);
  const actionLists = new ActionListCache();
  // The Overview asks for its plan's tree each time it opens (3.5 MB for 10,000 actions): while nothing is written
  // it is the same tree, and reading it again would hold up the view opened next (the main process answers in turn).
  const planTrees = new KeptWhileUnchanged<PlanTree>();
  const planTree = (planId: string) => planTrees.get(app.connection(), `${planId}|${currentMonth()}`, () => getPlanTree(db(), planId, currentMonth()));
  const summaryOf = (planId: string) => planSummary(db(), planId, currentMonth());
  const rowOf = (actionId: string) => actionRowOf(db(), actionId, currentMonth());
  const treeOf = async (kind: 'chapter' | 'statement', id: string) => planTree(await planIdOf(db(), kind, id));

  return {
    'plans:create': async ({ title, description }) => summaryOf(await createPlan(db(), kit.changeContext('edit'), { title, description })),
    'plans:tree': ({ planId }) => planTree(planId),
    'plans:outline': ({ planId }) => getPlanOutline(db(), planId),
    'plans:update': async ({ planId, field, value }) => {
      if (field === 'title' && value.trim() === '') throw new AppError('invalid_input', 'A plan needs a title');
      await edit((context) => db().transaction().execute((tx) => updateRow(tx, context, { table: 'plans', id: planId, planId }, { [field]: value.trim() })));
      return summaryOf(planId);
    },
    'plans:setReporting': async (input) => {
      await edit((context) => setReporting(db(), context, input));
      return ensurePeriods(db(), input.planId, currentMonth());
    },
    'plans:periods': ({ planId }) => ensurePeriods(db(), planId, currentMonth()),
    'actions:list': ({ planId }) => actionLists.list(app.connection(), planId, currentMonth()),
    'actions:listPacked': ({ planId }) => actionLists.listPacked(app.connection(), planId, currentMonth()),
    'actions:get': ({ actionId }) => getActionDetail(db(), actionId, currentMonth()),
    'actions:update': async (input) => {
      await edit((context) => updateActionField(db(), context, input));
      return rowOf(input.actionId);
    },
    'actions:paste': async ({ planId, cells }) => {
      const outcome = await edit((context) => pasteActionCells(db(), context, planId, cells));
      return { applied: outcome.applied, refused: outcome.refused, rows: await listActionRows(db(), planId, currentMonth(), outcome.actionIds) };
    },
    'actions:setAgencies': async (input) => {
      await edit((context) => setActionAgencies(db(), context, input));
      return rowOf(input.actionId);
    },
    'actions:create': async (input) => rowOf(await edit((context) => createAction(db(), context, input))),
    'actions:duplicate': async ({ actionId }) => rowOf(await edit((context) => duplicateAction(db(), context, actionId))),
    'actions:delete': async ({ actionId }) => {
      await edit((context) => setActionDeleted(db(), context, actionId, true));
      return undo.state;
    },
    'actions:restore': async ({ actionId }) => {
      await edit((context) => setActionDeleted(db(), context, actionId, false));
      return rowOf(actionId);
    },
    'actions:move': async (input) => {
      await edit((context) => moveAction(db(), context, input));
      return rowOf(input.actionId);
    },
    'chapters:create': async (input) => {
      const id = await edit((context) => createChapter(db(), context, input));
      return treeOf('chapter', id);
    },
    'chapters:update': async (input) => {
      await edit((context) => updateChapter(db(), context, input));
      return treeOf('chapter', input.chapterId);
    },
    'chapters:move': async (input) => {
      await edit((context) => moveChapter(db(), context, input));
      return treeOf('chapter', input.chapterId);
    },
    'chapters:delete': async ({ chapterId }) => {
      await edit((context) => deleteBranch(db(), context, { kind: 'chapter', id: chapterId }));
      return treeOf('chapter', chapterId);
    },
    'statements:create': async (input) => {
      const id = await edit((context) => createStatement(db(), context, input));
      return treeOf('statement', id);
    },
    'statements:update': async (input) => {
      await edit((context) => updateStatement(db(), context, input));
      return treeOf('statement', input.statementId);
    },
    'statements:move': async (input) => {
      await edit((context) => moveStatement(db(), context, input));
      return treeOf('statement', input.statementId);
    },
    'statements:delete': async ({ statementId }) => {
      await edit((context) => deleteBranch(db(), context, { kind: 'statement', id: statementId }));
      return treeOf('statement', statementId);
    },
  };
}
