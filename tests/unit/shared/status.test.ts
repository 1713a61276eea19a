import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../../shared/overdue';
import { readFundStatus, readImplementationStatus } from '../../../shared/vocab/status';

describe('implementation status as people write it', () => {
  it.each([
    ['Not started', 'not_started'],
    ['Not Started', 'not_started'],
    ['NOT STARTED', 'not_started'],
    ['Ongoing', 'ongoing'],
    ['On going', 'ongoing'],
    ['O&M ongoing', 'ongoing'],
    ['Ongoing (The implementation will be carried out in phases)', 'ongoing'],
    ['In progress', 'ongoing'],
    ['Completed', 'completed'],
    ['completed.', 'completed'],
    ['On hold', 'on_hold'],
    ['Dropped', 'dropped'],
    ['Cancelled', 'dropped'],
    ['eGov Governance Structure is in place already.', null],
    ['', null],
  ])('%j → %s', (text, status) => {
    expect(readImplementationStatus(text)).toBe(status);
  });
});

describe('fund status as people write it', () => {
  it.each([
    ['Committed', 'committed'],
    ['committed(will use from capacity building budget)', 'committed'],
    ['Not committed', 'not_committed'],
    ['Uncommitted', 'not_committed'],
    ['O&M funds committed. Fiber Monitoring System (FMS) funds not committed', 'partially_committed'],
    ['Partial (Some actionable items are covered)', 'partially_committed'],
    ['No budget required', 'no_budget_required'],
    ['NA', null],
    ['', null],
  ])('%j → %s', (text, status) => {
    expect(readFundStatus(text)).toBe(status);
  });
});

describe('overdue', () => {
  const base = { end: '2020-12', revisedEnd: null, endOpen: false, status: 'ongoing' } as const;
  it.each([
    ['ended last month, ongoing', base, '2021-01', true],
    ['ends this month', base, '2020-12', false],
    ['completed late', { ...base, status: 'completed' as const }, '2026-11', false],
    ['dropped', { ...base, status: 'dropped' as const }, '2026-11', false],
    ['open-ended', { ...base, end: null, endOpen: true }, '2026-11', false],
    ['no end', { ...base, end: null }, '2026-11', false],
    ['revised end still ahead', { ...base, revisedEnd: '2027-06' }, '2026-11', false],
    ['no status, ended', { ...base, status: null }, '2026-11', true],
  ])('%s', (_name, action, today, overdue) => {
    expect(isOverdue(action, today)).toBe(overdue);
  });
});
