// Errors from any call, shown until the user dismisses them: nothing fails silently.
import { dismissError, titleOf, useErrors } from '../data/errors';
import { text } from '../language/language';
import { useLanguage } from '../language/useLanguage';
import './error-banner.css';

export function ErrorBanner() {
  const errors = useErrors();
  // Outside the app's root: draws again by itself when the language changes.
  useLanguage();
  if (errors.length === 0) return null;
  return (
    <div className="error-stack" aria-live="assertive">
      {errors.map((error) => (
        <div key={error.id} className="error-toast" role="alert">
          <svg className="error-toast__icon" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx="9" cy="9" r="8" fill="currentColor" />
            <path d="M9 4.8v5" stroke="var(--text-inverse)" strokeWidth="1.9" strokeLinecap="round" />
            <circle cx="9" cy="13" r="1.1" fill="var(--text-inverse)" />
          </svg>
          <div className="error-toast__text">
            <p className="error-toast__title">{titleOf(error.code)}</p>
            <p className="error-toast__message">{error.message}</p>
          </div>
          <button type="button" className="error-toast__close" onClick={() => dismissError(error.id)} aria-label={text()['common.dismissMessage']}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      ))}
    </div>
  );
}
