// Every method of the contract and its kind, by domain. Zod-free on purpose: the sandboxed preload (one CommonJS
// file) and the harness's shim build window.api from this list, and importing the schemas would bundle zod into
// the preload (about 770 KB, against 3 KB today). Each domain's schemas (shared/contract/<domain>.ts) are checked at
// compile time against this list (index.ts), so a method is named here and there or the build fails.
//
// The kinds, as dispatch (electron/core/host/dispatch.ts) treats them:
// - read: answers from the workspace (a read may make what it needs to answer, such as this month's reporting periods).
// - edit: changes the workspace as one batch of the change history. Dispatch gives the handler its change context
//   (who, when, source, batch id); once the handler has succeeded, the batch joins the window's undo list when
//   `joinsUndo` is 'yes', only when the outcome says undo can revert all of it when 'when-undoable' (merges), and
//   never when 'no' (said why below). Switching workspace empties the undo list.
// - dialog: asks the host first (a file, a folder, a printer; absent in the harness and the CLI). What it writes
//   afterwards is not on the undo list; its handler makes its change context after the dialog, when the change is made.
import type { ChangeSource } from '../domain';

export type JoinsUndo = 'yes' | 'when-undoable' | 'no';

export type MethodKind =
  | { readonly kind: 'read' }
  | { readonly kind: 'edit'; readonly source: ChangeSource; readonly joinsUndo: JoinsUndo }
  | { readonly kind: 'dialog' };

const READ = { kind: 'read' } as const;
const EDIT = { kind: 'edit', source: 'edit', joinsUndo: 'yes' } as const;
const DIALOG = { kind: 'dialog' } as const;

export const METHODS = {
  // ---- workspace.ts ----
  'app:info': READ,
  /** Answered by the host (it holds the operations in progress): it changes nothing of the workspace. */
  'operations:cancel': READ,
  /** The user's name is a preference of this computer, not a change of the workspace. */
  'preferences:setUserName': { kind: 'edit', source: 'edit', joinsUndo: 'no' },
  /** The interface's language is a preference of this computer: nothing of the workspace changes. */
  'preferences:setLanguage': READ,
  'workspace:summary': READ,
  'workspace:chooseFile': DIALOG,
  // ---- backups.ts ----
  'backups:list': READ,
  'backups:restore': DIALOG,
  // ---- plan.ts ----
  /** Making a plan, or bringing one in (the sample plan, an import), is one batch of the history but not an edit on
   * the window's undo list, which takes back edits within the open plan. */
  'plans:create': { kind: 'edit', source: 'edit', joinsUndo: 'no' },
  'plans:openSample': { kind: 'edit', source: 'import', joinsUndo: 'no' },
  'plans:tree': READ,
  'plans:outline': READ,
  'plans:update': EDIT,
  'plans:setReporting': EDIT,
  'plans:approve': EDIT,
  'plans:rebaseline': EDIT,
  'plans:periods': READ,
  'actions:list': READ,
  'actions:listPacked': READ,
  'actions:get': READ,
  'actions:update': EDIT,
  'actions:paste': EDIT,
  'actions:setCells': EDIT,
  'actions:setAgencies': EDIT,
  'actions:create': EDIT,
  'actions:duplicate': EDIT,
  'actions:delete': EDIT,
  'actions:restore': EDIT,
  'actions:move': EDIT,
  'chapters:create': EDIT,
  'chapters:update': EDIT,
  'chapters:move': EDIT,
  'chapters:delete': EDIT,
  'statements:create': EDIT,
  'statements:update': EDIT,
  'statements:move': EDIT,
  'statements:delete': EDIT,
  'statements:renumber': EDIT,
  'plans:deleted': READ,
  'plans:restoreDeleted': EDIT,
  // ---- indicators.ts ----
  'indicators:list': READ,
  'indicators:create': EDIT,
  'indicators:update': EDIT,
  'indicators:delete': EDIT,
  'indicators:setActual': EDIT,
  'indicators:setCells': EDIT,
  // ---- agencies.ts ----
  'agencies:list': READ,
  'agencies:create': EDIT,
  'agencies:update': EDIT,
  'agencies:merge': EDIT,
  // ---- history.ts ----
  'history:list': READ,
  'history:users': READ,
  /** Undo and redo move batches between the undo and redo lists themselves (history/handlers.ts). */
  'history:undo': { kind: 'edit', source: 'undo', joinsUndo: 'no' },
  'history:redo': { kind: 'edit', source: 'undo', joinsUndo: 'no' },
  'history:undoState': READ,
  // ---- ratings.ts ----
  'ratings:plan': READ,
  'ratings:byMeeting': READ,
  'ratings:setOverride': EDIT,
  'ratings:clearOverride': EDIT,
  'ratings:settings': READ,
  'ratings:setSettings': EDIT,
  // ---- committee.ts ----
  'committee:pages': READ,
  'committee:save': EDIT,
  // ---- snapshots.ts ----
  /** A snapshot is a record of the plan at a meeting, not a change of it: it is not undone. */
  'snapshots:create': { kind: 'edit', source: 'edit', joinsUndo: 'no' },
  'snapshots:list': READ,
  'snapshots:compare': READ,
  'snapshots:dates': READ,
  // ---- reports.ts ----
  'reports:model': READ,
  'reports:workbook': READ,
  'reports:savePdf': DIALOG,
  'reports:print': DIALOG,
  // ---- exchange.ts ----
  'exchange:leadAgencies': READ,
  'exchange:sendCounts': READ,
  'exchange:send': DIALOG,
  'exchange:packages': READ,
  'exchange:tracking': READ,
  'exchange:reminder': READ,
  /** A chase is a record of a reminder sent to an agency, not a change of the plan: it is not undone. */
  'exchange:chaseCopied': { kind: 'edit', source: 'exchange', joinsUndo: 'no' },
  'exchange:saveChase': DIALOG,
  'exchange:receive': DIALOG,
  'exchange:merge': { kind: 'edit', source: 'exchange', joinsUndo: 'when-undoable' },
  /** The reviewer's decisions so far, kept for resuming the review: not a change of the plan. */
  'exchange:saveDecisions': { kind: 'edit', source: 'exchange', joinsUndo: 'no' },
  'exchange:identifyDropped': READ,
  /** Reads the dropped workbooks for their review, noting their packages as returned (not a change of the plan). */
  'exchange:receiveDropped': { kind: 'edit', source: 'exchange', joinsUndo: 'no' },
  // ---- packages.ts ----
  'packages:create': DIALOG,
  'packages:open': DIALOG,
  'packages:openDropped': READ,
  'packages:merge': { kind: 'edit', source: 'package', joinsUndo: 'when-undoable' },
  // ---- exports.ts ----
  'exports:planWorkbook': DIALOG,
  'exports:gridView': DIALOG,
  // ---- import.ts ----
  'import:preview': READ,
  /** The report kept with an import, opened again from the History. */
  'import:report': READ,
  /** Not on the undo list, like plans:create and plans:openSample. */
  'import:commit': { kind: 'edit', source: 'import', joinsUndo: 'no' },
} as const satisfies Readonly<Record<`${string}:${string}`, MethodKind>>;

export type Channel = keyof typeof METHODS;

/** Every channel, in the order above. */
export const CHANNELS = Object.keys(METHODS) as readonly Channel[];
