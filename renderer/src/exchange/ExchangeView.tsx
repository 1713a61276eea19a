// The Exchange view: send each lead agency its update workbook, follow what came back, receive and review the
// returned workbooks (or a whole-plan package) and merge what the reviewer accepted.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MergeOutcome, PackCreated, Review, ReviewDecision, SendOutcome } from '../../../shared/domain';
import type { MethodInput } from '../../../shared/contract';
import { api, attempt } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { viewName, type ViewProps } from '../app/views';
import { PackagesTable } from './PackagesTable';
import { ReturnTrackingTable } from './ReturnTrackingTable';
import { ReviewPanel } from './ReviewPanel';
import { notSentWords, SendPanel } from './SendPanel';
import './exchange.css';

type Notice =
  | { readonly kind: 'sent'; readonly outcome: SendOutcome }
  | { readonly kind: 'merged'; readonly outcome: MergeOutcome; readonly what: 'exchange' | 'package'; readonly leftOut: readonly string[] }
  | { readonly kind: 'packed'; readonly outcome: PackCreated };

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? text()['exchange.kilobytes'](formatNumber(Math.max(1, Math.round(bytes / 1024))))
    : text()['exchange.megabytes'](formatNumber(Math.round(bytes / 1024 / 102.4) / 10));
}


