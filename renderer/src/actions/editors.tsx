// The grid's cell editors, one per kind of field: a line of text (with a check, for months), a choice from a
// list (status, fund), agencies from the registry with free text, and long text (remarks). Each opens over its
// cell and shows why a value is refused before it is sent; the main process checks again and has the last word.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useGridCellEditor, type CustomCellEditorProps } from 'ag-grid-react';
import type { AgencyListRow } from '../../../shared/domain';
import { text as words } from '../language/language';
import type { GridRow } from './grid-rows';
import { agencySuggestions, lastAgencyToken, replaceLastAgencyToken } from './agency-match';
import './editors.css';

/** What the grid passes to every editor through its context. */
export interface EditorContext {
  readonly agencies: readonly AgencyListRow[];
  /** A refused value to edit again, with the reason, when the editor reopens on that cell. */
  readonly retry: { readonly rowId: string; readonly colId: string; readonly text: string; readonly reason: string } | null;
}

type EditorProps = CustomCellEditorProps<GridRow, string, EditorContext>;

/** A check run while typing; returns the reason the text would be refused, or null. */
export type TextCheck = (text: string, row: GridRow) => string | null;

function isPrintable(key: string | null): key is string {
  return key !== null && key.length === 1;
}

/**
 * Keys typed while an editor is opening: React mounts the editor a moment after the key that started editing,
 * and a fast typist's next keys would reach the cell (already marked as editing) and be lost. They are kept
 * here; the editor takes them once its field has the focus.
 */
let typedAhead = '';
/** The open editor's field, once it has taken the focus: keys that reach the cell after that are handed to it. */
let openField: HTMLInputElement | HTMLTextAreaElement | null = null;

/** Forgets keys nobody took (the editor closed before it opened). */
export function clearTypeAhead(): void {
  typedAhead = '';
  openField = null;
}

function takeTypeAhead(): string {
  const text = typedAhead;
  typedAhead = '';
  return text;
}

document.addEventListener(
  'keydown',
  (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.matches('.ag-cell-popup-editing, .ag-cell-inline-editing')) return;
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation();
    if (openField?.isConnected) {
      // The grid put the focus back on the cell while its editor is open: the key belongs in the editor.
      openField.focus();
      openField.setRangeText(event.key, openField.selectionStart ?? openField.value.length, openField.selectionEnd ?? openField.value.length, 'end');
      openField.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
    typedAhead += event.key;
  },
  true,
);

/**
 * A ref callback for the editor's field: the moment the field exists it takes the focus and what was typed while
 * it opened, in the same turn, so that no key falls between the cell and the field.
 */
function useFieldAttach<T extends HTMLInputElement | HTMLTextAreaElement>(start: { text: string; typed: boolean }, update: (text: string) => void) {
  const attached = useRef(false);
  const latest = useRef(update);
  useEffect(() => {
    latest.current = update;
  });
  return useCallback(
    (field: T | null) => {
      if (!field || attached.current) return;
      attached.current = true;
      const extra = takeTypeAhead();
      const text = extra === '' ? start.text : start.typed ? start.text + extra : extra;
      if (text !== start.text) {
        field.value = text;
        latest.current(text);
      }
      field.focus();
      openField = field;
      if (start.typed || extra !== '' || field instanceof HTMLTextAreaElement) field.setSelectionRange(text.length, text.length);
      else field.select();
    },
    [start],
  );
}

/** Where editing starts: the refused text being retried, the key typed over the cell, or the cell's value. */
function startingText(props: EditorProps): { text: string; reason: string | null; typed: boolean } {
  const retry = props.context.retry;
  if (retry && retry.rowId === props.node.id && retry.colId === props.column.getColId()) return { text: retry.text, reason: retry.reason, typed: false };
  if (isPrintable(props.eventKey)) return { text: props.eventKey, reason: null, typed: true };
  if (props.eventKey === 'Backspace' || props.eventKey === 'Delete') return { text: '', reason: null, typed: true };
  return { text: props.value ?? '', reason: null, typed: false };
}

