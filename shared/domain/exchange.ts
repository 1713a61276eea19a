// Exchange with ministries: update workbooks sent to lead agencies, and files dropped on the window.
import type { Id } from './base';

export type ExchangePackageStatus = 'sent' | 'returned' | 'merged';

/** One update workbook sent to one lead agency for one reporting period, and where it stands. */
export interface ExchangePackage {
  readonly id: Id;
  readonly planId: Id;
  /** The send that issued it; every package of one send is in the same .zip. */
  readonly sendId: Id;
  readonly agency: { readonly id: Id; readonly label: string };
  readonly period: { readonly id: Id; readonly label: string };
  readonly issuedAt: string;
  readonly issuedBy: string;
  /** YYYY-MM-DD, when the PMU asked for it back. */
  readonly dueDate: string | null;
  readonly contact: string;
  readonly fileName: string;
  readonly actions: number;
  readonly status: ExchangePackageStatus;
  readonly returnedAt: string | null;
  readonly returnedFile: string | null;
  readonly mergedAt: string | null;
  readonly mergedBy: string | null;
  /** Changes accepted and rejected at the merge (null until merged). */
  readonly accepted: number | null;
  readonly rejected: number | null;
}

export interface SendOutcome {
  readonly folder: string;
  /** The .zip of every workbook, with index.xlsx. */
  readonly zipPath: string;
  readonly files: readonly string[];
  readonly packages: readonly ExchangePackage[];
  /** Sent to every lead agency: the plan's actions that no workbook carries, so that none vanishes unseen. */
  readonly notSent: readonly NotSentAction[];
}

/** An action that Send for update put in no workbook, and why. */
export interface NotSentAction {
  readonly actionId: Id;
  readonly code: string;
  readonly title: string;
  /** The lead as the plan writes it ("Respective Agencies"); '' when there is none. */
  readonly lead: string;
  /** 'group': only groups of agencies lead it, and a group is not someone to send a workbook to; 'no lead': nobody leads it. */
  readonly reason: 'group' | 'no lead';
}

/** What a send for update will carry, counted before sending (the Send panel's figures). */
export interface SendCounts {
  readonly workbooks: number;
  /** Actions summed over the workbooks: an action two agencies lead counts twice. */
  readonly rows: number;
  /** Distinct actions that go out. */
  readonly actionsOut: number;
  /** Of those, the actions that go to more than one agency (joint leads). */
  readonly jointlyLed: number;
  /** Live actions of the plan: actionsOut + notSent + otherAgencies. */
  readonly planActions: number;
  /** The actions no agency leads (a group, or nobody): no workbook carries them. */
  readonly notSent: readonly NotSentAction[];
  /** Actions led only by agencies not chosen this time. */
  readonly otherAgencies: number;
}

/** A lead agency of a plan, for choosing whom to send workbooks to. */
export interface LeadAgency {
  readonly id: Id;
  readonly acronym: string | null;
  readonly name: string;
  readonly kind: 'agency' | 'group';
  readonly actions: number;
  /** A group: how many of its actions no agency leads with it, so that no workbook carries them (0 for an agency). */
  readonly notSent: number;
}

/**
 * What a file dropped on the window is, by its content: a returned update workbook (received for review), a
 * whole-plan package, a spreadsheet or plan file for the importer, or refused (a hostile or damaged archive).
 */
export interface DroppedFileKind {
  readonly fileName: string;
  readonly kind: 'update-workbook' | 'package' | 'spreadsheet' | 'refused';
  /** Why it was refused, naming the file; null otherwise. */
  readonly refused: string | null;
}
