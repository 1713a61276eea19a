// What a workspace with no plan shows: one calm screen with the ways to begin, not a wizard.
import { useState, type FormEvent } from 'react';
import type { AppInfo, PlanSummary } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { Logo } from '../ui/Logo';
import { UserName } from './UserName';
import './first-launch.css';

interface Props {
  readonly info: AppInfo;
  readonly onPlanOpened: (plan: PlanSummary) => void;
  readonly onWorkspaceChanged: () => void;
  readonly onInfoChanged: (info: AppInfo) => void;
  /** Opens the import dialog: the plan the PMU keeps today is a spreadsheet. */
  readonly onImport?: () => void;
}

type Busy = 'sample' | 'create' | 'choose' | null;
type Problem = { readonly where: 'sample' | 'create' | 'choose'; readonly message: string } | null;

export function FirstLaunchView({ info, onPlanOpened, onWorkspaceChanged, onInfoChanged, onImport }: Props) {
  const [busy, setBusy] = useState<Busy>(null);
  // Shown next to the choice that failed, where the user is looking, rather than in a corner.
  const [problem, setProblem] = useState<Problem>(null);
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState('');

  const run = async (where: 'sample' | 'create' | 'choose', work: () => Promise<void>) => {
    setBusy(where);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem({ where, message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const openSample = () => run('sample', async () => onPlanOpened(await request(api().plans.openSample({}))));

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    void run('create', async () => onPlanOpened(await request(api().plans.create({ title: title.trim() }))));
  };

  const chooseFile = () =>
    run('choose', async () => {
      if (await request(api().workspace.chooseFile({ mode: 'open' }))) onWorkspaceChanged();
    });

  const problemAt = (where: 'sample' | 'create' | 'choose') =>
    problem?.where === where ? (
      <p className="choice__problem" role="alert">
        {problem.message}
      </p>
    ) : null;

  return (
    <div className="first-launch">
      <div className="first-launch__user">
        <UserName info={info} onChanged={onInfoChanged} />
      </div>
      <main className="first-launch__panel" aria-labelledby="first-launch-title">
        <div className="first-launch__brand">
          <Logo size={36} />
          <span>PlanDesk</span>
        </div>
        <h1 id="first-launch-title" className="first-launch__title">
          This workspace has no plan yet
        </h1>
        <p className="first-launch__lead">
          Keep your policy’s implementation and monitoring plan here: chapters, policy statements and actions, with their
          indicators, timelines, agencies and progress.
        </p>

        <ul className="choices">
          <li className="choice">
            <div className="choice__text">
              <h2 className="choice__title">Explore the sample plan</h2>
              <p className="choice__description">The e-Governance policy implementation and monitoring plan, ready to browse.</p>
              {problemAt('sample')}
            </div>
            <button type="button" className="button button--primary" onClick={() => void openSample()} disabled={busy !== null}>
              {busy === 'sample' ? 'Opening…' : 'Open the sample plan'}
            </button>
          </li>

          <li className="choice">
            <div className="choice__text">
              <h2 className="choice__title">Start your own plan</h2>
              <p className="choice__description">Give it a title now; add chapters and actions, or import a spreadsheet, later.</p>
              {naming && (
                <form className="choice__form" onSubmit={create}>
                  <label htmlFor="plan-title" className="field-label">
                    Plan title
                  </label>
                  <div className="choice__form-row">
                    <input
                      id="plan-title"
                      className="text-input"
                      value={title}
                      maxLength={300}
                      autoFocus
                      placeholder="e.g. Digital Transformation Plan 2025–2030"
                      onChange={(event) => setTitle(event.target.value)}
                      onKeyDown={(event) => {
                        if (event.key === 'Escape') setNaming(false);
                      }}
                    />
                    <button type="submit" className="button button--primary" disabled={busy !== null || !title.trim()}>
                      {busy === 'create' ? 'Creating…' : 'Create plan'}
                    </button>
                    <button type="button" className="button" onClick={() => setNaming(false)}>
                      Cancel
                    </button>
                  </div>
                </form>
              )}
              {problemAt('create')}
            </div>
            {!naming && (
              <button type="button" className="button" onClick={() => setNaming(true)} disabled={busy !== null}>
                Start an empty plan
              </button>
            )}
          </li>

          {onImport && (
            <li className="choice">
              <div className="choice__text">
                <h2 className="choice__title">Import your plan</h2>
                <p className="choice__description">From the spreadsheet you keep today (.xlsx, .csv, .tsv) or a PlanDesk plan file. You see a preview before anything is saved.</p>
              </div>
              <button type="button" className="button" onClick={onImport} disabled={busy !== null}>
                Import a file…
              </button>
            </li>
          )}

          {info.shell === 'electron' && (
            <li className="choice">
              <div className="choice__text">
                <h2 className="choice__title">Use another workspace</h2>
                <p className="choice__description">Open a PlanDesk workspace file that a colleague shared or you kept elsewhere.</p>
                {problemAt('choose')}
              </div>
              <button type="button" className="button" onClick={() => void chooseFile()} disabled={busy !== null}>
                Open another workspace file…
              </button>
            </li>
          )}
        </ul>

        <p className="first-launch__workspace">
          Workspace file: <span className="mono">{info.workspacePath}</span>
        </p>
      </main>
    </div>
  );
}
