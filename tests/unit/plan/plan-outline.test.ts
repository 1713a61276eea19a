// The actions grid's headings: a plan's chapters and statements in order, empty ones too, without their actions.
import { describe, expect, it } from 'vitest';
import { handlersFor, importTwoChapterPlan, openTempWorkspace, tempFolder } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);
const call = handlersFor(connection, { user: 'Sonam' });

describe('plans:outline', () => {
  it('lists the chapters and statements of the plan tree in order, with no actions', async () => {
    const tree = await call('plans:tree', { planId });
    const outline = await call('plans:outline', { planId });
    expect(outline).toEqual({
      chapters: tree.chapters.map((c) => ({ id: c.id, code: c.code, title: c.title, statements: c.statements.map((s) => ({ id: s.id, code: s.code, text: s.text })) })),
    });
  });

  it('holds empty chapters and statements, and leaves deleted ones out', async () => {
    const withChapter = await call('chapters:create', { planId, code: '5.9', title: 'Digital skills' });
    const chapter = withChapter.chapters.find((c) => c.code === '5.9')!;
    await call('statements:create', { chapterId: chapter.id, code: '5.9.1', text: 'Civil servants shall be trained.' });
    let outline = await call('plans:outline', { planId });
    expect(outline.chapters.at(-1)).toMatchObject({ code: '5.9', title: 'Digital skills', statements: [{ code: '5.9.1', text: 'Civil servants shall be trained.' }] });

    const firstStatement = outline.chapters[0]!.statements[0]!;
    await call('statements:delete', { statementId: firstStatement.id });
    outline = await call('plans:outline', { planId });
    expect(outline.chapters.flatMap((c) => c.statements).map((s) => s.id)).not.toContain(firstStatement.id);
    await call('chapters:delete', { chapterId: chapter.id });
    expect((await call('plans:outline', { planId })).chapters.map((c) => c.code)).not.toContain('5.9');
  });

  it('refuses a plan the workspace does not have', async () => {
    await expect(call('plans:outline', { planId: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow(/No plan with id/);
  });
});
