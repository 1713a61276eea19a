// The review pack's own page (print.html): reads what to print from its URL, fetches the report model through
// window.api, lays out the pages, and says when it is done so that whoever prints it (Electron's printToPDF,
// the CLI's headless Chromium, a person pressing Ctrl+P) prints the finished pages.
//
//   print.html?request=<JSON of the reports:model input>&paper=A4|Letter[&parts=1]
//
// With parts=1 (a printer that prints the pack in parts: the CLI, Save as PDF) no page is shown once laid out:
// the printer shows each part in turn through window.plandeskReport.showPages, which checks those pages then, and reads
// window.plandeskReport.description for the PDF's title, subject, keywords, language, bookmarks and link destinations.
//
// With share=I/N as well (a printer measuring a long pack in N pages of the browser at once) the page measures only
// its share of the blocks, then waits in data-report-state="measured" with window.plandeskShare: the printer joins
// every share's measurements and hands them to each page through window.plandeskShare.complete.
//
// When it is done, <html> carries data-report-state="ready" (or "error", with data-report-error), and
// data-report-pages, data-report-toc (the contents' page numbers), data-report-oversized, data-report-overflow.
import '../styles/tokens.css';
import '../styles/fonts.css';
import { createRoot } from 'react-dom/client';
import { useCallback, useEffect, useState } from 'react';
import type { PaperSize, ReportModel, TimelinePaper } from '../../../shared/domain';
import type { PackDescription } from '../../../shared/printed-pack';
import { messageOf } from '../data/errors';
import { showLanguage, text } from '../language/language';
import { faceLoaded } from '../language/useLanguage';
import { pageRules } from './geometry';
import { modelFingerprint } from './measure-shares';
import { longDate } from './print-format';
import { ReportDocument, type LaidOutPack, type LayoutInfo, type MeasuredShare } from './ReportDocument';
import './print-page.css';

const root = document.documentElement;

function fail(message: string): void {
  root.dataset.reportState = 'error';
  root.dataset.reportError = message;
  const box = document.getElementById('report-root');
  if (box) box.textContent = text()['print.couldNotPrepare'](message);
}

/**
 * In the desktop app the preload has put window.api in place. In the browser harness (and so in the CLI, which
 * prints through it) the harness serves its window.api shim beside the pages; the harness only injects it into
 * index.html, so this page loads it itself.
 */
async function ensureApi(): Promise<void> {
  if (window.api) return;
  await new Promise<void>((done, failed) => {
    const script = document.createElement('script');
    script.src = './harness/shim.js';
    script.onload = () => done();
    script.onerror = () => failed(new Error(text()['print.noApi']));
    document.head.append(script);
  });
}

/** What a printer reads of the laid-out pack: how to show each part, and what the PDF says of itself. */
export type PackForPrinter = Omit<LaidOutPack, 'bookmarks' | 'destinations'> & { readonly description: PackDescription };

declare global {
  interface Window {
    /** For a printer that prints a long pack in parts (the CLI, Save as PDF): shows pages [from, to) only. */
    plandeskReport?: PackForPrinter;
    /** For a printer measuring the pack in shares: this page's share, until the layout is complete. */
    plandeskShare?: MeasuredShare;
  }
}

/** The @page rules (geometry.ts pageRules): the default page follows the first page printed. */
const pageStyle = document.createElement('style');

/** The PDF's title (the page's, which the viewer's title bar shows), subject (the meeting), keywords (the plan and
 *  period), language and bookmarks. */
function describe(model: ReportModel, { bookmarks, destinations }: Pick<LaidOutPack, 'bookmarks' | 'destinations'>): PackDescription {
  const meeting = [model.cover.meetingName, model.cover.meetingDate].map((part) => part.trim()).filter((part) => part !== '');
  return {
    title: document.title,
    subject: meeting.length > 0 ? meeting.join(', ') : text()['print.positionAsOfTitle'](longDate(model.asOf)),
    keywords: [model.plan.title, model.period?.label ?? model.fiscalYear].filter((keyword) => keyword.trim() !== ''),
    language: root.lang || 'en',
    bookmarks,
    destinations,
  };
}

