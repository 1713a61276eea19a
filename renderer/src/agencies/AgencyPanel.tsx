// The selected agency: what the registry knows about it, and the actions of this plan it leads or
// collaborates on (a click or Enter opens the action).
import type { ActionGridRow, AgencyListRow } from '../../../shared/domain';
import { text } from '../language/language';
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

/** `id` names the list's heading (from the title it would be empty in a script \W does not know, such as Dzongkha's). */
function ActionList({ id, title, actions, openAction }: { id: string; title: string; actions: readonly ActionGridRow[]; openAction: (id: string) => void }) {
  const headingId = `agency-actions-${id}`;
  return (
    <section className="agency-actions" aria-labelledby={headingId}>
      <h4 id={headingId} className="agency-actions__title">
        {title} <span className="agency-actions__n">{actions.length}</span>
      </h4>
      {actions.length === 0 ? (
        <p className="agency-actions__none">{text()['agencies.panel.noActions']}</p>
      ) : (
        <ul className="agency-actions__list">
          {actions.map((action) => (
            <li key={action.id}>
              <button type="button" className="agency-action" onClick={() => openAction(action.id)} title={text()['agencies.openAction']}>
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
  const words = text();
  return (
    <aside className="agency-panel" aria-labelledby="agency-panel-title">
      <header className="agency-panel__header">
        <p className="agency-panel__kind">{agency.kind === 'group' ? words['agencies.panel.group'] : words['agencies.panel.agency']}</p>
        <h3 id="agency-panel-title" className="agency-panel__title">
          {agency.acronym && agency.acronym !== agency.name && <span className="agency-panel__acronym">{agency.acronym}</span>}
          {agency.name}
        </h3>
        {!agency.confirmed && (
          <p className="agency-panel__unconfirmed">
            <strong>{words['agencies.panel.unconfirmed']}</strong> {agency.origin === 'import' ? words['agencies.panel.foundByImport'] : words['agencies.panel.notChecked']}{' '}
            {words['agencies.panel.checkIt']}
          </p>
        )}
        <dl className="agency-panel__facts">
          {parent && (
            <>
              <dt>{words['agencies.panel.partOf']}</dt>
              <dd>{agencyLabelOf(parent)}</dd>
            </>
          )}
          <dt>{words['agencies.panel.aliases']}</dt>
          <dd>{agency.aliases.length > 0 ? agency.aliases.join(', ') : <span className="muted">{words['agencies.panel.noAliases']}</span>}</dd>
        </dl>
        <div className="agency-panel__buttons">
          {!agency.confirmed && (
            <button type="button" className="button button--primary" onClick={onConfirm}>
              {words['agencies.panel.confirm']}
            </button>
          )}
          <button type="button" className="button" onClick={onMerge}>
            {words['agencies.panel.mergeInto']}
          </button>
        </div>
      </header>
      {actions === null ? (
        <p className="muted agency-panel__loading">{words['agencies.panel.loading']}</p>
      ) : (
        <div className="agency-panel__actions">
          <ActionList id="leads" title={words['agencies.panel.leads']} actions={leads} openAction={openAction} />
          <ActionList id="collaborates-on" title={words['agencies.panel.collaborates']} actions={collaborates} openAction={openAction} />
        </div>
      )}
    </aside>
  );
}

function agencyLabelOf(agency: AgencyListRow): string {
  return agency.acronym && agency.acronym !== agency.name ? `${agency.acronym} (${agency.name})` : agency.name;
}
