// Who is making the changes: the name recorded in the change history. When it is not set yet, a small
// prompt in the header asks for it, without getting in the way of reading the plan.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../shared/domain';
import { api, attempt } from '../data/api';
import { text } from '../language/language';
import './user-name.css';

export function userNameIsSet(name: string): boolean {
  return name.trim() !== '';
}

export function UserName({ info, onChanged }: { info: AppInfo; onChanged: (info: AppInfo) => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const isSet = userNameIsSet(info.userName);
  const container = useRef<HTMLDivElement>(null);

  // A click anywhere else puts the question away, as a menu would.
  useEffect(() => {
    if (!editing) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setEditing(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [editing]);

  const open = () => {
    setDraft(info.userName);
    setEditing(true);
  };

  const words = text();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    setSaving(true);
    const next = await attempt(api().preferences.setUserName({ name: draft.trim() }));
    setSaving(false);
    if (next) {
      onChanged(next);
      setEditing(false);
    }
  };

  return (
    <div className="user-name" ref={container}>
      {isSet ? (
        <button type="button" className="header-button" onClick={open} title={words['workspace.nameTitle']}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <circle cx="7" cy="4.6" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
            <path d="M2 12.5c.6-2.6 2.6-4 5-4s4.4 1.4 5 4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
          <span className="user-name__text">{info.userName}</span>
        </button>
      ) : (
        <button type="button" className="header-button header-button--prompt" onClick={open} title={words['workspace.namePromptTitle']}>
          <span className="prompt-dot" aria-hidden="true" />
          {words['workspace.setName']}
        </button>
      )}
      {editing && (
        <form className="popover" onSubmit={save}>
          <label htmlFor="user-name-input" className="popover__label">
            {words['workspace.yourName']}
          </label>
          <p className="popover__hint">{words['workspace.nameHint']}</p>
          <input
            id="user-name-input"
            className="text-input"
            value={draft}
            maxLength={120}
            autoFocus
            autoComplete="name"
            placeholder={words['workspace.nameExample']}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(false);
            }}
          />
          <div className="popover__actions">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {words['common.cancel']}
            </button>
            <button type="submit" className="button button--primary" disabled={saving || !draft.trim()}>
              {words['workspace.saveName']}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
