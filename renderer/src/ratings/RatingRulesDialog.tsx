// "Rating rules": the plan's thresholds for delivery ratings, each with its meaning in words, its unit and its
// default. Saved together through ratings:setSettings (one change in the history, undoable); a value the contract
// or the core refuses (out of range, red below amber) is shown at its field with their message, and nothing is saved.
import { useId, useState } from 'react';
import type { RatingSettings } from '../../../shared/domain';
import { DEFAULT_RATING_SETTINGS, RATING_THRESHOLDS } from '../../../shared/vocab/ratings';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { formatNumber, text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';
import { draftsOf, fieldProblems, readDrafts, thresholdLabel, type ThresholdDrafts } from './rating-view';
import './rating-rules-dialog.css';

type Key = keyof RatingSettings;

const KEYS: readonly Key[] = RATING_THRESHOLDS.map((t) => t.key);

function RulesForm({ planId, saved, onSaved, onClose }: { planId: string; saved: RatingSettings; onSaved: (settings: RatingSettings) => void; onClose: () => void }) {
  const id = useId();
  const [drafts, setDrafts] = useState<ThresholdDrafts>(() => draftsOf(saved));
  const [problems, setProblems] = useState<Partial<Record<Key, string>>>({});
  const atDefaults = KEYS.every((key) => drafts[key].trim() === String(DEFAULT_RATING_SETTINGS[key]));

  const submit = async () => {
    const read = readDrafts(drafts);
    if ('problems' in read) {
      setProblems(read.problems);
      throw new Error(text()['ratings.notSavedWholeNumbers']);
    }
    try {
      const settings = await request(api().ratings.setSettings({ planId, ...read.settings }));
      setProblems({});
      onSaved(settings);
    } catch (error) {
      const placed = fieldProblems(error, KEYS);
      setProblems(placed.fields);
      throw new Error(placed.other ?? text()['ratings.notSavedSeeMarked'], { cause: error });
    }
  };

  return (
    <FormDialog
      id={id}
      className="dialog--wide rating-rules"
      title={text()['ratings.rulesTitle']}
      hint={text()['ratings.rulesHint']}
      submitLabel={text()['ratings.saveRules']}
      busyLabel={text()['ratings.saving']}
      canSubmit
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="rating-rules__list">
        {RATING_THRESHOLDS.map((threshold) => {
          const field = `${id}-${threshold.key}`;
          const problem = problems[threshold.key];
          return (
            <div key={threshold.key} className="rating-rule">
              <label htmlFor={field} className="rating-rule__label">
                {thresholdLabel(threshold.key)}
              </label>
              <span className="rating-rule__value">
                <input
                  id={field}
                  className="text-input rating-rule__input"
                  inputMode="numeric"
                  value={drafts[threshold.key]}
                  aria-invalid={problem !== undefined}
                  aria-describedby={`${field}-meaning ${field}-message`}
                  onChange={(event) => setDrafts({ ...drafts, [threshold.key]: event.target.value })}
                />
                <span className="rating-rule__unit">{text()[`ratings.unit.${threshold.unit}`]}</span>
              </span>
              <p id={`${field}-meaning`} className="rating-rule__meaning">
                {text()[`ratings.${threshold.key}.meaning`]}{' '}
                <span className="rating-rule__default">
                  {text()['ratings.defaultRange'](text()[`ratings.amount.${threshold.unit}`](threshold.defaultValue, formatNumber(threshold.defaultValue)), formatNumber(threshold.min), formatNumber(threshold.max))}
                </span>
              </p>
              {problem ? (
                <p id={`${field}-message`} className="rating-rule__problem" role="alert">
                  {problem}
                </p>
              ) : (
                <span id={`${field}-message`} hidden />
              )}
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="link-button rating-rules__defaults"
        disabled={atDefaults}
        onClick={() => {
          setDrafts(draftsOf(DEFAULT_RATING_SETTINGS));
          setProblems({});
        }}
      >
        {text()['ratings.putBackDefaults']}
      </button>
    </FormDialog>
  );
}

/** The dialog: reads the plan's thresholds, then shows them to change. */
export function RatingRulesDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const settings = usePlanQuery(() => request(api().ratings.settings({ planId })), [planId]);
  if (settings.problem) {
    return (
      <FormDialog id="rating-rules-problem" title={text()['ratings.rulesTitle']} submitLabel={text()['ratings.saveRules']} canSubmit={false} onSubmit={() => undefined} onClose={onClose}>
        <p className="dialog__problem" role="alert">
          {text()['ratings.rulesUnreadable'](settings.problem)}
        </p>
      </FormDialog>
    );
  }
  if (!settings.data) return null;
  return <RulesForm planId={planId} saved={settings.data} onSaved={onClose} onClose={onClose} />;
}
