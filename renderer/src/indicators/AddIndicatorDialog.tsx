// "Add indicator…": chooses the action (the focused row's by default) and names the new indicator.
import { useState } from 'react';
import type { IndicatorGridRow } from '../../../shared/domain';
import { groupBy } from '../../../shared/collections';
import { listActions } from '../data/action-list';
import { api, request } from '../data/api';
import { usePlanQuery } from '../data/usePlanQuery';
import { FormDialog } from '../ui/FormDialog';
import { text } from '../language/language';

interface Props {
  readonly planId: string;
  readonly defaultActionId: string | null;
  readonly onAdded: (row: IndicatorGridRow) => void;
  readonly onClose: () => void;
}

function shortTitle(title: string): string {
  return title.length > 90 ? `${title.slice(0, 88)}…` : title;
}

export function AddIndicatorDialog({ planId, defaultActionId, onAdded, onClose }: Props) {
  const { data: actions, problem: listProblem } = usePlanQuery(() => listActions(planId), [planId]);
  // The action chosen; until then the focused row's, else the plan's first.
  const [chosenId, setActionId] = useState(defaultActionId ?? '');
  const actionId = chosenId || actions?.[0]?.id || '';
  const [name, setName] = useState('');

  const chapters = groupBy(actions ?? [], (action) => `${action.chapterCode} ${action.chapterTitle}`.trim());

  return (
    <FormDialog
      id="add-indicator"
      className="dialog--wide"
      title={text()['indicators.addTitle']}
      hint={text()['indicators.addHint']}
      submitLabel={text()['indicators.addSubmit']}
      busyLabel={text()['indicators.adding']}
      canSubmit={actionId !== '' && name.trim() !== ''}
      onSubmit={async () => onAdded(await request(api().indicators.create({ actionId, name: name.trim() })))}
      onClose={onClose}
    >
      <label htmlFor="add-indicator-action" className="field-label">
        {text()['indicators.actionItMeasures']}
      </label>
      <select id="add-indicator-action" className="select-input select-input--full" value={actionId} disabled={!actions} onChange={(e) => setActionId(e.target.value)}>
        {[...chapters].map(([chapter, inChapter]) => (
          <optgroup key={chapter} label={chapter}>
            {inChapter.map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.code} ${shortTitle(a.title)}`.trim()}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor="add-indicator-name" className="field-label dialog__field">
        {text()['indicators.column.name']}
      </label>
      <input
        id="add-indicator-name"
        className="text-input"
        value={name}
        maxLength={2000}
        autoFocus
        placeholder={text()['indicators.namePlaceholder']}
        onChange={(event) => setName(event.target.value)}
      />
      {listProblem && (
        <p className="dialog__problem" role="alert">
          {text()['indicators.actionsNotListed'](listProblem)}
        </p>
      )}
    </FormDialog>
  );
}
