// The fields of the change history that are not columns, which undo puts back through a function of their own: an
// action's agency links, an agency's aliases and a merge of two agencies (agencies/agency-commands.ts), and what a
// package merge brought from the other laptop (brought.ts).
// Assembled once, here, in the lowest folder that sees both: undo and redo (history/handlers.ts, given this list by
// app/handlers.ts) and the undo check of both merges (review/undo-check.ts) read this one list.
import type { SpecialRevert } from '../history/revert';
import { AGENCY_REVERTS } from '../agencies/agency-commands';
import { BROUGHT_REVERTS } from './brought';

export const SPECIAL_REVERTS: Readonly<Record<string, SpecialRevert>> = { ...AGENCY_REVERTS, ...BROUGHT_REVERTS };
