// What a workspace with no plan shows: one calm screen with the ways to begin, not a wizard.
import { useState, type FormEvent } from 'react';
import type { AppInfo, PlanSummary } from '../../../shared/domain';
import { api, request } from '../data/api';
import { messageOf } from '../data/errors';
import { text } from '../language/language';
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

  const words = text();
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
          {words['workspace.noPlanYet']}
        </h1>
        <p className="first-launch__lead">{words['workspace.lead']}</p>

        <ul className="choices">
          <li className="choice">
            <div className="choice__text">
              <h2 className="choice__title">{words['workspace.sampleTitle']}</h2>
              <p className="choice__description">{words['workspace.sampleDescription']}</p>
              {problemAt('sample')}
            </div>
            <button type="button" className="button button--primary" onClick={() => void openSample()} disabled={busy !== null}>
              {busy === 'sample' ? words['workspace.opening'] : words['workspace.openSample']}
            </button>
          </li>

          <li className="choice">
            <div className="choice__text">
              <h2 className="choice__title">{words['workspace.ownTitle']}</h2>
              <p className="choice__description">{words['workspace.ownDescription']}</p>
              {naming && (
                <form className="choice__form" onSubmit={create}>
                  <label htmlFor="plan-title" className="field-label">
                    {words['workspace.planTitle']}
                  </label>
                  <div className="choice__form-row">
                    <input
                      id="plan-title"
                      className="text-input"
                      value={title}
                      maxLength={300}
                      autoFocus
                      placeholder={words['workspace.planTitleExample']}
                      onChange={(event) => setTitle(event.target.value)}
                      onKeyDown={(event) => {
                        if (event.key === 'Escape') setNaming(false);
                      }}
                    />
                    <button type="submit" className="button button--primary" disabled={busy !== null || !title.trim()}>
                      {busy === 'create' ? words['workspace.creating'] : words['workspace.createPlan']}
                    </button>
                    <button type="button" className="button" onClick={() => setNaming(false)}>
                      {words['common.cancel']}
                    </button>
                  </div>
                </form>
              )}
              {problemAt('create')}
            </div>
            {!naming && (
              <button type="button" className="button" onClick={() => setNaming(true)} disabled={busy !== null}>
                {words['workspace.startEmpty']}
              </button>
            )}
          </li>

          {onImport && (
            <li className="choice">
              <div className="choice__text">
                <h2 className="choice__title">{words['workspace.importTitle']}</h2>
                <p className="choice__description">{words['workspace.importDescription']}</p>
              </div>
              <button type="button" className="button" onClick={onImport} disabled={busy !== null}>
                {words['workspace.importFile']}
              </button>
            </li>
          )}

          {info.shell === 'electron' && (
            <li className="choice">
              <div className="choice__text">
                <h2 className="choice__title">{words['workspace.anotherTitle']}</h2>
                <p className="choice__description">{words['workspace.anotherDescription']}</p>
                {problemAt('choose')}
              </div>
              <button type="button" className="button" onClick={() => void chooseFile()} disabled={busy !== null}>
                {words['workspace.openAnother']}
              </button>
            </li>
          )}
        </ul>

        <p className="first-launch__workspace">
          {words['workspace.file']} <span className="mono">{info.workspacePath}</span>
        </p>
      </main>
    </div>
  );
}
