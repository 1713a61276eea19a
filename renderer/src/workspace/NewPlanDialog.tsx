// File > New Plan… in the desktop menu: asks the new plan's title, creates it, and opens it.
import { useState } from 'react';
import type { PlanSummary } from '../../../shared/domain';
import { api, request } from '../data/api';
import { text } from '../language/language';
import { FormDialog } from '../ui/FormDialog';

export function NewPlanDialog({ onCreated, onClose }: { onCreated: (plan: PlanSummary) => void; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const words = text();

  return (
    <FormDialog
      id="new-plan"
      title={words['workspace.newPlan']}
      hint={words['workspace.newPlanHint']}
      submitLabel={words['workspace.createPlan']}
      busyLabel={words['workspace.creating']}
      canSubmit={title.trim() !== ''}
      onSubmit={async () => onCreated(await request(api().plans.create({ title: title.trim() })))}
      onClose={onClose}
    >
      <label htmlFor="new-plan-name" className="field-label">
        {words['workspace.planTitle']}
      </label>
      <input id="new-plan-name" className="text-input" value={title} maxLength={300} autoFocus onChange={(event) => setTitle(event.target.value)} />
    </FormDialog>
  );
}