/** For a printer printing in parts: each part shown prints with its first page's sheet as the default page. */
function keepPack({ bookmarks, destinations, ...pack }: LaidOutPack, paper: PaperSize, model: ReportModel): void {
  window.plandeskReport = {
    ...pack,
    description: describe(model, { bookmarks, destinations }),
    showPages: (from, to) => {
      pageStyle.textContent = pageRules(paper, pack.sheetOf(from));
      return pack.showPages(from, to);
    },
  };
}

function keepShare(share: MeasuredShare): void {
  // A layout that cannot be completed says so on the page, as any other failure does.
  window.plandeskShare = {
    measures: share.measures,
    complete: (shares) => {
      try {
        return share.complete(shares);
      } catch (error) {
        fail(messageOf(error));
        throw error;
      }
    },
  };
  root.dataset.reportState = 'measured';
}

/** "1/2" → the first of two shares; anything else → the whole pack. */
function shareOf(value: string | null): { index: number; count: number } | null {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '');
  if (!match) return null;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count ? { index: index - 1, count } : null;
}

type PrintPageProps = { request: unknown; paper: PaperSize; timelinePaper: TimelinePaper; inParts: boolean; share: { index: number; count: number } | null };

function PrintPage({ request, paper, timelinePaper, inParts, share }: PrintPageProps) {
  const [model, setModel] = useState<ReportModel | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        await ensureApi();
        const [result, info] = await Promise.all([window.api.reports.model(request as Parameters<typeof window.api.reports.model>[0]), window.api.app.info({})]);
        // The pack in the language the window shows, as its preview is (English where a word has no translation);
        // the command line's is English. Its face loaded first: text measured before it arrives measures wrong.
        if (info.ok) {
          await faceLoaded(info.value.language);
          showLanguage(info.value.language);
          document.documentElement.lang = info.value.language;
        }
        if (!result.ok) fail(result.error.message);
        else {
          performance.mark('report:model');
          if (share) root.dataset.reportModel = modelFingerprint(result.value);
          document.title = `${result.value.cover.title} — ${result.value.plan.title}`;
          setModel(result.value);
        }
      } catch (error) {
        fail(messageOf(error));
      }
    })();
  }, [request, share]);
  const laidOut = useCallback((info: LayoutInfo) => {
    root.dataset.reportPages = String(info.pages);
    root.dataset.reportToc = info.tocPages.join(',');
    root.dataset.reportOversized = String(info.oversized);
    root.dataset.reportOverflow = info.overflowingPages === null ? 'unchecked' : String(info.overflowingPages);
    performance.mark('report:ready');
    root.dataset.reportState = 'ready';
  }, []);
  const kept = useCallback(
    (pack: LaidOutPack) => {
      if (model) keepPack(pack, paper, model);
    },
    [paper, model],
  );
  if (!model) return null;
  return <ReportDocument model={model} paper={paper} timelinePaper={timelinePaper} onLaidOut={laidOut} onPack={kept} inParts={inParts} share={share} onMeasuredShare={keepShare} />;
}

function start(): void {
  const params = new URLSearchParams(window.location.search);
  const paper: PaperSize = params.get('paper') === 'Letter' ? 'Letter' : 'A4';
  const timelinePaper: TimelinePaper = params.get('timelinePaper') === 'A3' ? 'A3' : 'pack';
  let request: unknown;
  try {
    request = JSON.parse(params.get('request') ?? '');
  } catch {
    fail(text()['print.noRequest']);
    return;
  }
  pageStyle.textContent = pageRules(paper);
  document.head.append(pageStyle);
  root.dataset.reportState = 'loading';
  const container = document.getElementById('report-root');
  if (!container) throw new Error('print.html has no #report-root element');
  createRoot(container).render(<PrintPage request={request} paper={paper} timelinePaper={timelinePaper} inParts={params.get('parts') === '1'} share={shareOf(params.get('share'))} />);
}

start();
