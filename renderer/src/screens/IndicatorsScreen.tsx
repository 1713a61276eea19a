// The Indicators view of an open plan (see indicators/IndicatorsView.tsx).
import type { ViewProps } from '../navigation/views';
import { IndicatorsView } from '../indicators/IndicatorsView';

export function IndicatorsScreen(props: ViewProps) {
  return <IndicatorsView {...props} />;
}
