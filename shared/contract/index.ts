// The one contract between the renderer and the core: method name → kind → input schema → result type, one file
// per domain (its schemas) and methods.ts (every method and its kind, zod-free). The core's dispatch validates every
// input with its method's schema and treats each method by its kind; the preload and the harness's shim expose one
// function per method; the renderer's client is typed from it. Channel names are `domain:verb`.
import type { z } from 'zod';
import { agenciesContract } from './agencies';
import { backupsContract } from './backups';
import { committeeContract } from './committee';
import { exchangeContract } from './exchange';
import { exportsContract } from './exports';
import { historyContract } from './history';
import { importContract } from './import';
import { indicatorsContract } from './indicators';
import type { Channel, METHODS } from './methods';
import { packagesContract } from './packages';
import { planContract } from './plan';
import { ratingsContract } from './ratings';
import { reportsContract } from './reports';
import { snapshotsContract } from './snapshots';
import { workspaceContract } from './workspace';

export { CHANNELS, METHODS, type Channel, type JoinsUndo, type MethodKind } from './methods';
export { ACTION_EDITABLE_FIELDS, type ActionEditableField } from './plan';
export { IMPORT_FIELDS, IMPORT_MAX_MB } from './import';
export { REPORT_PRESET_SECTIONS, REPORT_SECTIONS, reportRequest, type ReportRequest } from './reports';

export const contract = {
  ...workspaceContract,
  ...backupsContract,
  ...planContract,
  ...indicatorsContract,
  ...agenciesContract,
  ...historyContract,
  ...snapshotsContract,
  ...ratingsContract,
  ...committeeContract,
  ...reportsContract,
  ...exchangeContract,
  ...packagesContract,
  ...exportsContract,
  ...importContract,
} as const;

export type Contract = typeof contract;
export type MethodInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type MethodResult<C extends Channel> = Contract[C]['result'];

// Every method of methods.ts has its schemas in a domain's file, and no domain has schemas of a method not there.
type MissingSchema = Exclude<Channel, keyof Contract>;
type UnknownMethod = Exclude<keyof Contract, Channel>;
// A method that joins the undo list only when undoable answers whether it is, and with which batch.
type WhenUndoable = { [C in Channel]: (typeof METHODS)[C] extends { readonly joinsUndo: 'when-undoable' } ? C : never }[Channel];
type NotSayingUndoable = Exclude<WhenUndoable, { [C in WhenUndoable]: MethodResult<C> extends { readonly undoable: boolean; readonly batchId: string } ? C : never }[WhenUndoable]>;
const _contractMatches: [MissingSchema, UnknownMethod, NotSayingUndoable] extends [never, never, never] ? true : false = true;
void _contractMatches;