/** Stops Enter and Tab from reaching the grid (which would close the editor) while `refuse()` says no. */
function useCommitGuard(element: React.RefObject<HTMLElement | null>, refuse: (event: KeyboardEvent) => boolean) {
  const latest = useRef(refuse);
  useEffect(() => {
    latest.current = refuse;
  });
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (latest.current(event)) {
        event.stopPropagation();
        event.preventDefault();
      }
    };
    // At the target, before the grid's own listeners on the cell and the popup.
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [element]);
}

function EditorMessage({ id, reason, hint }: { id: string; reason: string | null; hint?: string }) {
  if (reason) {
    return (
      <p id={id} className="cell-editor__problem" role="alert">
        {reason}
      </p>
    );
  }
  return hint ? (
    <p id={id} className="cell-editor__hint">
      {hint}
    </p>
  ) : null;
}

/** A line of text: code, title, start, end, indicator values. */
export function TextCellEditor(props: EditorProps & { check?: TextCheck; hint?: string; label: string }) {
  const start = useMemo(() => startingText(props), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [text, setText] = useState(start.text);
  const [reason, setReason] = useState<string | null>(start.reason);
  const input = useRef<HTMLInputElement>(null);
  const messageId = `cell-editor-message-${props.column.getColId()}`;
  const { check, data, onValueChange } = props;

  const attach = useFieldAttach<HTMLInputElement>(start, (next) => {
    setText(next);
    onValueChange(next);
  });
  useEffect(() => {
    onValueChange(input.current?.value ?? start.text);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useCommitGuard(input, (event) => {
    if (event.key !== 'Enter' && event.key !== 'Tab') return false;
    const problem = check?.(text, data) ?? null;
    setReason(problem);
    return problem !== null;
  });
  useGridCellEditor({ isCancelAfterEnd: () => (check?.(text, data) ?? null) !== null });

  return (
    <div className="cell-editor">
      <input
        ref={(field) => {
          input.current = field;
          attach(field);
        }}
        className="cell-editor__input"
        aria-label={props.label}
        aria-invalid={reason !== null}
        aria-describedby={messageId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onValueChange(event.target.value);
          if (reason) setReason(check?.(event.target.value, data) ?? null);
        }}
      />
      <EditorMessage id={messageId} reason={reason} hint={props.hint} />
    </div>
  );
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** One value from a short list: arrows or the first letters move, Enter or a click chooses, Escape leaves. */
export function ChoiceCellEditor(props: EditorProps & { options: readonly ChoiceOption[]; label: string }) {
  const { options, onValueChange, stopEditing } = props;
  const initial = Math.max(
    0,
    options.findIndex((o) => o.value === (props.value ?? '')),
  );
  const [active, setActive] = useState(initial);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: '', at: 0 });

  useEffect(() => {
    list.current?.focus();
    const typed = (isPrintable(props.eventKey) ? props.eventKey : '') + takeTypeAhead();
    for (const key of typed) jumpTo(key);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // The grid reads the value when editing stops: stop only once the chosen value has reached it.
  useEffect(() => {
    if (chosen !== null) stopEditing();
  }, [chosen, stopEditing]);

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    onValueChange(option.value);
    setChosen(option.value);
  };
  function jumpTo(key: string) {
    const now = Date.now();
    typed.current = { text: now - typed.current.at < 700 ? typed.current.text + key.toLowerCase() : key.toLowerCase(), at: now };
    const found = options.findIndex((o) => o.label.toLowerCase().startsWith(typed.current.text));
    if (found >= 0) setActive(found);
  }

  useCommitGuard(list, (event) => {
    switch (event.key) {
      case 'ArrowDown':
        setActive((i) => Math.min(options.length - 1, i + 1));
        return true;
      case 'ArrowUp':
        setActive((i) => Math.max(0, i - 1));
        return true;
      case 'Home':
        setActive(0);
        return true;
      case 'End':
        setActive(options.length - 1);
        return true;
      case 'Enter':
      case ' ':
        choose(active);
        return true;
      default:
        if (isPrintable(event.key) && !event.ctrlKey && !event.metaKey) {
          jumpTo(event.key);
          return true;
        }
        return false;
    }
  });

  const listId = `choice-${props.column.getColId()}`;
  return (
    <div className="cell-editor cell-editor--choice">
      <ul
        ref={list}
        id={listId}
        className="choice-list"
        role="listbox"
        tabIndex={0}
        aria-label={props.label}
        aria-activedescendant={`${listId}-${active}`}
      >
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'choice-list__option choice-list__option--active' : 'choice-list__option'}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(index)}
          >
            <span className="choice-list__check" aria-hidden="true">
              {option.value === (props.initialValue ?? '') ? '✓' : ''}
            </span>
            {option.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Agencies: free text, with the registry's agencies offered for the name being typed (after the last comma). */
export function AgencyCellEditor(props: EditorProps & { label: string }) {
  const start = useMemo(() => startingText(props), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [text, setText] = useState(start.text);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const { onValueChange } = props;
  const suggestions = useMemo(() => agencySuggestions(props.context.agencies, lastAgencyToken(text), 8), [props.context.agencies, text]);
  const listId = `agency-list-${props.column.getColId()}`;

  const attach = useFieldAttach<HTMLInputElement>(start, (next) => {
    setText(next);
    onValueChange(next);
  });
  useEffect(() => {
    onValueChange(input.current?.value ?? start.text);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (next: string) => {
    setText(next);
    setActive(-1);
    onValueChange(next);
  };
  const pick = (index: number) => {
    const agency = suggestions[index];
    if (!agency) return;
    change(replaceLastAgencyToken(text, agency.acronym ?? agency.name));
    input.current?.focus();
  };

  useCommitGuard(input, (event) => {
    if (suggestions.length === 0) return false;
    if (event.key === 'ArrowDown') {
      setActive((i) => Math.min(suggestions.length - 1, i + 1));
      return true;
    }
    if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(-1, i - 1));
      return true;
    }
    // Enter on a highlighted suggestion takes it; Enter otherwise saves what is typed.
    if (event.key === 'Enter' && active >= 0) {
      pick(active);
      return true;
    }
    return false;
  });

  return (
    <div className="cell-editor cell-editor--agency">
      <input
        ref={(field) => {
          input.current = field;
          attach(field);
        }}
        className="cell-editor__input"
        role="combobox"
        aria-label={props.label}
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => change(event.target.value)}
      />
      {suggestions.length > 0 && (
        <ul id={listId} className="choice-list choice-list--suggestions" role="listbox" aria-label={words()['actions.registryAgencies']}>
          {suggestions.map((agency, index) => (
            <li
              key={agency.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'choice-list__option choice-list__option--active' : 'choice-list__option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(index)}
            >
              <span className="choice-list__acronym">{agency.acronym ?? agency.name}</span>
              {agency.acronym && <span className="choice-list__name">{agency.name}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="cell-editor__hint">{words()['actions.agencyHint']}</p>
    </div>
  );
}

/** Long text (remarks): Enter starts a new line; Ctrl+Enter or Tab saves; Escape leaves without saving. */
export function LongTextCellEditor(props: EditorProps & { label: string }) {
  const start = useMemo(() => startingText(props), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [text, setText] = useState(start.text);
  const area = useRef<HTMLTextAreaElement>(null);
  const { onValueChange, stopEditing } = props;

  const attach = useFieldAttach<HTMLTextAreaElement>(start, (next) => {
    setText(next);
    onValueChange(next);
  });
  useEffect(() => {
    onValueChange(area.current?.value ?? start.text);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useCommitGuard(area, (event) => {
    if (event.key !== 'Enter') return false;
    if (event.ctrlKey || event.metaKey) {
      stopEditing();
      return true;
    }
    // A plain Enter is a new line, as in any text box: keep it from the grid, let the textarea have it.
    event.stopPropagation();
    return false;
  });

  return (
    <div className="cell-editor cell-editor--long">
      <textarea
        ref={(field) => {
          area.current = field;
          attach(field);
        }}
        className="cell-editor__textarea"
        aria-label={props.label}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onValueChange(event.target.value);
        }}
      />
      <p className="cell-editor__hint">{words()['actions.longTextHint']}</p>
    </div>
  );
}
