// The controlled vocabularies of an action: implementation status and funding status, the words shown for each,
// and the rules that read the free wording found in real plans.

export const IMPLEMENTATION_STATUSES = ['not_started', 'ongoing', 'completed', 'on_hold', 'dropped'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ImplementationStatus, string>> = {
  not_started: 'Not started',
  ongoing: 'Ongoing',
  completed: 'Completed',
  on_hold: 'On hold',
  dropped: 'Dropped',
};

export const FUND_STATUSES = ['committed', 'partially_committed', 'not_committed', 'no_budget_required'] as const;
export type FundStatus = (typeof FUND_STATUSES)[number];

export const FUND_LABELS: Readonly<Record<FundStatus, string>> = {
  committed: 'Committed',
  partially_committed: 'Partially committed',
  not_committed: 'Not committed',
  no_budget_required: 'No budget required',
};

export type StatusCounts = Readonly<Record<ImplementationStatus, number>> & { readonly unknown: number };

export function emptyStatusCounts(): Record<ImplementationStatus | 'unknown', number> {
  return { not_started: 0, ongoing: 0, completed: 0, on_hold: 0, dropped: 0, unknown: 0 };
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z&]+/g, ' ').trim();
}

/**
 * Reads a status as people write it ("Not Started", "O&M ongoing", "Ongoing (The implementation will be ...)").
 * Returns null when the wording names no status (a sentence such as "eGov Governance Structure is in place already.").
 */
export function readImplementationStatus(text: string): ImplementationStatus | null {
  const s = squash(text);
  if (s === '') return null;
  if (/^(not started|not yet started|yet to start|not initiated|pending start)\b/.test(s)) return 'not_started';
  if (/^(completed?|done|achieved|closed|finished|implemented)\b/.test(s)) return 'completed';
  if (/^(on hold|onhold|hold|suspended|paused|deferred)\b/.test(s)) return 'on_hold';
  if (/^(dropped|cancell?ed|discontinued|withdrawn)\b/.test(s)) return 'dropped';
  if (/^(ongoing|on going|in progress|started|underway|under way|o&m ongoing|o m ongoing)\b/.test(s)) return 'ongoing';
  if (/\bongoing\b|\bon going\b|\bin progress\b/.test(s) && s.split(' ').length <= 4) return 'ongoing';
  const exact = IMPLEMENTATION_STATUSES.find((status) => status.replace('_', ' ') === s);
  return exact ?? null;
}

/** Reads a fund cell ("O&M funds committed. FMS funds not committed", "Partial (...)", "No budget required"). */
export function readFundStatus(text: string): FundStatus | null {
  const s = squash(text);
  if (s === '' || s === 'na' || s === 'n a') return null;
  if (/\bno budget\b|\bnot required\b|\bbudget not required\b/.test(s)) return 'no_budget_required';
  const committed = /(^|\s)committed\b/.test(s.replace(/\b(not|un)\s*committed\b/g, ''));
  const notCommitted = /\b(not|un)\s*committed\b|\buncommitted\b/.test(s);
  if (/^partial/.test(s) || /\bpartially\b/.test(s) || (committed && notCommitted)) return 'partially_committed';
  if (notCommitted) return 'not_committed';
  if (committed) return 'committed';
  return null;
}
