// File > New Plan… in the desktop menu: asks the new plan's title, creates it, and opens it.
import { useState } from 'react';
import type { PlanSummary } from '../../../shared/domain';
import { api, request } from '../data/api';
import { FormDialog } from '../ui/FormDialog';

export function NewPlanDialog({ onCreated, onClose }: { onCreated: (plan: PlanSummary) => void; onClose: () => void }) {
  const [title, setTitle] = useState('');

  return (
    <FormDialog
      id="new-plan"
      title="New plan"
      hint="It opens empty; add chapters and actions, or import a spreadsheet, next."
      submitLabel="Create plan"
      busyLabel="Creating…"
      canSubmit={title.trim() !== ''}
      onSubmit={async () => onCreated(await request(api().plans.create({ title: title.trim() })))}
      onClose={onClose}
    >
      <label htmlFor="new-plan-name" className="field-label">
        Plan title
      </label>
      <input id="new-plan-name" className="text-input" value={title} maxLength={300} autoFocus onChange={(event) => setTitle(event.target.value)} />
    </FormDialog>
  );
}
