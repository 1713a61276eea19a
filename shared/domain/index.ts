// The plan as both processes see it: domain types in the user's words (camelCase, booleans, parsed values),
// one file per area; import them from here.
export type * from './base';
export type * from './workspace';
export type * from './plan';
export type * from './indicators';
export type * from './agencies';
export type * from './history';
export type * from './snapshots';
export type * from './reports';
export type * from './exchange';
export type * from './review';
export type * from './packages';
export type * from './exports';
export type * from './import';
export type * from './ratings';
export type * from './committee';
