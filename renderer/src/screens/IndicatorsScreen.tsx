// Placeholder until the Indicators view is built (see the issue for what it must do).
import type { ViewProps } from '../navigation/views';

export function IndicatorsScreen(_props: ViewProps) {
  return <div className="screen-message muted">The Indicators view is being built.</div>;
}
