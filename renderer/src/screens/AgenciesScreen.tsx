// Placeholder until the Agencies view is built (see the issue for what it must do).
import type { ViewProps } from '../navigation/views';

export function AgenciesScreen(_props: ViewProps) {
  return <div className="screen-message muted">The Agencies view is being built.</div>;
}
