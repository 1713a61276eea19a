// An action's delivery rating in the detail panel: the rating shown and, beside an override, the computed one; every
// reason the rules found, in words; who set the override, when, for which period and why; and the form that sets,
// changes or clears the override for the current reporting period. Refusals appear at the field they are about.
import { useId, useState } from 'react';
import type { ActionRating, RatingColour } from '../../../shared/domain';
import { RATING_COLOURS } from '../../../shared/vocab/ratings';
import { api, request } from '../data/api';
import { text } from '../language/language';
import { formatDateTime } from '../ui/format';
import { ActionRatingTag, RatingShape, RatingTag } from './RatingMark';
import { fieldProblems, findingReason, ratingLabel, withoutFindings } from './rating-view';
import './rating-section.css';

interface Props {
  readonly actionId: string;
  /** Undefined while the ratings are asked for. */
  readonly rating: ActionRating | undefined;
  /** The reporting period holding this month: overrides are set for it. */
  readonly period: { readonly id: string; readonly label: string } | null;
  readonly onOpenRules?: () => void;
}

type OverrideField = 'rating' | 'reason';
const FIELDS: readonly OverrideField[] = ['rating', 'reason'];

function OverrideForm({ actionId, rating, period, onDone }: { actionId: string; rating: ActionRating; period: { id: string; label: string }; onDone: () => void }) {
  const id = useId();
  const [colour, setColour] = useState<RatingColour | null>(rating.override?.rating ?? null);
  const [reason, setReason] = useState(rating.override?.reason ?? '');
  const [problems, setProblems] = useState<{ fields: Partial<Record<OverrideField, string>>; other: string | null }>({ fields: {}, other: null });
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      // Sent as typed: the contract and the core refuse a missing rating or reason, and say so at the field.
      await request(api().ratings.setOverride({ actionId, periodId: period.id, rating: colour as RatingColour, reason }));
      setProblems({ fields: {}, other: null });
      onDone();
    } catch (error) {
      setProblems(fieldProblems(error, FIELDS));
    }
    setBusy(false);
  };

  return (
    <form
      className="override-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 id={`${id}-title`} className="override-form__title">
        {rating.override ? text()['ratings.changeOverrideTitle'](period.label) : text()['ratings.overrideTitle'](period.label)}
      </h4>
      <fieldset className="override-form__ratings" aria-invalid={problems.fields.rating !== undefined} aria-describedby={problems.fields.rating ? `${id}-rating-problem` : undefined}>
        <legend className="panel-field__label">{text()['ratings.rating']}</legend>
        {RATING_COLOURS.map((choice) => (
          <label key={choice} className={colour === choice ? `override-choice rating--${choice} override-choice--on` : `override-choice rating--${choice}`}>
            <input type="radio" name={`${id}-rating`} value={choice} checked={colour === choice} onChange={() => setColour(choice)} />
            <RatingShape rating={choice} />
            {ratingLabel(choice)}
          </label>
        ))}
      </fieldset>
      {problems.fields.rating && (
        <p id={`${id}-rating-problem`} className="panel-field__problem" role="alert">
          {problems.fields.rating}
        </p>
      )}
      <label htmlFor={`${id}-reason`} className="panel-field__label">
        {text()['common.reason']} <span className="override-form__required">{text()['ratings.required']}</span>
      </label>
      <textarea
        id={`${id}-reason`}
        className="panel-field__input panel-field__input--long"
        rows={3}
        value={reason}
        aria-invalid={problems.fields.reason !== undefined}
        aria-describedby={`${id}-reason-message`}
        placeholder={text()['ratings.reasonPlaceholder']}
        onChange={(event) => setReason(event.target.value)}
      />
      {problems.fields.reason ? (
        <p id={`${id}-reason-message`} className="panel-field__problem" role="alert">
          {problems.fields.reason}
        </p>
      ) : (
        <p id={`${id}-reason-message`} className="panel-field__hint">
          {text()['ratings.reasonHint'](period.label)}
        </p>
      )}
      {problems.other && (
        <p className="panel-field__problem" role="alert">
          {problems.other}
        </p>
      )}
      <div className="override-form__actions">
        <button type="button" className="button" onClick={onDone}>
          {text()['common.cancel']}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? text()['ratings.saving'] : text()['ratings.saveOverride']}
        </button>
      </div>
    </form>
  );
}

export function RatingSection({ actionId, rating, period, onOpenRules }: Props) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [clearProblem, setClearProblem] = useState<string | null>(null);
  const [clearing, setClearing] = useState(false);

  const clear = async () => {
    if (!period) return;
    setClearing(true);
    try {
      await request(api().ratings.clearOverride({ actionId, periodId: period.id }));
      setClearProblem(null);
      setEditing(false);
    } catch (error) {
      setClearProblem(fieldProblems(error, []).other);
    }
    setClearing(false);
  };

  return (
    <section className="action-panel__section rating-section" aria-labelledby={`${id}-title`}>
      <div className="rating-section__head">
        <h3 id={`${id}-title`}>
          {text()['ratings.deliveryRating']}
          {period && <span className="rating-section__period"> · {period.label}</span>}
        </h3>
        {onOpenRules && (
          <button type="button" className="link-button rating-section__rules" onClick={onOpenRules}>
            {text()['ratings.openRules']}
          </button>
        )}
      </div>
      {!rating ? (
        <p className="muted">{text()['ratings.workingOut']}</p>
      ) : (
        <>
          <div className="rating-section__now">
            <ActionRatingTag rating={rating} />
          </div>
          {rating.override && (
            <blockquote className={`rating-section__override rating--${rating.rating}`}>
              <p className="rating-section__reason">{rating.override.reason}</p>
              <footer className="rating-section__who">
                {text()['ratings.overrideSetBy'](rating.override.setBy || text()['ratings.unnamedUser'], rating.override.periodLabel)} ·{' '}
                <time dateTime={rating.override.setAt}>{formatDateTime(rating.override.setAt)}</time>
              </footer>
            </blockquote>
          )}
          <div className="rating-section__computed">
            <span className="rating-section__label">{rating.override ? text()['ratings.computedFromEvidence'] : text()['ratings.why']}</span>
            {rating.override && <RatingTag rating={rating.computed} />}
          </div>
          {rating.findings.length > 0 ? (
            <ul className="rating-reasons">
              {rating.findings.map((finding) => (
                <li key={`${finding.rule}:${finding.reason}`} className={`rating-reasons__item rating--${finding.colour}`}>
                  <RatingShape rating={finding.colour} />
                  <span>
                    <span className="visually-hidden">{ratingLabel(finding.colour)}: </span>
                    {findingReason(finding)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="rating-section__none">{withoutFindings(rating.computed)}.</p>
          )}
          {editing && period ? (
            <OverrideForm actionId={actionId} rating={rating} period={period} onDone={() => setEditing(false)} />
          ) : (
            <div className="rating-section__commands">
              {period ? (
                <>
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    {rating.override ? text()['ratings.changeOverride'] : text()['ratings.override']}
                  </button>
                  {rating.override && (
                    <button type="button" className="button" disabled={clearing} onClick={() => void clear()}>
                      {clearing ? text()['ratings.clearing'] : text()['ratings.clearOverride']}
                    </button>
                  )}
                </>
              ) : (
                <p className="muted">{text()['ratings.noPeriod']}</p>
              )}
            </div>
          )}
          {clearProblem && (
            <p className="panel-field__problem" role="alert">
              {clearProblem}
            </p>
          )}
        </>
      )}
    </section>
  );
}
