// Placeholder until the Timeline view is built (see the issue for what it must do).
import type { ViewProps } from '../navigation/views';

export function TimelineScreen(_props: ViewProps) {
  return <div className="screen-message muted">The Timeline view is being built.</div>;
}
