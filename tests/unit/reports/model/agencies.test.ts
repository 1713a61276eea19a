// A history entry in a steering committee's words, as an agency scorecard lists it (reports/model/agencies.ts).
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../../electron/core/reports/model/agencies';

describe('describeChange', () => {
  it.each([
    ['status', 'ongoing', 'completed', 'Status: Ongoing → Completed'],
    ['status', null, 'not_started', 'Status: none → Not started'],
    ['end_month', '2026-12', '2027-06', 'End: Dec 2026 → Jun 2027'],
    ['start_month', null, '2027-01', 'Start: — → Jan 2027'],
    ['revised_end_month', '2027-06', 'someday', 'Revised end: Jun 2027 → someday'],
    ['end_open', '0', '1', 'End: now open-ended (Continue)'],
    ['end_open', '1', '0', 'End: no longer open-ended'],
    ['fund_status', 'not_committed', 'committed', 'Fund: Not committed → Committed'],
    ['remarks', 'old', '  Towers\n built  ', 'Remarks: Towers built'],
    ['remarks', 'old', '', 'Remarks: (cleared)'],
    ['code', '5.1.1.1', '5.1.1.2', 'Code: 5.1.1.1 → 5.1.1.2'],
    ['deleted_at', null, '2027-01-01T00:00:00Z', 'Removed from the plan'],
    ['deleted_at', '2027-01-01T00:00:00Z', null, 'Restored to the plan'],
    ['support_needed', '', 'Funds', 'support needed: Funds'],
  ])('%s %s → %s', (field, oldValue, newValue, words) => {
    expect(describeChange(field, oldValue, newValue)).toBe(words);
  });

  it('cuts a long text at 160 characters', () => {
    const words = describeChange('title', null, 'x'.repeat(200));
    expect(words).toBe(`Title: ${'x'.repeat(157)}…`);
  });
});
