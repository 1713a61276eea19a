// The Agencies view of an open plan (see agencies/AgenciesView.tsx).
import type { ViewProps } from '../navigation/views';
import { AgenciesView } from '../agencies/AgenciesView';

export function AgenciesScreen(props: ViewProps) {
  return <AgenciesView {...props} />;
}
