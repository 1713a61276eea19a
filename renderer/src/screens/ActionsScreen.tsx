// Placeholder until the Actions view is built (see the issue for what it must do).
import type { ViewProps } from '../navigation/views';

export function ActionsScreen(_props: ViewProps) {
  return <div className="screen-message muted">The Actions view is being built.</div>;
}
