// Shows the current notice at the bottom of the window, read out politely by screen readers.
// It closes by itself after a few seconds unless it lists problems or the pointer or focus is on it.
import { formatNumber, text } from '../language/language';
import { useEffect, useRef, useState } from 'react';
import { closeNotice, useNotice } from './notice';
import './notice-toast.css';

const SHOWN_FOR_MS = 6000;

export function NoticeToast() {
  const notice = useNotice();
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!notice || held || (notice.details && notice.details.length > 0)) return;
    const timer = window.setTimeout(() => closeNotice(notice.id), SHOWN_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [notice, held]);

  return (
    <div className="notice-region" aria-live="polite" aria-atomic="true">
      {notice && (
        <div
          ref={box}
          key={notice.id}
          className="notice"
          role="status"
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={(event) => {
            if (!box.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
          }}
        >
          <div className="notice__text">
            <p className="notice__message">{notice.message}</p>
            {notice.details && notice.details.length > 0 && (
              <ul className="notice__details">
                {notice.details.slice(0, 8).map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
                {notice.details.length > 8 && <li>{text()['common.andMore'](formatNumber(notice.details.length - 8))}</li>}
              </ul>
            )}
          </div>
          {notice.action && (
            <button
              type="button"
              className="notice__action"
              onClick={() => {
                closeNotice(notice.id);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="notice__close" aria-label={text()['common.closeMessage']} onClick={() => closeNotice(notice.id)}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}
