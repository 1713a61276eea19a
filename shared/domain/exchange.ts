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

/** Where an agency's workbook for a period stands: overdue is sent, with its due date passed and nothing back. */
export type ReturnStanding = 'sent' | 'overdue' | 'returned' | 'merged';

/** One agency's newest workbook for a reporting period, as the return tracking table shows it. */
export interface ReturnRow {
  readonly agency: string;
  readonly agencyId: Id;
  readonly packageId: Id;
  readonly fileName: string;
  readonly actions: number;
  /** YYYY-MM-DD. */
  readonly sentOn: string;
  readonly dueDate: string | null;
  readonly standing: ReturnStanding;
  /** Overdue: whole days since the due date (0 otherwise). */
  readonly daysLate: number;
  readonly returnedOn: string | null;
  readonly mergedOn: string | null;
  /** The latest reminder sent to the agency for this workbook: when (ISO time) and by whom; null: never chased. */
  readonly chasedAt: string | null;
  readonly chasedBy: string | null;
  readonly chases: number;
}

/** The return tracking table of a period, as of a day (YYYY-MM-DD). */
export interface ReturnTracking {
  readonly today: string;
  readonly rows: readonly ReturnRow[];
}

/** A reminder to an agency that has not returned its workbook: ready to paste into an e-mail or save as .eml. */
export interface ChaseReminder {
  readonly packageId: Id;
  readonly agency: { readonly id: Id; readonly label: string; readonly name: string };
  readonly period: { readonly id: Id; readonly label: string };
  readonly dueDate: string | null;
  readonly daysLate: number;
  /** The actions the workbook carries, none of them answered yet. */
  readonly missing: readonly { readonly code: string; readonly title: string }[];
  /** Who signs the reminder: the user PlanDesk records changes as. */
  readonly sender: string;
  readonly subject: string;
  /** The e-mail's body, plain text. */
  readonly text: string;
  /** The workbook as it was sent, to attach again; available false for workbooks sent before PlanDesk kept a copy. */
  readonly workbook: { readonly fileName: string; readonly available: boolean };
  readonly emlFileName: string;
  /** The contact the workbook was sent with ("Return to / questions"): the reminder's sender address when it holds one. */
  readonly contact: string;
}

/** How a reminder was taken out of PlanDesk, as the history records the chase. */
export type ChaseWay = 'copied' | 'eml' | 'workbook';
