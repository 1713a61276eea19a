// The window's header: which plan is open (with a switcher when the workspace holds several),
// which workspace file it lives in, and who is recording changes.
import type { AppInfo, PlanSummary } from '../../../shared/domain';
import { text } from '../language/language';
import { Logo } from '../ui/Logo';
import { UserName } from '../workspace/UserName';
import './app-header.css';

interface Props {
  readonly info: AppInfo;
  readonly plans: readonly PlanSummary[];
  readonly planId: string | null;
  readonly onSwitchPlan: (planId: string) => void;
  readonly onInfoChanged: (info: AppInfo) => void;
  /** Opens the import dialog (a spreadsheet or plan file, as a new plan or into this one). */
  readonly onImport?: () => void;
}

export function AppHeader({ info, plans, planId, onSwitchPlan, onInfoChanged, onImport }: Props) {
  const plan = plans.find((p) => p.id === planId);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Logo size={22} />
        <span className="app-header__name">PlanDesk</span>
      </div>
      <div className="app-header__plan">
        {plans.length > 1 ? (
          <>
            {/* The page's one h1 names the open plan, also where a switcher shows it. */}
            {plan && <h1 className="visually-hidden">{plan.title}</h1>}
            <label className="plan-switcher">
              <span className="visually-hidden">{text()['header.plan']}</span>
              <select value={planId ?? ''} onChange={(event) => onSwitchPlan(event.target.value)} className="plan-switcher__select">
                {plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
              <svg className="plan-switcher__arrow" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                <path d="M3 4.5 6 7.5l3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </label>
          </>
        ) : (
          plan && (
            <h1 className="app-header__title" title={plan.title}>
              {plan.title}
            </h1>
          )
        )}
      </div>
      <div className="app-header__end">
        {onImport && (
          <button type="button" className="header-button" onClick={onImport} title={text()['header.importTitle']}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <path d="M7 1.5v7.5m0 0L4 6m3 3 3-3M2 10v1.5a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V10" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {text()['header.import']}
          </button>
        )}
        <span className="app-header__workspace" title={text()['header.workspaceTitle'](info.workspacePath)}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <ellipse cx="7" cy="3.5" rx="4.8" ry="1.9" fill="none" stroke="currentColor" strokeWidth="1.3" />
            <path d="M2.2 3.5v7c0 1 2.1 1.9 4.8 1.9s4.8-.9 4.8-1.9v-7M2.2 7c0 1 2.1 1.9 4.8 1.9s4.8-.9 4.8-1.9" fill="none" stroke="currentColor" strokeWidth="1.3" />
          </svg>
          <span className="visually-hidden">{text()['header.workspace']}</span>
          {/* The whole path, cut at its start when long: the file's name is the part people recognise. */}
          <span className="app-header__workspace-path">
            <bdi>{info.workspacePath}</bdi>
          </span>
        </span>
        <UserName info={info} onChanged={onInfoChanged} />
      </div>
    </header>
  );
}
