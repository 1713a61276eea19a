// What each capability's handlers are given (app/handlers.ts makes one kit for them all): the host's context, the
// open workspace's database, the current month, the window's undo list, and the host's dialogs.
import type { ChangeSource } from '../../../shared/domain';
import { monthOfDate, type Month } from '../../../shared/months';
import { AppError } from '../../../shared/result';
import type { Db } from '../db/schema';
import { changeContextOf, type AppContext, type ChangeContext } from './context';
import { UndoList } from './undo-list';

type DialogName = 'chooseFiles' | 'chooseSavePath' | 'chooseFolder';

export interface HandlerKit {
  readonly app: AppContext;
  /** The open workspace's database; the host may switch workspace between two calls. */
  db(): Db;
  currentMonth(): Month;
  readonly undo: UndoList;
  /** Who, when and from where, for a change; dispatch makes an edit's, a dialog's handler makes its own after asking. */
  changeContext(source: ChangeSource, sourceFile?: string | null): ChangeContext;
  /** One of the host's file dialogs; refused where the host has none (the browser harness). */
  dialog<K extends DialogName>(name: K): NonNullable<AppContext[K]>;
}

export function createKit(app: AppContext): HandlerKit {
  return {
    app,
    db: () => app.connection().db,
    currentMonth: () => monthOfDate(app.now()),
    undo: new UndoList(() => app.connection().path),
    changeContext: (source, sourceFile = null) => changeContextOf(app, source, sourceFile),
    dialog: (name) => {
      const dialog = app[name];
      if (!dialog) throw new AppError('not_available', 'Choosing files needs the desktop app; use the command line here (npm run cli -- help)');
      return dialog.bind(app) as NonNullable<AppContext[typeof name]>;
    },
  };
}
