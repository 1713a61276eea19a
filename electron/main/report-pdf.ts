// Review packs in the desktop app: print.html loaded in a hidden window (the same preload and security settings as
// the main window), then printed to PDF (webContents.printToPDF, the engine the CLI uses through Chromium) or through
// the system's print dialog, once the page says its pages are laid out.
import { BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import type { PackDescription } from '../../shared/printed-pack';
import type { PrintedReport } from '../core/host/context';
import { NO_PROGRESS, type Progress } from '../core/progress/progress';
import { printInParts } from '../core/reports/print-in-parts';
import { writeFileWhole } from '../core/files/write-file';
import { secureWebPreferences } from './security-policy';
import { guardWebContents } from './window';

/** A pack of 10,000 actions lays out in well under this; the limit only stops a hung page. */
const READY_TIMEOUT_MS = 10 * 60_000;

export function printPageUrl(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) return new URL('print.html', devServer.endsWith('/') ? devServer : `${devServer}/`).toString();
  return new URL(`file://${join(import.meta.dirname, '../renderer/print.html')}`).toString();
}

async function waitUntilLaidOut(window: BrowserWindow): Promise<void> {
  const started = Date.now();
  for (;;) {
    const state = (await window.webContents.executeJavaScript('document.documentElement.dataset.reportState ?? ""')) as string;
    if (state === 'ready') return;
    if (state === 'error') {
      const message = (await window.webContents.executeJavaScript('document.documentElement.dataset.reportError ?? ""')) as string;
      throw new AppError('invalid_input', `The review pack could not be prepared: ${message}`);
    }
    if (Date.now() - started > READY_TIMEOUT_MS) throw new AppError('internal', 'The review pack took too long to lay out');
    await new Promise((done) => setTimeout(done, 150));
  }
}

/** `inParts`: for printToPDF part by part (print-in-parts.ts), as the CLI prints; the system dialog needs every page. */
async function openPackWindow(pack: PrintedReport, inParts: boolean): Promise<BrowserWindow> {
  const window = new BrowserWindow({ show: false, width: 1200, height: 900, webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')) });
  const url = printPageUrl();
  guardWebContents(window.webContents, url);
  const query: Record<string, string> = { request: JSON.stringify(pack.request), paper: pack.paper, timelinePaper: pack.timelinePaper, ...(inParts ? { parts: '1' } : {}) };
  try {
    if (url.startsWith('file:')) await window.loadFile(join(import.meta.dirname, '../renderer/print.html'), { query });
    else await window.loadURL(`${url}?${new URLSearchParams(query).toString()}`);
    await waitUntilLaidOut(window);
    return window;
  } catch (error) {
    window.destroy();
    throw error;
  }
}

/** Asks where to save, then renders the pack and writes it there. Null when the user cancels. `progress`: the
 *  call's, which the window's progress bar shows (the layout, then the pages printed part by part). */
export async function saveReportPdf(pack: PrintedReport, parent: BrowserWindow | null, progress: Progress = NO_PROGRESS): Promise<string | null> {
  const options = { title: 'Save review pack as PDF', defaultPath: pack.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const target = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (target.canceled || !target.filePath) return null;
  progress.phase('Laying out the pages');
  const window = await openPackWindow(pack, true);
  try {
    const total = Number(await window.webContents.executeJavaScript('document.documentElement.dataset.reportPages ?? "0"'));
    const description = (await window.webContents.executeJavaScript('window.plandeskReport.description')) as PackDescription;
    const printer = {
      show: async (from: number, to: number) => (await window.webContents.executeJavaScript(`window.plandeskReport.showPages(${from}, ${to})`)) as number | null,
      // The pages carry their own margins, header and footer: the PDF adds none. Tagged, as the CLI prints (the same
      // engine); the outline is the pack's own, made by the join.
      print: () =>
        window.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          generateTaggedPDF: true,
          generateDocumentOutline: false,
        }),
    };
    const printed = await printInParts(total, [printer], { ...description, author: pack.author, producer: pack.producer, createdAt: new Date() }, progress);
    await writeFileWhole(target.filePath, printed.pdf);
    return target.filePath;
  } finally {
    window.destroy();
  }
}

/** Renders the pack and opens the system's print dialog on it. False when the user cancels. */
export async function printReport(pack: PrintedReport, progress: Progress = NO_PROGRESS): Promise<boolean> {
  progress.phase('Laying out the pages');
  const window = await openPackWindow(pack, false);
  return new Promise((done) => {
    window.webContents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (printed) => {
      window.destroy();
      done(printed);
    });
  });
}
