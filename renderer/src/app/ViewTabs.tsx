// The tab bar under the header: one tab per view of the plan. Arrow keys move between tabs (ARIA tabs
// pattern); Ctrl+1 … Ctrl+8 jump to a view from anywhere.
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { text } from '../language/language';
import { VIEWS, viewName, type ViewId } from './views';
import './view-tabs.css';

interface Props {
  readonly view: ViewId;
  readonly onChange: (view: ViewId) => void;
}

export function tabId(view: ViewId): string {
  return `view-tab-${view}`;
}

export function panelId(view: ViewId): string {
  return `view-panel-${view}`;
}

export function ViewTabs({ view, onChange }: Props) {
  const list = useRef<HTMLDivElement>(null);

  // Registered with the DOM commit (a layout effect), not after the paint: a Ctrl+digit pressed as soon as the
  // tabs show must not be lost (an end-to-end test pressed Ctrl+3 in that gap on a loaded machine).
  useLayoutEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const index = Number(event.key) - 1;
      const target = VIEWS[index];
      if (!target) return;
      event.preventDefault();
      onChange(target.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChange]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((v) => v.id === view);
    let next: number;
    if (event.key === 'ArrowRight') next = (index + 1) % VIEWS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + VIEWS.length) % VIEWS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    else return;
    event.preventDefault();
    const target = VIEWS[next]!;
    onChange(target.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(target.id)}`)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={text()['view.tabsLabel']} ref={list} onKeyDown={move}>
      {VIEWS.map((v, index) => (
        <button
          key={v.id}
          id={tabId(v.id)}
          type="button"
          role="tab"
          className="view-tabs__tab"
          aria-selected={v.id === view}
          aria-controls={panelId(v.id)}
          tabIndex={v.id === view ? 0 : -1}
          title={text()['view.tabTitle'](viewName(v.id), index + 1)}
          onClick={() => onChange(v.id)}
        >
          {viewName(v.id)}
        </button>
      ))}
    </div>
  );
}
