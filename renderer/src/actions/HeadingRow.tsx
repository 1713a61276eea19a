// A chapter or statement heading in the actions grid: a full-width row that folds its actions away and carries
// the structure commands (add, rename, move, delete). The same commands have keys (see ActionsView) and
// live in the toolbar's Structure menu, so nothing here needs a mouse.
import type { ICellRendererParams } from 'ag-grid-community';
import { formatNumber, text as words } from '../language/language';
import type { GridRow } from './grid-rows';
import type { GridState } from './grid-state';

function Chevron({ open }: { open: boolean }) {
  return (
    <svg className={open ? 'heading__chevron heading__chevron--open' : 'heading__chevron'} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function ToolButton({ label, title, onClick, children }: { label: string; title?: string; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      className="heading__tool"
      aria-label={label}
      title={title ?? label}
      tabIndex={-1}
      onClick={(event) => {
        event.stopPropagation();
        onClick();
      }}
    >
      {children}
    </button>
  );
}

const UP = <path d="M3 7.5 6 4.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />;
const DOWN = <path d="M3 4.5 6 7.5l3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />;

export function HeadingRow({ data, context }: ICellRendererParams<GridRow, unknown, GridState>) {
  if (!data || data.kind === 'action') return null;
  const commands = context.headings;
  const open = !commands.isCollapsed(data.id);
  const isChapter = data.kind === 'chapter';
  const kind = data.kind;
  const entityId = isChapter ? data.chapterId : data.statementId;
  const text = isChapter ? data.title : data.text;
  // While a filter is on, the heading says how many of its actions are shown: "6 of 10 actions".
  const shown = context.shownUnder(kind, entityId);
  const total = formatNumber(data.actions);
  const count = shown === null || shown === data.actions ? words()['actions.count'](data.actions, total) : words()['actions.countOf'](formatNumber(shown), data.actions, total);
  return (
    // The grid's full-width row is a role="row": its one cell, spanning the row, holds the heading.
    <div className={`heading heading--${kind}`} role="gridcell" onClick={() => commands.toggle(data.id)}>
      <span className="heading__toggle" aria-hidden="true">
        <Chevron open={open} />
      </span>
      <span className="heading__label">
        <span className="visually-hidden">{isChapter ? words()['actions.chapter'] : words()['actions.policyStatement']} </span>
        {data.code && <span className="heading__code">{data.code}</span>}
        <span className="heading__text" title={text}>
          {text}
        </span>
      </span>
      <span className="heading__count">{data.actions === 0 && !isChapter ? words()['actions.noActionsYet'] : count}</span>
      {!open && <span className="visually-hidden">{words()['actions.folded']}</span>}
      <span className="heading__tools">
        {isChapter ? (
          <ToolButton label={words()['actions.addStatementHere']} title={words()['actions.addStatementTip']} onClick={() => commands.addStatement(entityId)}>
            <span aria-hidden="true">{words()['actions.addStatement']}</span>
          </ToolButton>
        ) : (
          <ToolButton label={words()['actions.addActionHere']} title={words()['actions.addActionHereTip']} onClick={() => commands.addAction(entityId)}>
            <span aria-hidden="true">{words()['actions.addAction']}</span>
          </ToolButton>
        )}
        <ToolButton
          label={isChapter ? words()['actions.renameChapter'] : words()['actions.editStatement']}
          title={isChapter ? words()['actions.renameTip'] : words()['actions.editTip']}
          onClick={() => commands.rename(kind, entityId)}>
          <span aria-hidden="true">{isChapter ? words()['actions.rename'] : words()['actions.edit']}</span>
        </ToolButton>
        <ToolButton label={words()['actions.moveUp']} title={words()['actions.moveUpTip']} onClick={() => commands.move(kind, entityId, -1)}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            {UP}
          </svg>
        </ToolButton>
        <ToolButton label={words()['actions.moveDown']} title={words()['actions.moveDownTip']} onClick={() => commands.move(kind, entityId, 1)}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            {DOWN}
          </svg>
        </ToolButton>
        <ToolButton label={isChapter ? words()['actions.deleteChapter'] : words()['actions.deleteStatement']} title={words()['actions.deleteTipShort']} onClick={() => commands.remove(kind, entityId)}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2.5 3.5h7M4.5 3.5V2.4h3v1.1M3.5 3.5l.5 6.1h4l.5-6.1" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </ToolButton>
      </span>
    </div>
  );
}
