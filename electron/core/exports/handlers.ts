// The contract's handlers for exports: the whole plan in its own workbook layout, and the grid as the user sees it,
// each saved where the user chooses.
import { writeFileWhole } from '../files/write-file';
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { requirePlan } from '../plan/plan-queries';
import { safeFileName } from '../text/file-names';
import { gridViewBytes } from './grid-view';
import { planWorkbookBytes } from './plan-workbook';

type ExportChannel = 'exports:planWorkbook' | 'exports:gridView';

export function exportHandlers(kit: HandlerKit): Pick<Handlers, ExportChannel> {
  const { db } = kit;
  const save = async (bytes: Uint8Array, title: string, defaultName: string, extension: string, label: string): Promise<{ path: string | null }> => {
    const path = await kit.dialog('chooseSavePath')({ title, defaultName, filters: [{ name: label, extensions: [extension] }] });
    if (path === null) return { path: null };
    await writeFileWhole(path, bytes);
    return { path };
  };
  return {
    'exports:planWorkbook': async ({ planId }) => {
      const plan = await requirePlan(db(), planId);
      return save(await planWorkbookBytes(db(), [planId]), 'Export the plan', `${safeFileName(plan.title)}.xlsx`, 'xlsx', 'Excel workbook');
    },
    'exports:gridView': async (view) => {
      const bytes = await gridViewBytes(view, view.format);
      return view.format === 'csv'
        ? save(bytes, 'Export the grid', `${safeFileName(view.title)}.csv`, 'csv', 'CSV (comma-separated)')
        : save(bytes, 'Export the grid', `${safeFileName(view.title)}.xlsx`, 'xlsx', 'Excel workbook');
    },
  };
}
