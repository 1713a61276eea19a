// The plan's baseline, on the plan's Overview: a draft plan offers "Mark as approved…"; an approved plan says since
// when and by whom, how many actions have a revised end, and offers "Rebaseline…" (with a reason) to make the
// revised ends the plan. Both are edits like any other: in the history, undone with Ctrl+Z.
import { useState } from 'react';
import { dayWords } from '../../../shared/dates';
import type { PlanTree } from '../../../shared/domain';
import { api, request } from '../data/api';
import { FormDialog } from '../ui/FormDialog';
import { showNotice } from '../ui/notice';
import { allActions } from './plan-tree-model';
import './baseline-panel.css';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function BaselinePanel({ tree, onChanged }: { tree: PlanTree; onChanged: () => void }) {
  const { baseline } = tree.plan;
  const [dialog, setDialog] = useState<'approve' | 'rebaseline' | null>(null);
  const revised = allActions(tree).filter((a) => a.revisedEnd !== null && a.revisedEnd !== a.end).length;
  const done = (message: string) => {
    setDialog(null);
    showNotice({ message });
    onChanged();
  };

  return (
    <section className="baseline-panel" aria-labelledby="baseline-panel-title">
      <h3 id="baseline-panel-title" className="baseline-panel__title">
        Baseline
      </h3>
      {baseline.approvedOn === null ? (
        <>
          <p className="baseline-panel__state">
            <span className="baseline-panel__tag">Draft</span>{' '}
            <span>Planned dates are edited directly.</span>
          </p>
          <p className="baseline-panel__hint">
            Once the steering committee approves the plan, mark it approved: its planned dates become the baseline, and a later end is recorded
            as a revised end with its reason.
          </p>
          <button type="button" className="button" onClick={() => setDialog('approve')}>
            Mark as approved…
          </button>
        </>
      ) : (
        <>
          <p className="baseline-panel__state">
            <span className="baseline-panel__tag baseline-panel__tag--approved">Approved</span>{' '}
            <span>
              on {dayWords(baseline.approvedOn)}
              {baseline.approvedBy ? ` by ${baseline.approvedBy}` : ''} · <strong>{revised.toLocaleString('en')}</strong>{' '}
              {revised === 1 ? 'action has' : 'actions have'} a revised end
            </span>
          </p>
          {baseline.rebaselinedOn && (
            <p className="baseline-panel__hint">
              Last rebaselined on {dayWords(baseline.rebaselinedOn)}: {baseline.rebaselineReason}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={revised === 0}
            title={revised === 0 ? 'No action has a revised end: the baseline already is the plan' : undefined}
            onClick={() => setDialog('rebaseline')}
          >
            Rebaseline…
          </button>
        </>
      )}
      {dialog === 'approve' && <ApproveDialog planId={tree.plan.id} onDone={done} onClose={() => setDialog(null)} />}
      {dialog === 'rebaseline' && <RebaselineDialog planId={tree.plan.id} revised={revised} onDone={done} onClose={() => setDialog(null)} />}
    </section>
  );
}

function ApproveDialog({ planId, onDone, onClose }: { planId: string; onDone: (message: string) => void; onClose: () => void }) {
  const [on, setOn] = useState(today);
  return (
    <FormDialog
      id="approve-plan"
      title="Mark the plan as approved"
      hint="From this date the planned starts and ends are the baseline: a new end is recorded as a revised end with its reason, and planned starts are kept."
      submitLabel="Mark as approved"
      busyLabel="Saving…"
      canSubmit={on !== ''}
      onSubmit={async () => {
        const baseline = await request(api().plans.approve({ planId, on }));
        onDone(`Plan approved on ${dayWords(baseline.approvedOn!)}`);
      }}
      onClose={onClose}
    >
      <label htmlFor="approve-plan-on" className="field-label">
        Approved on
      </label>
      <input id="approve-plan-on" className="text-input" type="date" value={on} max={today()} required onChange={(event) => setOn(event.target.value)} />
    </FormDialog>
  );
}

function RebaselineDialog(props: { planId: string; revised: number; onDone: (message: string) => void; onClose: () => void }) {
  const { planId, revised, onDone, onClose } = props;
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      id="rebaseline-plan"
      title="Rebaseline the plan"
      hint={`The revised ends of ${revised.toLocaleString('en')} ${revised === 1 ? 'action become its planned end' : 'actions become their planned ends'}. The reason is kept in the history; Ctrl+Z undoes it.`}
      submitLabel="Rebaseline"
      busyLabel="Rebaselining…"
      canSubmit={reason.trim() !== ''}
      onSubmit={async () => {
        const result = await request(api().plans.rebaseline({ planId, reason: reason.trim() }));
        onDone(`Rebaselined: ${result.actions.toLocaleString('en')} ${result.actions === 1 ? 'end' : 'ends'} now planned`);
      }}
      onClose={onClose}
    >
      <label htmlFor="rebaseline-plan-reason" className="field-label">
        Reason (e.g. the meeting that agreed it)
      </label>
      <textarea id="rebaseline-plan-reason" className="text-input reason-prompt__text" rows={3} maxLength={1000} value={reason} autoFocus onChange={(event) => setReason(event.target.value)} />
    </FormDialog>
  );
}
