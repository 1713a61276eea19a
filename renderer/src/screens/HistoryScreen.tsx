// Placeholder until the History view is built (see the issue for what it must do).
import type { ViewProps } from '../navigation/views';

export function HistoryScreen(_props: ViewProps) {
  return <div className="screen-message muted">The History view is being built.</div>;
}
