// The plan's baseline, on the plan's Overview: a draft plan offers "Mark as approved…"; an approved plan says since
// when and by whom, how many actions have a revised end, and offers "Rebaseline…" (with a reason) to make the
// revised ends the plan. Both are edits like any other: in the history, undone with Ctrl+Z.
import { useState } from 'react';
import type { PlanTree } from '../../../shared/domain';
import { api, request } from '../data/api';
import { formatNumber, text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';
import { formatDay } from '../ui/format';
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
        {text()['overview.baseline']}
      </h3>
      {baseline.approvedOn === null ? (
        <>
          <p className="baseline-panel__state">
            <span className="baseline-panel__tag">{text()['overview.draft']}</span> <span>{text()['overview.draftMeans']}</span>
          </p>
          <p className="baseline-panel__hint">{text()['overview.draftHint']}</p>
          <button type="button" className="button" onClick={() => setDialog('approve')}>
            {text()['overview.markApproved']}
          </button>
        </>
      ) : (
        <>
          <p className="baseline-panel__state">
            <span className="baseline-panel__tag baseline-panel__tag--approved">{text()['overview.approved']}</span>{' '}
            <span>
              {baseline.approvedBy ? text()['overview.approvedOnBy'](formatDay(baseline.approvedOn), baseline.approvedBy) : text()['overview.approvedOn'](formatDay(baseline.approvedOn))} ·{' '}
              <strong>{formatNumber(revised)}</strong> {text()['overview.haveRevisedEnd'](revised)}
            </span>
          </p>
          {baseline.rebaselinedOn && (
            <p className="baseline-panel__hint">
              {text()['overview.rebaselinedOn'](formatDay(baseline.rebaselinedOn), baseline.rebaselineReason)}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={revised === 0}
            title={revised === 0 ? text()['overview.nothingToRebaseline'] : undefined}
            onClick={() => setDialog('rebaseline')}
          >
            {text()['overview.rebaselineButton']}
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
      title={text()['overview.approveTitle']}
      hint={text()['overview.approveHint']}
      submitLabel={text()['overview.approve']}
      busyLabel={text()['overview.saving']}
      canSubmit={on !== ''}
      onSubmit={async () => {
        const baseline = await request(api().plans.approve({ planId, on }));
        onDone(text()['overview.approvedNotice'](formatDay(baseline.approvedOn!)));
      }}
      onClose={onClose}
    >
      <label htmlFor="approve-plan-on" className="field-label">
        {text()['overview.approvedOnLabel']}
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
      title={text()['overview.rebaselineTitle']}
      hint={text()['overview.rebaselineHint'](revised, formatNumber(revised))}
      submitLabel={text()['overview.rebaseline']}
      busyLabel={text()['overview.rebaselining']}
      canSubmit={reason.trim() !== ''}
      onSubmit={async () => {
        const result = await request(api().plans.rebaseline({ planId, reason: reason.trim() }));
        onDone(text()['overview.rebaselinedNotice'](result.actions, formatNumber(result.actions)));
      }}
      onClose={onClose}
    >
      <label htmlFor="rebaseline-plan-reason" className="field-label">
        {text()['overview.rebaselineReason']}
      </label>
      <textarea id="rebaseline-plan-reason" className="text-input reason-prompt__text" rows={3} maxLength={1000} value={reason} autoFocus onChange={(event) => setReason(event.target.value)} />
    </FormDialog>
  );
}
