// The one contract between the renderer and the main process: method name → input schema → result type.
// Main registers one handler per method from this map, the preload exposes one function per method,
// and the renderer's client is typed from it. Channel names are `domain:verb`.
import { z } from 'zod';
import type {
  ActionDetail,
  AppInfo,
  ChangeEntry,
  PlanSummary,
  PlanTree,
  WorkspaceSummary,
} from './domain';
import type { Action } from './domain';
import type { Channel } from './channels';

export type { Channel } from './channels';

/** A type-only marker for a method's result; it carries no value at run time. */
function returns<T>(): T {
  return undefined as T;
}

const id = z.string().min(1, 'an id is required').max(100, 'an id is at most 100 characters');
const noInput = z.object({}).strict();

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

export const contract = {
  'app:info': { input: noInput, result: returns<AppInfo>() },
  'preferences:setUserName': {
    input: z.object({ name: z.string().trim().min(1, 'the name must not be empty').max(120) }).strict(),
    result: returns<AppInfo>(),
  },
  'workspace:summary': { input: noInput, result: returns<WorkspaceSummary>() },
  /** Desktop only: File > New / Open with the system dialog. Resolves false when the user cancels. */
  'workspace:chooseFile': {
    input: z.object({ mode: z.enum(['new', 'open']) }).strict(),
    result: returns<boolean>(),
  },
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
  'actions:get': { input: z.object({ actionId: id }).strict(), result: returns<ActionDetail>() },
  'actions:update': {
    input: z
      .object({
        actionId: id,
        field: z.enum(ACTION_EDITABLE_FIELDS),
        value: z.string().max(100_000).nullable(),
      })
      .strict(),
    result: returns<Action>(),
  },
  'history:list': {
    input: z
      .object({ planId: id, limit: z.number().int().min(1).max(10_000).default(200) })
      .strict(),
    result: returns<readonly ChangeEntry[]>(),
  },
} as const;

export type Contract = typeof contract;
export type MethodInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type MethodResult<C extends Channel> = Contract[C]['result'];

// Every contract method has its channel listed in channels.ts, and every listed channel has its method.
type MissingChannel = Exclude<keyof typeof contract, Channel>;
type MissingMethod = Exclude<Channel, keyof typeof contract>;
const _channelsMatch: [MissingChannel, MissingMethod] extends [never, never] ? true : false = true;
void _channelsMatch;
