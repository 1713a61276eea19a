// Status marks: a shape per status (readable without colour), badges with the status's name, count chips.
import type { StatusCounts } from '../../../shared/vocab/status';
import { formatNumber, text } from '../language/language';
import { presentStatuses, statusLabel, type StatusKey } from './status-view';
import './status.css';

/** A small shape per status, so that a black-and-white print or a colour-blind reader still tells them apart. */
export function StatusIcon({ status }: { status: StatusKey }) {
  const common = { className: `status-icon status-icon--${status}`, width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': true } as const;
  switch (status) {
    case 'completed':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="5.5" fill="currentColor" />
          <path d="M3.3 6.2 5.2 8l3.5-3.8" fill="none" stroke="var(--text-inverse)" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'ongoing':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M6 1.25a4.75 4.75 0 0 1 0 9.5z" fill="currentColor" />
        </svg>
      );
    case 'not_started':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      );
    case 'on_hold':
      return (
        <svg {...common}>
          <rect x="2.5" y="2" width="2.5" height="8" rx="0.6" fill="currentColor" />
          <rect x="7" y="2" width="2.5" height="8" rx="0.6" fill="currentColor" />
        </svg>
      );
    case 'dropped':
      return (
        <svg {...common}>
          <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case 'unknown':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.3" strokeDasharray="2 1.6" />
        </svg>
      );
  }
}

export function StatusBadge({ status, title }: { status: StatusKey; title?: string }) {
  return (
    <span className={`status-badge status--${status}`} title={title}>
      <StatusIcon status={status} />
      {statusLabel(status)}
    </span>
  );
}

function ClockIcon() {
  return (
    <svg className="status-icon" width="11" height="11" viewBox="0 0 12 12" aria-hidden="true">
      <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M6 3.2V6.3l2 1.3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** `iconOnly` for the tree, where most actions of an old plan are overdue and the word would crowd out titles. */
export function OverdueTag({ compact = false, iconOnly = false }: { compact?: boolean; iconOnly?: boolean }) {
  if (iconOnly) {
    return (
      <span className="overdue-mark" title={text()['status.overdueMeans']}>
        <ClockIcon />
        <span className="visually-hidden">{text()['status.overdue']}</span>
      </span>
    );
  }
  return (
    <span className={compact ? 'overdue-tag overdue-tag--compact' : 'overdue-tag'} title={text()['status.overdueMeans']}>
      <ClockIcon />
      {text()['status.overdue']}
    </span>
  );
}

/** "2 Completed · 3 Ongoing": one chip per status that has actions. */
export function StatusCountChips({ counts, overdue = 0 }: { counts: StatusCounts; overdue?: number }) {
  const present = presentStatuses(counts);
  if (present.length === 0 && overdue === 0) return <span className="count-chips count-chips--empty">{text()['status.noActions']}</span>;
  return (
    <span className="count-chips">
      {present.map(({ status, count }) => (
        <span key={status} className={`count-chip status--${status}`}>
          <StatusIcon status={status} />
          <span className="count-chip__n">{formatNumber(count)}</span> {statusLabel(status)}
        </span>
      ))}
      {overdue > 0 && (
        <span className="count-chip count-chip--overdue">
          <ClockIcon />
          <span className="count-chip__n">{formatNumber(overdue)}</span> {text()['status.overdue']}
        </span>
      )}
    </span>
  );
}
