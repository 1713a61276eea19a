// The window's one "Why?" dialog (ui/reason-prompt.ts): the change about to be made, a reason to type, and the
// button that saves it; Cancel or Escape saves nothing.
import { useState } from 'react';
import { text } from '../language/language';
import { FormDialog } from './FormDialog';
import { useReasonQuestion, type ReasonQuestion } from './reason-prompt';
import './reason-prompt.css';

export function ReasonPrompt() {
  const question = useReasonQuestion();
  // A new question gets a fresh form (key), so no reason typed for another change is kept.
  return question ? <ReasonForm key={`${question.title}|${question.change}`} question={question} /> : null;
}

function ReasonForm({ question }: { question: ReasonQuestion }) {
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      id="reason-prompt"
      title={question.title}
      hint={question.hint}
      submitLabel={question.submitLabel}
      canSubmit={reason.trim() !== ''}
      onSubmit={() => question.answer(reason.trim())}
      onClose={() => question.answer(null)}
    >
      <p className="reason-prompt__change">{question.change}</p>
      <label htmlFor="reason-prompt-text" className="field-label">
        {text()['common.reason']}
      </label>
      <textarea id="reason-prompt-text" className="text-input reason-prompt__text" rows={3} maxLength={1000} value={reason} autoFocus onChange={(event) => setReason(event.target.value)} />
    </FormDialog>
  );
}
