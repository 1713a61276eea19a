// The selected agency: what the registry knows about it, and the actions of this plan it leads or
// collaborates on (a click or Enter opens the action).
import type { ActionGridRow, AgencyListRow } from '../../../shared/domain';
import { OverdueTag, StatusBadge } from '../ui/Status';
import { statusKeyOf } from '../ui/status-view';
import './agency-panel.css';

interface Props {
  readonly agency: AgencyListRow;
  readonly parent: AgencyListRow | null;
  readonly actions: readonly ActionGridRow[] | null;
  readonly onConfirm: () => void;
  readonly onMerge: () => void;
  readonly openAction: (actionId: string) => void;
}

function ActionList({ title, actions, openAction }: { title: string; actions: readonly ActionGridRow[]; openAction: (id: string) => void }) {
  const headingId = `agency-actions-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="agency-actions" aria-labelledby={headingId}>
      <h4 id={headingId} className="agency-actions__title">
        {title} <span className="agency-actions__n">{actions.length}</span>
      </h4>
      {actions.length === 0 ? (
        <p className="agency-actions__none">None in this plan.</p>
      ) : (
        <ul className="agency-actions__list">
          {actions.map((action) => (
            <li key={action.id}>
              <button type="button" className="agency-action" onClick={() => openAction(action.id)} title="Open the action">
                <span className="agency-action__line">
                  <span className="agency-action__code">{action.code}</span>
                  <span className="agency-action__title">{action.title}</span>
                </span>
                <span className="agency-action__status">
                  <StatusBadge status={statusKeyOf(action.status)} />
                  {action.overdue && <OverdueTag compact />}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AgencyPanel({ agency, parent, actions, onConfirm, onMerge, openAction }: Props) {
  const leads = actions?.filter((a) => a.leadAgencyIds.includes(agency.id)) ?? [];
  const collaborates = actions?.filter((a) => a.collaboratorAgencyIds.includes(agency.id)) ?? [];
  return (
    <aside className="agency-panel" aria-labelledby="agency-panel-title">
      <header className="agency-panel__header">
        <p className="agency-panel__kind">{agency.kind === 'group' ? 'Group of agencies' : 'Agency'}</p>
        <h3 id="agency-panel-title" className="agency-panel__title">
          {agency.acronym && agency.acronym !== agency.name && <span className="agency-panel__acronym">{agency.acronym}</span>}
          {agency.name}
        </h3>
        {!agency.confirmed && (
          <p className="agency-panel__unconfirmed">
            <strong>Unconfirmed.</strong> {agency.origin === 'import' ? 'An import found this name in the plan.' : 'Not checked yet.'} Check its
            name, acronym and parent, merge it into the agency it duplicates, or confirm it.
          </p>
        )}
        <dl className="agency-panel__facts">
          {parent && (
            <>
              <dt>Part of</dt>
              <dd>{agencyLabelOf(parent)}</dd>
            </>
          )}
          <dt>Aliases</dt>
          <dd>{agency.aliases.length > 0 ? agency.aliases.join(', ') : <span className="muted">None</span>}</dd>
        </dl>
        <div className="agency-panel__buttons">
          {!agency.confirmed && (
            <button type="button" className="button button--primary" onClick={onConfirm}>
              Confirm agency
            </button>
          )}
          <button type="button" className="button" onClick={onMerge}>
            Merge into…
          </button>
        </div>
      </header>
      {actions === null ? (
        <p className="muted agency-panel__loading">Loading its actions…</p>
      ) : (
        <div className="agency-panel__actions">
          <ActionList title="Leads" actions={leads} openAction={openAction} />
          <ActionList title="Collaborates on" actions={collaborates} openAction={openAction} />
        </div>
      )}
    </aside>
  );
}

function agencyLabelOf(agency: AgencyListRow): string {
  return agency.acronym && agency.acronym !== agency.name ? `${agency.acronym} (${agency.name})` : agency.name;
}
