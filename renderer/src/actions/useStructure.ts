// The plan's structure in the actions grid: chapters and policy statements added, renamed, moved and deleted, from
// the headings' buttons, their keys and the toolbar. Each edit saves, then the rows are read again (a structure edit
// renumbers and regroups many rows at once).
import { useCallback, useEffect } from 'react';
import { api, request } from '../data/api';
import { isRefusal, messageOf, reportError } from '../data/errors';
import { showNotice } from '../ui/notice';
import { text as words } from '../language/language';
import { undoOrRedo } from '../app/useUndoKeys';
import type { NameFields } from './dialogs';
import type { GridState } from './grid-state';
import { chapterRowId, statementRowId } from './grid-rows';
import type { ActionsDialog } from './ActionDialogs';
import type { Rows } from './useRows';

type Branch = 'chapter' | 'statement';

interface Options {
  readonly planId: string;
  readonly context: GridState;
  readonly rows: Rows;
  readonly addAction: (statementId?: string) => Promise<void>;
  readonly ask: (dialog: ActionsDialog) => void;
  readonly onPlanChanged: () => void;
}

export function useStructure({ planId, context, rows, addAction, ask, onPlanChanged }: Options) {
  const { load, outline, orderedActions, focusLater, isCollapsed, toggleHeading } = rows;

  /** Runs a structure edit and reads the rows again; resolves to the reason it was refused, or null. */
  const structureEdit = useCallback(
    async (work: () => Promise<unknown>): Promise<string | null> => {
      try {
        await work();
        await load();
        return null;
      } catch (error) {
        if (!isRefusal(error)) reportError(error);
        return messageOf(error);
      }
    },
    [load],
  );

  /** Alt+↑ / Alt+↓ on a heading: one place up or down; a statement past its chapter's ends goes to the neighbouring chapter. */
  const moveBranch = useCallback(
    (kind: Branch, id: string, direction: -1 | 1) => {
      const tree = outline();
      if (!tree) return;
      if (kind === 'chapter') {
        const index = tree.chapters.findIndex((c) => c.id === id);
        const target = index + direction;
        if (index < 0 || target < 0 || target >= tree.chapters.length) return;
        const before = direction === -1 ? tree.chapters[target]!.id : (tree.chapters[target + 1]?.id ?? null);
        focusLater({ rowId: chapterRowId(id), colId: 'title', edit: false });
        void structureEdit(() => request(api().chapters.move({ chapterId: id, beforeChapterId: before })));
        return;
      }
      const chapter = tree.chapters.find((c) => c.statements.some((s) => s.id === id));
      if (!chapter) return;
      const index = chapter.statements.findIndex((s) => s.id === id);
      const target = index + direction;
      focusLater({ rowId: statementRowId(id), colId: 'title', edit: false });
      if (target >= 0 && target < chapter.statements.length) {
        const before = direction === -1 ? chapter.statements[target]!.id : (chapter.statements[target + 1]?.id ?? null);
        void structureEdit(() => request(api().statements.move({ statementId: id, chapterId: chapter.id, beforeStatementId: before })));
        return;
      }
      // Past the chapter's first or last statement: into the neighbouring chapter (its end going up, its start going down).
      const neighbour = tree.chapters[tree.chapters.findIndex((c) => c.id === chapter.id) + direction];
      if (!neighbour) return;
      const before = direction === -1 ? null : (neighbour.statements[0]?.id ?? null);
      void structureEdit(() => request(api().statements.move({ statementId: id, chapterId: neighbour.id, beforeStatementId: before })));
    },
    [focusLater, outline, structureEdit],
  );

  const askRename = useCallback(
    (kind: Branch, id: string) => {
      const tree = outline();
      if (!tree) return;
      if (kind === 'chapter') {
        const chapter = tree.chapters.find((c) => c.id === id);
        if (chapter) ask({ kind: 'name', what: 'chapter', mode: 'edit', id, parentId: null, initial: { code: chapter.code, text: chapter.title } });
      } else {
        const statement = tree.chapters.flatMap((c) => c.statements).find((s) => s.id === id);
        if (statement) ask({ kind: 'name', what: 'statement', mode: 'edit', id, parentId: null, initial: { code: statement.code, text: statement.text } });
      }
    },
    [ask, outline],
  );

  /** A new statement in the chapter given (else the last), numbered after its last one. */
  const askAddStatement = useCallback(
    (chapterId: string | null) => {
      const tree = outline();
      const chapter = tree?.chapters.find((c) => c.id === chapterId) ?? tree?.chapters.at(-1);
      if (!chapter) {
        showNotice({ message: words()['actions.addChapterFirst'] });
        return;
      }
      const next = chapter.code ? `${chapter.code}.${chapter.statements.length + 1}` : '';
      ask({ kind: 'name', what: 'statement', mode: 'create', id: null, parentId: chapter.id, initial: { code: next, text: '' } });
    },
    [ask, outline],
  );

  const askAddChapter = useCallback(() => {
    ask({ kind: 'name', what: 'chapter', mode: 'create', id: null, parentId: null, initial: { code: '', text: '' } });
  }, [ask]);

  const askRemoveBranch = useCallback(
    (kind: Branch, id: string) => {
      const tree = outline();
      if (!tree) return;
      const statementIds = kind === 'chapter' ? (tree.chapters.find((c) => c.id === id)?.statements.map((s) => s.id) ?? []) : [id];
      const actions = statementIds.reduce((sum, s) => sum + orderedActions(s).length, 0);
      const chapter = tree.chapters.find((c) => c.id === id);
      const statement = tree.chapters.flatMap((c) => c.statements).find((s) => s.id === id);
      const label = kind === 'chapter' ? [chapter?.code, chapter?.title].filter(Boolean).join(' ') : [statement?.code, statement?.text].filter(Boolean).join(' ');
      ask({ kind: 'delete-branch', what: kind, id, label, actions });
    },
    [ask, orderedActions, outline],
  );

  /** Deletes a chapter or statement the user confirmed, with Undo in the notice. */
  const removeBranch = useCallback(
    (what: Branch, id: string, label: string) => {
      void structureEdit(() => (what === 'chapter' ? request(api().chapters.delete({ chapterId: id })) : request(api().statements.delete({ statementId: id })))).then(
        (failure) => {
          if (!failure) showNotice({ message: words()['actions.deleted'](label), action: { label: words()['actions.undo'], run: () => void undoOrRedo('undo', onPlanChanged) } });
        },
      );
    },
    [onPlanChanged, structureEdit],
  );

  /** Saves the name dialog: a new chapter or statement, or the changed code and text of one. */
  const saveName = useCallback(
    (dialog: Extract<ActionsDialog, { kind: 'name' }>, { code, text }: NameFields): Promise<string | null> => {
      if (dialog.mode === 'create') {
        if (dialog.what === 'chapter') return structureEdit(() => request(api().chapters.create({ planId, code, title: text })));
        return structureEdit(() => request(api().statements.create({ chapterId: dialog.parentId!, code, text })));
      }
      const id = dialog.id!;
      return structureEdit(async () => {
        if (dialog.what === 'chapter') {
          if (code !== dialog.initial.code) await request(api().chapters.update({ chapterId: id, field: 'code', value: code }));
          if (text !== dialog.initial.text) await request(api().chapters.update({ chapterId: id, field: 'title', value: text }));
        } else {
          if (code !== dialog.initial.code) await request(api().statements.update({ statementId: id, field: 'code', value: code }));
          if (text !== dialog.initial.text) await request(api().statements.update({ statementId: id, field: 'text', value: text }));
        }
      });
    },
    [planId, structureEdit],
  );

  // The headings' buttons and keys (HeadingRow) run these, read from the grid's context when pressed.
  useEffect(() => {
    context.setHeadings({
      isCollapsed,
      toggle: toggleHeading,
      addStatement: (chapterId) => askAddStatement(chapterId),
      addAction: (statementId) => void addAction(statementId),
      rename: askRename,
      move: moveBranch,
      remove: askRemoveBranch,
    });
  }, [addAction, askAddStatement, askRemoveBranch, askRename, context, isCollapsed, moveBranch, toggleHeading]);

  return { moveBranch, askRename, askAddStatement, askAddChapter, askRemoveBranch, removeBranch, saveName };
}

export type Structure = ReturnType<typeof useStructure>;
