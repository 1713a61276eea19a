// The plan's tree (chapters → statements → actions), one WAI-ARIA tree with a roving focus:
// ↑/↓ move and select, → opens or goes to the first child, ← closes or goes to the parent,
// Home/End jump, Enter or Space open/close a chapter or statement.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PlanTree } from '../../../shared/domain';
import { actionsOfChapter, hasChildren, overdueCount, visibleRows, type TreeKey, type TreeRow } from './plan-tree-model';
import { text } from '../language/language';
import { statusKeyOf } from '../ui/status-view';
import { OverdueTag, StatusBadge, StatusCountChips } from '../ui/Status';
import './outline-tree.css';

interface Props {
  readonly tree: PlanTree;
  readonly selectedKey: TreeKey | null;
  readonly expanded: ReadonlySet<TreeKey>;
  readonly onSelect: (key: TreeKey) => void;
  readonly onExpandedChange: (next: Set<TreeKey>) => void;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg className={open ? 'tree-chevron tree-chevron--open' : 'tree-chevron'} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M4.2 2.5 7.8 6l-3.6 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function RowContent({ row }: { row: TreeRow }) {
  switch (row.kind) {
    case 'chapter':
      return (
        <span className="tree-row__body">
          <span className="tree-row__line">
            {row.node.code && <span className="tree-row__code">{row.node.code}</span>}
            <span className="tree-row__title" title={row.node.title}>{row.node.title}</span>
          </span>
          <StatusCountChips counts={row.node.actionsByStatus} overdue={overdueCount(actionsOfChapter(row.node))} />
        </span>
      );
    case 'statement':
      return (
        <span className="tree-row__body">
          <span className="tree-row__line">
            {row.node.code && <span className="tree-row__code">{row.node.code}</span>}
            <span className="tree-row__title" title={row.node.text}>{row.node.text}</span>
          </span>
          <StatusCountChips counts={row.node.actionsByStatus} overdue={overdueCount(row.node.actions)} />
        </span>
      );
    case 'action':
      return (
        <span className="tree-row__body tree-row__body--action">
          {row.node.code && <span className="tree-row__code">{row.node.code}</span>}
          <span className="tree-row__title" title={row.node.title}>{row.node.title}</span>
          <span className="tree-row__tags">
            {row.node.overdue && <OverdueTag iconOnly />}
            <StatusBadge status={statusKeyOf(row.node.status)} title={row.node.statusText || undefined} />
          </span>
        </span>
      );
  }
}

export function OutlineTree({ tree, selectedKey, expanded, onSelect, onExpandedChange }: Props) {
  const rows = useMemo(() => visibleRows(tree, expanded), [tree, expanded]);
  const [focusedKey, setFocusedKey] = useState<TreeKey | null>(null);
  const items = useRef(new Map<TreeKey, HTMLDivElement>());
  // Only keyboard moves inside the tree take the focus; a selection made elsewhere just scrolls into view.
  const moveFocus = useRef(false);

  // The row that takes Tab: the focused one, else the selected one, else the first.
  const tabKey =
    (focusedKey && rows.some((r) => r.key === focusedKey) ? focusedKey : null) ??
    (selectedKey && rows.some((r) => r.key === selectedKey) ? selectedKey : null) ??
    rows[0]?.key ??
    null;

  useEffect(() => {
    if (!selectedKey) return;
    const element = items.current.get(selectedKey);
    if (!element) return;
    if (moveFocus.current) {
      moveFocus.current = false;
      element.focus({ preventScroll: true });
    }
    element.scrollIntoView({ block: 'nearest' });
  }, [selectedKey, rows]);

  const toggle = (key: TreeKey, open?: boolean) => {
    const next = new Set(expanded);
    const willOpen = open ?? !next.has(key);
    if (willOpen) next.add(key);
    else next.delete(key);
    onExpandedChange(next);
  };

  const go = (key: TreeKey) => {
    moveFocus.current = true;
    setFocusedKey(key);
    onSelect(key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = rows.findIndex((r) => r.key === tabKey);
    const row = rows[index];
    if (!row) return;
    const branch = hasChildren(row);
    const open = branch && expanded.has(row.key);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (rows[index + 1]) go(rows[index + 1]!.key);
        break;
      case 'ArrowUp':
        if (rows[index - 1]) go(rows[index - 1]!.key);
        break;
      case 'Home':
        go(rows[0]!.key);
        break;
      case 'End':
        go(rows[rows.length - 1]!.key);
        break;
      case 'ArrowRight':
        if (branch && !open) toggle(row.key, true);
        else if (open && rows[index + 1]) go(rows[index + 1]!.key);
        break;
      case 'ArrowLeft':
        if (open) toggle(row.key, false);
        else if (row.parent) go(row.parent);
        break;
      case 'Enter':
      case ' ':
        if (branch) toggle(row.key);
        go(row.key);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  if (rows.length === 0) {
    return (
      <div className="tree-empty">
        <p className="tree-empty__title">{text()['overview.noChapters']}</p>
        <p>{text()['overview.noChaptersHint']}</p>
      </div>
    );
  }

  return (
    <div role="tree" aria-label={text()['overview.chaptersOf'](tree.plan.title)} className="tree" onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const branch = hasChildren(row);
        const open = branch && expanded.has(row.key);
        const selected = row.key === selectedKey;
        return (
          <div
            key={row.key}
            ref={(element) => {
              if (element) items.current.set(row.key, element);
              else items.current.delete(row.key);
            }}
            role="treeitem"
            aria-level={row.level}
            aria-posinset={row.position}
            aria-setsize={row.siblings}
            aria-expanded={branch ? open : undefined}
            aria-selected={selected}
            tabIndex={row.key === tabKey ? 0 : -1}
            className={`tree-row tree-row--${row.kind}${selected ? ' tree-row--selected' : ''}${row.kind === 'action' && row.node.overdue ? ' tree-row--overdue' : ''}`}
            data-key={row.key}
            onFocus={() => setFocusedKey(row.key)}
            onClick={() => {
              setFocusedKey(row.key);
              onSelect(row.key);
            }}
          >
            <span className="tree-row__indent" style={{ width: (row.level - 1) * 18 }} />
            {branch ? (
              <span
                className="tree-row__toggle"
                onClick={(event) => {
                  event.stopPropagation();
                  toggle(row.key);
                }}
              >
                <Chevron open={open} />
              </span>
            ) : (
              <span className="tree-row__toggle tree-row__toggle--leaf" />
            )}
            <RowContent row={row} />
          </div>
        );
      })}
    </div>
  );
}