/** Actions that no workbook carries: led only by a group of agencies, or by nobody. */
function NotSentList({ actions }: { actions: SendOutcome['notSent'] }) {
  const byGroup = actions.filter((a) => a.reason === 'group');
  const unled = actions.filter((a) => a.reason === 'no lead');
  return (
    <div className="exchange-notice__not-sent">
      <strong>{text()['exchange.notSentTitle'](formatNumber(actions.length), actions.length)}</strong>
      <ul className="exchange-notice__files">
        {[...byGroup, ...unled].map((a) => (
          <li key={a.actionId}>
            <span className="mono">{a.code}</span> {a.title} — {notSentWords(a)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function NoticeBody({ notice }: { notice: Notice }) {
  switch (notice.kind) {
    case 'sent': {
      const { outcome } = notice;
      return (
        <div className="exchange-notice__body">
          <strong>
            {text()['exchange.workbooksWritten'](formatNumber(outcome.files.length), outcome.files.length)} <span className="mono">{outcome.folder}</span>
          </strong>
          <ul className="exchange-notice__files">
            {outcome.files.map((f) => (
              <li key={f}>
                <span className="mono">{fileNameOf(f)}</span>
              </li>
            ))}
            <li>
              <span className="mono">{fileNameOf(outcome.zipPath)}</span> — {text()['exchange.zipHint']}
            </li>
          </ul>
          {outcome.notSent.length > 0 && <NotSentList actions={outcome.notSent} />}
        </div>
      );
    }
    case 'merged': {
      const { outcome } = notice;
      return (
        <div className="exchange-notice__body">
          <strong>{text()['exchange.merged'](formatNumber(outcome.accepted), outcome.accepted, formatNumber(outcome.rejected), outcome.rejected)}</strong>
          <span>
            {outcome.undoable ? text()['exchange.recordedUndoable'] : text()['exchange.recorded']}
            {notice.what === 'exchange' && ` ${text()['exchange.markedMerged']}`}
          </span>
          {notice.leftOut.length > 0 && (
            <span>
              {text()['exchange.leftOutNotMerged']} <span className="mono">{notice.leftOut.map(fileNameOf).join(', ')}</span>.
            </span>
          )}
        </div>
      );
    }
    case 'packed':
      return (
        <div className="exchange-notice__body">
          <strong>
            {text()['exchange.packageWritten']} <span className="mono">{notice.outcome.path}</span>
          </strong>
          <span>{text()['exchange.packageParts'](formatNumber(notice.outcome.entries.length), notice.outcome.entries.length, kilobytes(notice.outcome.bytes))}</span>
        </div>
      );
  }
}

/** Returned workbooks dropped on the window, as the receive call takes them. */
export type DroppedWorkbooks = MethodInput<'exchange:receiveDropped'>['files'];

/**
 * What the app asks of the view: receive updates (File > Receive updates…, files null: the dialog asks; or a drop), or
 * open a package for review that the system gave the app (a .pmupack opened in the file manager, or given to it while
 * it runs; the main process answers the package dialog with that file).
 */
export type ExchangeRequest =
  | { readonly id: number; readonly kind: 'receive'; readonly files: DroppedWorkbooks | null }
  | { readonly id: number; readonly kind: 'open-package' }
  | { readonly id: number; readonly kind: 'open-dropped-package'; readonly file: DroppedPackage };

/** A .pmupack dropped on the window, as the open call takes it. */
export type DroppedPackage = MethodInput<'packages:openDropped'>['file'];

interface ExchangeViewProps extends ViewProps {
  readonly request: ExchangeRequest | null;
  /** The view took the request: the app forgets it, so that showing the view again does not repeat it. */
  readonly onRequestTaken: (id: number) => void;
}

export function ExchangeView(props: ExchangeViewProps) {
  const { planId, revision, onPlanChanged, request, onRequestTaken } = props;
  const { data: packages, reload: loadPackages } = usePlanQuery(() => attempt(api().exchange.packages({ planId })), [planId, revision]);
  const [review, setReview] = useState<Review | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<null | 'receive' | 'open' | 'create' | 'merge'>(null);

  // A merge's notice stands until the plan is reloaded after it (an undo, say): the reload that follows the merge
  // itself is the one it waits for first.
  const mergedNoticeAt = useRef<number | 'next' | null>(null);
  useEffect(() => {
    if (mergedNoticeAt.current === 'next') mergedNoticeAt.current = revision;
    else if (mergedNoticeAt.current !== null && mergedNoticeAt.current !== revision) {
      mergedNoticeAt.current = null;
      setNotice((current) => (current?.kind === 'merged' ? null : current));
    }
  }, [revision]);

  const run = async <T,>(what: NonNullable<typeof busy>, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(what);
    try {
      return await work();
    } finally {
      setBusy(null);
    }
  };

  // The files come from the dialog (null) or from a drop; a review already open keeps its decisions first.
  const receive = (dropped: DroppedWorkbooks | null) =>
    run('receive', async () => {
      await saveNow();
      const opened = await attempt(dropped ? api().exchange.receiveDropped({ planId, files: dropped }) : api().exchange.receive({ planId }));
      await loadPackages();
      if (opened) {
        setNotice(null);
        setReview(opened);
      }
    });

  // From the dialog (null), or dropped on the window.
  const openPackage = (dropped: DroppedPackage | null) =>
    run('open', async () => {
      await saveNow();
      const opened = await attempt(dropped ? api().packages.openDropped({ file: dropped }) : api().packages.open({}));
      if (opened) {
        setNotice(null);
        setReview(opened);
      }
    });

  const createPackage = () =>
    run('create', async () => {
      const created = await attempt(api().packages.create({ planId }));
      if (created) setNotice({ kind: 'packed', outcome: created });
    });

  // The decisions of a review of returned workbooks are kept in the workspace as they are taken (a moment after
  // the last one, so that typing a note is not a save per key), and at once when the review closes.
  const pendingSave = useRef<{ reviewId: string; decisions: ReviewDecision[]; timer: number } | null>(null);
  const saveNow = useCallback(async () => {
    const pending = pendingSave.current;
    if (!pending) return;
    window.clearTimeout(pending.timer);
    pendingSave.current = null;
    await attempt(api().exchange.saveDecisions({ reviewId: pending.reviewId, decisions: pending.decisions }));
  }, []);
  const saveSoon = useCallback(
    (reviewId: string, decisions: ReviewDecision[]) => {
      if (pendingSave.current) window.clearTimeout(pendingSave.current.timer);
      pendingSave.current = { reviewId, decisions, timer: window.setTimeout(() => void saveNow(), 400) };
    },
    [saveNow],
  );
  useEffect(() => {
    // Leaving the view, or the window closing (the call is sent at once; its answer is not awaited), keeps the last ones.
    const leaving = () => void saveNow();
    window.addEventListener('pagehide', leaving);
    return () => {
      window.removeEventListener('pagehide', leaving);
      leaving();
    };
  }, [saveNow]);
  const reviewId = review?.kind === 'exchange' ? review.reviewId : null;
  const keepDecisions = useCallback(
    (decisions: ReviewDecision[]) => {
      if (reviewId) saveSoon(reviewId, decisions);
    },
    [reviewId, saveSoon],
  );

  const merge = (decisions: ReviewDecision[], leaveOut: string[]) =>
    run('merge', async () => {
      if (!review) return;
      await saveNow();
      const outcome = await attempt(
        review.kind === 'exchange' ? api().exchange.merge({ reviewId: review.reviewId, decisions, leaveOut }) : api().packages.merge({ reviewId: review.reviewId, decisions }),
      );
      if (!outcome) return;
      setNotice({ kind: 'merged', outcome, what: review.kind, leftOut: leaveOut });
      mergedNoticeAt.current = 'next';
      setReview(null);
      await loadPackages();
      onPlanChanged();
    });

  // Closing waits for the last decisions to be kept, so that receiving the same files at once finds them.
  const close = async () => {
    await saveNow();
    setReview(null);
  };

  const takenRequest = useRef<number | null>(null);
  useEffect(() => {
    if (!request || takenRequest.current === request.id) return;
    takenRequest.current = request.id;
    onRequestTaken(request.id);
    // The work starts once this render is done: it shows its progress, which is state of this view.
    queueMicrotask(() => void (request.kind === 'receive' ? receive(request.files) : openPackage(request.kind === 'open-dropped-package' ? request.file : null)));
    // Only a new request starts a receive or an opening; both change with every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  if (review) {
    return (
      <ReviewPanel
        key={review.reviewId}
        review={review}
        merging={busy === 'merge'}
        onMerge={(d, leaveOut) => void merge(d, leaveOut)}
        onClose={() => void close()}
        onDecisionsChange={review.kind === 'exchange' ? keepDecisions : undefined}
      />
    );
  }

  return (
    <section className="view exchange" aria-labelledby="exchange-heading">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2 id="exchange-heading">{viewName('exchange')}</h2>
          <span className="view-toolbar__count">{text()['exchange.subtitle']}</span>
        </div>
        <div className="view-toolbar__actions">
          <button type="button" className="button button--primary" onClick={() => void receive(null)} disabled={busy !== null}>
            {busy === 'receive' ? text()['exchange.readingWorkbooks'] : text()['exchange.receiveUpdates']}
          </button>
          <span className="exchange-toolbar__sep" aria-hidden="true" />
          <button type="button" className="button" onClick={() => void openPackage(null)} disabled={busy !== null} title={text()['exchange.openPackageTitle']}>
            {busy === 'open' ? text()['exchange.opening'] : text()['exchange.openPackage']}
          </button>
          <button type="button" className="button" onClick={() => void createPackage()} disabled={busy !== null} title={text()['exchange.createPackageTitle']}>
            {busy === 'create' ? text()['exchange.writing'] : text()['exchange.createPackage']}
          </button>
        </div>
      </div>
      {notice && (
        <div className={`view-notice exchange-notice exchange-notice--${notice.kind}`} role="status">
          <NoticeBody notice={notice} />
          <button type="button" className="view-notice__close" aria-label={text()['common.dismissMessage']} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <div className="exchange__body">
        <SendPanel
          planId={planId}
          revision={revision}
          onSent={(outcome) => {
            setNotice({ kind: 'sent', outcome });
            void loadPackages();
          }}
        />
        <div className="exchange__side">
          <ReturnTrackingTable planId={planId} revision={revision} packages={packages ?? null} />
          <PackagesTable packages={packages ?? null} />
        </div>
      </div>
    </section>
  );
}
