// The Exchange view: send each lead agency its update workbook, follow what came back, receive and review the
// returned workbooks (or a whole-plan package) and merge what the reviewer accepted.
import { useCallback, useEffect, useState } from 'react';
import type { ExchangePackage, MergeOutcome, PackCreated, Review, ReviewDecision, SendOutcome } from '../../../shared/domain';
import { api, attempt } from '../api';
import type { ViewProps } from '../navigation/views';
import { PackagesTable } from './PackagesTable';
import { ReviewScreen } from './ReviewScreen';
import { SendPanel } from './SendPanel';
import { plural } from './review-model';
import '../styles/indicators-views.css';
import '../styles/exchange.css';

type Notice =
  | { readonly kind: 'sent'; readonly outcome: SendOutcome }
  | { readonly kind: 'merged'; readonly outcome: MergeOutcome; readonly what: 'exchange' | 'package' }
  | { readonly kind: 'packed'; readonly outcome: PackCreated }
  | { readonly kind: 'nothing'; readonly text: string };

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function NoticeBody({ notice }: { notice: Notice }) {
  switch (notice.kind) {
    case 'sent': {
      const { outcome } = notice;
      return (
        <div className="exchange-notice__body">
          <strong>
            {plural(outcome.files.length, 'workbook')} written to <span className="mono">{outcome.folder}</span>
          </strong>
          <ul className="exchange-notice__files">
            {outcome.files.map((f) => (
              <li key={f}>
                <span className="mono">{fileNameOf(f)}</span>
              </li>
            ))}
            <li>
              <span className="mono">{fileNameOf(outcome.zipPath)}</span> — every workbook and an index, to attach to one e-mail
            </li>
          </ul>
        </div>
      );
    }
    case 'merged': {
      const { outcome } = notice;
      return (
        <div className="exchange-notice__body">
          <strong>
            Merged {plural(outcome.accepted, 'accepted change')}
            {outcome.rejected > 0 && `; ${outcome.rejected} rejected`}.
          </strong>
          <span>
            Recorded in the History as one step{outcome.undoable ? ' (Ctrl+Z undoes it)' : ''}.
            {notice.what === 'exchange' ? ' The workbooks are marked merged below.' : ''}
          </span>
        </div>
      );
    }
    case 'packed':
      return (
        <div className="exchange-notice__body">
          <strong>
            Package written: <span className="mono">{notice.outcome.path}</span>
          </strong>
          <span>
            {plural(notice.outcome.entries.length, 'part')}, {kilobytes(notice.outcome.bytes)}. Another PlanDesk opens it with “Open package…”.
          </span>
        </div>
      );
    case 'nothing':
      return <span>{notice.text}</span>;
  }
}

export function ExchangeScreen(props: ViewProps) {
  const { planId, revision, onPlanChanged } = props;
  const [packages, setPackages] = useState<readonly ExchangePackage[] | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<null | 'receive' | 'open' | 'create' | 'merge'>(null);

  const loadPackages = useCallback(async () => {
    const list = await attempt(api().exchange.packages({ planId }));
    if (list) setPackages(list);
  }, [planId]);

  useEffect(() => {
    let live = true;
    void attempt(api().exchange.packages({ planId })).then((list) => {
      if (live && list) setPackages(list);
    });
    return () => {
      live = false;
    };
  }, [planId, revision]);

  const run = async <T,>(what: NonNullable<typeof busy>, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(what);
    try {
      return await work();
    } finally {
      setBusy(null);
    }
  };

  const receive = () =>
    run('receive', async () => {
      const opened = await attempt(api().exchange.receive({ planId }));
      await loadPackages();
      if (opened) {
        setNotice(null);
        setReview(opened);
      }
    });

  const openPackage = () =>
    run('open', async () => {
      const opened = await attempt(api().packages.open({}));
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

  const merge = (decisions: ReviewDecision[]) =>
    run('merge', async () => {
      if (!review) return;
      const input = { reviewId: review.reviewId, decisions };
      const outcome = await attempt(review.kind === 'exchange' ? api().exchange.merge(input) : api().packages.merge(input));
      if (!outcome) return;
      setNotice({ kind: 'merged', outcome, what: review.kind });
      setReview(null);
      await loadPackages();
      onPlanChanged();
    });

  if (review) {
    return <ReviewScreen review={review} merging={busy === 'merge'} onMerge={(d) => void merge(d)} onClose={() => setReview(null)} />;
  }

  return (
    <section className="view exchange" aria-labelledby="exchange-heading">
      <div className="view-toolbar">
        <div className="view-toolbar__title">
          <h2 id="exchange-heading">Exchange</h2>
          <span className="view-toolbar__count">Update workbooks with the lead agencies, and whole-plan packages</span>
        </div>
        <div className="view-toolbar__actions">
          <button type="button" className="button button--primary" onClick={() => void receive()} disabled={busy !== null}>
            {busy === 'receive' ? 'Reading workbooks…' : 'Receive updates…'}
          </button>
          <span className="exchange-toolbar__sep" aria-hidden="true" />
          <button type="button" className="button" onClick={() => void openPackage()} disabled={busy !== null} title="Open a .pmupack from another PlanDesk and review it">
            {busy === 'open' ? 'Opening…' : 'Open package…'}
          </button>
          <button type="button" className="button" onClick={() => void createPackage()} disabled={busy !== null} title="Save the whole plan, with its history, as one .pmupack file">
            {busy === 'create' ? 'Writing…' : 'Create package…'}
          </button>
        </div>
      </div>
      {notice && (
        <div className={`view-notice exchange-notice exchange-notice--${notice.kind}`} role="status">
          <NoticeBody notice={notice} />
          <button type="button" className="view-notice__close" aria-label="Dismiss" onClick={() => setNotice(null)}>
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
        <PackagesTable packages={packages} />
      </div>
    </section>
  );
}
