// A plan's chapters and their policy statements in order, without their actions: the headings the actions grid
// shows (empty chapters and statements too) and the places its rows name by id.
import type { Id } from './domain';

export interface PlanOutline {
  readonly chapters: readonly {
    readonly id: Id;
    readonly code: string;
    readonly title: string;
    readonly statements: readonly { readonly id: Id; readonly code: string; readonly text: string }[];
  }[];
}
