// Placeholder until the Exchange view is built (send update workbooks, receive and review returns, packages).
import type { ViewProps } from '../navigation/views';

export function ExchangeScreen(_props: ViewProps) {
  return <div className="screen-message muted">The Exchange view is being built.</div>;
}
