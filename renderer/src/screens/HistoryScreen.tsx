// The History view of an open plan (see history/HistoryView.tsx).
import type { ViewProps } from '../navigation/views';
import { HistoryView } from '../history/HistoryView';

export function HistoryScreen(props: ViewProps) {
  return <HistoryView {...props} />;
}
