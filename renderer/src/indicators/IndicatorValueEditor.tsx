// The cell editor for baselines, targets and actuals: reads the text as the indicator's kind while the user
// types, and refuses (keeps the editor open, says why) a value the kind cannot hold: "abc" for a percent.
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useGridCellEditor, type CustomCellEditorProps } from 'ag-grid-react';
import type { IndicatorGridRow } from '../../../shared/domain';
import { readIndicatorValue } from '../../../shared/indicators';
import { text as words } from '../language/language';
import './indicator-value-editor.css';

/** What typing a key into a focused cell starts the editor with: that character, or nothing after Delete. */
function startingText(props: CustomCellEditorProps<IndicatorGridRow, string>): string {
  const key = props.eventKey;
  if (key === 'Backspace' || key === 'Delete') return '';
  if (key && key.length === 1) return key;
  return props.value ?? '';
}

export function problemWith(text: string, row: IndicatorGridRow | undefined): string | null {
  if (!row) return null;
  const read = readIndicatorValue(text, row.kind);
  if (!('error' in read)) return null;
  // "…" is not a percentage (write it as 45% or 45): capitalised as a sentence.
  return read.error.charAt(0).toUpperCase() + read.error.slice(1);
}

export function IndicatorValueEditor(props: CustomCellEditorProps<IndicatorGridRow, string>) {
  const [text, setText] = useState(() => startingText(props));
  const input = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const problem = problemWith(text, props.data);
  const { onValueChange } = props;

  useEffect(() => {
    onValueChange(text);
  }, [text, onValueChange]);

  useEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    // Opened by typing: the caret goes after the typed character; opened with Enter/F2: the text is selected.
    if (props.eventKey && props.eventKey.length === 1) element.setSelectionRange(element.value.length, element.value.length);
    else element.select();
    // Only once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useGridCellEditor({
    getValidationErrors: () => {
      const current = problemWith(input.current?.value ?? text, props.data);
      return current ? [current] : null;
    },
  });

  // The message sits under the cell, outside the grid's clipping, where the eye already is.
  const [place] = useState(() => {
    const box = props.eGridCell.getBoundingClientRect();
    return { left: box.left, top: box.bottom + 2 };
  });

  const column = props.colDef.headerName ?? words()['indicators.value'];
  return (
    <>
      <input
        ref={input}
        className={problem ? 'value-editor value-editor--invalid' : 'value-editor'}
        value={text}
        autoFocus
        aria-label={words()['indicators.valueOf'](column, props.data?.name ?? words()['indicators.theIndicator'])}
        aria-invalid={problem ? true : undefined}
        aria-describedby={messageId}
        onChange={(event) => setText(event.target.value)}
      />
      {createPortal(
          <div
            id={messageId}
            className={problem ? 'value-editor-message value-editor-message--invalid' : 'value-editor-message'}
            role={problem ? 'alert' : undefined}
            style={{ left: place.left, top: place.top }}
          >
            {problem ?? hintFor(props.data)}
          </div>,
          document.body,
        )}
    </>
  );
}

function hintFor(row: IndicatorGridRow | undefined): string {
  return words()[`indicators.hint.${row?.kind ?? 'text'}`];
}
