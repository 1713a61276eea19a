// Writing the committee's own pages for the meeting the pack is made for: the key messages, the decisions sought
// (each with the codes of the actions it concerns) and the items for information. Plain text: a blank line starts a
// paragraph, a line starting "- " is a bullet. Saved whole, as one change (Ctrl+Z takes it back); a refusal (a
// decision without text, an unknown action code) is shown in the dialog, which stays open with what was typed.
import { useState } from 'react';
import { COMMITTEE_TEXT_MAX, DECISION_TEXT_MAX, DECISIONS_MAX } from '../../../shared/committee-text';
import type { CommitteePages } from '../../../shared/domain';
import { api, request } from '../data/api';
import { formatNumber, text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';

interface DecisionDraft {
  readonly key: number;
  readonly id?: string;
  readonly text: string;
  readonly codes: string;
}

function draftsOf(pages: CommitteePages): DecisionDraft[] {
  return pages.decisions.map((d, i) => ({ key: i, id: d.id, text: d.text, codes: d.actions.map((a) => a.code).join(', ') }));
}

export interface CommitteePagesDialogProps {
  readonly pages: CommitteePages;
  /** "the meeting after “11th Steering Committee”". */
  readonly meeting: string;
  readonly onSaved: (pages: CommitteePages) => void;
  readonly onClose: () => void;
}

export function CommitteePagesDialog({ pages, meeting, onSaved, onClose }: CommitteePagesDialogProps) {
  const [keyMessages, setKeyMessages] = useState(pages.keyMessages);
  const [information, setInformation] = useState(pages.information);
  const [decisions, setDecisions] = useState<DecisionDraft[]>(() => draftsOf(pages));
  const [nextKey, setNextKey] = useState(pages.decisions.length);

  const change = (key: number, patch: Partial<DecisionDraft>) => setDecisions((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const add = () => {
    setDecisions((list) => [...list, { key: nextKey, text: '', codes: '' }]);
    setNextKey((k) => k + 1);
  };

  const save = async () => {
    const saved = await request(
      api().committee.save({
        planId: pages.planId,
        snapshotId: pages.snapshotId,
        keyMessages,
        information,
        decisions: decisions.map((d) => ({
          ...(d.id ? { id: d.id } : {}),
          text: d.text,
          actionCodes: d.codes.split(/[,;\s]+/).filter((c) => c !== ''),
        })),
      }),
    );
    onSaved(saved);
  };

  const t = text();
  return (
    <FormDialog
      id="committee-pages"
      title={t['reports.committeePages']}
      hint={t['reports.dialog.hint'](meeting)}
      className="dialog--wide committee-dialog"
      submitLabel={t['reports.dialog.save']}
      busyLabel={t['reports.dialog.saving']}
      canSubmit
      onSubmit={save}
      onClose={onClose}
    >
      <label className="field-label" htmlFor="committee-key-messages">
        {t['reports.dialog.keyMessages']}
      </label>
      <textarea
        id="committee-key-messages"
        className="text-input committee-dialog__text"
        rows={8}
        maxLength={COMMITTEE_TEXT_MAX}
        value={keyMessages}
        data-autofocus
        placeholder={t['reports.dialog.keyMessagesExample']}
        onChange={(event) => setKeyMessages(event.target.value)}
      />
      <fieldset className="committee-dialog__decisions">
        <legend>{t['reports.dialog.decisions']}</legend>
        {decisions.length === 0 && <p className="muted committee-dialog__none">{t['reports.dialog.noDecision']}</p>}
        <ol className="committee-dialog__list">
          {decisions.map((d, index) => (
            <li key={d.key} className="committee-dialog__decision">
              <label className="field-label" htmlFor={`committee-decision-${d.key}`}>
                {t['reports.dialog.decision'](formatNumber(index + 1))}
              </label>
              <textarea
                id={`committee-decision-${d.key}`}
                className="text-input"
                rows={2}
                maxLength={DECISION_TEXT_MAX}
                value={d.text}
                onChange={(event) => change(d.key, { text: event.target.value })}
              />
              <div className="committee-dialog__row">
                <label className="field-label" htmlFor={`committee-codes-${d.key}`}>
                  {t['reports.dialog.actionsConcerned']}
                </label>
                <input
                  id={`committee-codes-${d.key}`}
                  className="text-input mono"
                  value={d.codes}
                  placeholder="5.1.1.1, 5.1.1.3"
                  onChange={(event) => change(d.key, { codes: event.target.value })}
                />
                <button type="button" className="button" aria-label={t['reports.dialog.removeDecision'](formatNumber(index + 1))} onClick={() => setDecisions((list) => list.filter((x) => x.key !== d.key))}>
                  {t['reports.dialog.remove']}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={add} disabled={decisions.length >= DECISIONS_MAX}>
          {t['reports.dialog.addDecision']}
        </button>
      </fieldset>
      <label className="field-label" htmlFor="committee-information">
        {t['reports.dialog.information']}
      </label>
      <textarea
        id="committee-information"
        className="text-input committee-dialog__text"
        rows={5}
        maxLength={COMMITTEE_TEXT_MAX}
        value={information}
        onChange={(event) => setInformation(event.target.value)}
      />
    </FormDialog>
  );
}
