// The handle between the tree and the detail pane: drag it, or focus it and use ←/→, to share the width.
import { text } from '../language/language';
import { useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './splitter.css';

interface Props {
  /** The chosen width, or null while the pane follows the window. */
  readonly width: number | null;
  /** The pane's width on screen, read when a drag or key press starts. */
  readonly measure: () => number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (width: number) => void;
}

export function Splitter({ width, measure, min, max, onChange }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const handle = useRef<HTMLDivElement>(null);
  // A focusable separator must say where it stands (aria-valuenow): the width on screen, also while it follows the window.
  useLayoutEffect(() => {
    const show = () => handle.current?.setAttribute('aria-valuenow', String(Math.round(measure())));
    show();
    window.addEventListener('resize', show);
    return () => window.removeEventListener('resize', show);
  }, [width, measure]);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    start.current = { x: event.clientX, width: measure() };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) onChange(clamp(start.current.width + event.clientX - start.current.x));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 20;
    if (event.key === 'ArrowLeft') onChange(clamp(measure() - step));
    else if (event.key === 'ArrowRight') onChange(clamp(measure() + step));
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={text()['common.resizeTree']}
      aria-valuemin={min}
      aria-valuemax={max}
      ref={handle}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
