// Each rating rule on crafted actions: open-ended "Continue" actions, year-only dates, no indicators.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SETTINGS } from '../../../electron/core/ratings/settings';
import { rateAction, type RatingEvidence } from '../../../electron/core/ratings/rules';
import { rollUp } from '../../../electron/core/ratings/rollup';
import { catalogueOf } from '../../../shared/language/catalogue';
import { numberText } from '../../../shared/language/format';
import { ratingReason } from '../../../shared/vocab/rating-reasons';
import { ratingTrend, ratingWords } from '../../../shared/vocab/ratings';

const NOW = '2026-12';
const ongoing: RatingEvidence = {
  status: 'ongoing',
  start: '2025-07',
  end: '2027-06',
  endOpen: false,
  revisedEnd: null,
  fundStatus: 'committed',
  indicators: [],
  supportNeeded: [],
};
const rate = (changes: Partial<RatingEvidence>) => rateAction({ ...ongoing, ...changes }, DEFAULT_RATING_SETTINGS, NOW);

describe('delivery rating rules', () => {
  it('rates an ongoing action on its path green, with no reasons', () => {
    expect(rate({})).toEqual({ rating: 'green', findings: [] });
  });

  it('rates an action past its end, or its revised end, and not completed red', () => {
    expect(rate({ end: '2026-06' }).findings).toEqual([
      { rule: 'past_end', colour: 'red', end: '2026-06', revisedEnd: false, monthsLate: 6, reason: 'Past its end (Jun 2026) by 6 months and not completed' },
    ]);
    const revised = rate({ end: '2026-03', revisedEnd: '2026-11' });
    expect(revised.rating).toBe('red');
    expect(revised.findings.map((f) => f.reason)).toContain('Past its revised end (Nov 2026) by 1 month and not completed');
    // Ending this month is not yet past it.
    expect(rate({ end: NOW }).rating).toBe('green');
  });

  it('never rates an open-ended "Continue" action past its end', () => {
    expect(rate({ start: '2018-01', end: null, endOpen: true })).toEqual({ rating: 'green', findings: [] });
  });

  it('takes a year-only end (stored as its December) as due in that month', () => {
    expect(rate({ start: '2026-01', end: '2026-12', status: 'not_started' }).findings).toEqual([
      { rule: 'due_not_started', colour: 'red', end: '2026-12', reason: 'Due by Dec 2026 and not started' },
    ]);
    expect(rate({ start: '2026-01', end: '2025-12', status: 'ongoing' }).findings[0]?.rule).toBe('past_end');
  });

  it('rates an action due within the next quarter and not started red, but not one due later', () => {
    expect(rate({ status: 'not_started', end: '2027-03' }).rating).toBe('red');
    expect(rate({ status: 'not_started', end: '2027-04', start: '2027-01' }).rating).toBe('green');
  });

  it('rates a slipped end amber from 1 month, red from 6, saying by how much', () => {
    expect(rate({ end: '2027-06', revisedEnd: '2027-09' }).findings).toEqual([
      { rule: 'end_slipped', colour: 'amber', plannedEnd: '2027-06', revisedEnd: '2027-09', months: 3, reason: 'End slipped 3 months: revised to Sep 2027 from the planned Jun 2027' },
    ]);
    expect(rate({ end: '2027-06', revisedEnd: '2027-12' }).rating).toBe('red');
    // A revised end earlier than planned is not a slip.
    expect(rate({ end: '2027-06', revisedEnd: '2027-03' }).rating).toBe('green');
  });

  it('sets the latest actual of numeric and percent indicators against a straight path from baseline to target', () => {
    // Jul 2025 → Jun 2027 is 23 months; by Jun 2026 (11 months) the path is at 48%.
    const uptime = { name: '% of uptime', kind: 'percent' as const, baseline: 90, target: 100, latest: { value: 91, month: '2026-06' } };
    const behind = rate({ indicators: [uptime] });
    expect(behind.rating).toBe('red');
    expect(behind.findings[0]).toEqual({
      rule: 'indicator_behind',
      colour: 'red',
      indicator: '% of uptime',
      month: '2026-06',
      progressPercent: 10,
      expectedPercent: 48,
      behindPoints: 38,
      reason: 'Indicator "% of uptime" is 10% of the way from baseline to target by Jun 2026, where a straight path would be at 48% (38 points behind)',
    });
    expect(rate({ indicators: [{ ...uptime, latest: { value: 95, month: '2026-06' } }] }).rating).toBe('green');
    expect(rate({ indicators: [{ ...uptime, latest: { value: 93, month: '2026-06' } }] }).findings[0]?.colour).toBe('amber');
    const services = { name: 'Services online', kind: 'number' as const, baseline: 500, target: 765, latest: { value: 500, month: '2026-06' } };
    expect(rate({ indicators: [services] }).rating).toBe('red');
  });

  it('rates yes/no and text indicators by status only, and skips indicators without an actual or a span', () => {
    const order = { name: 'Executive order issued', kind: 'yes_no' as const, baseline: 0, target: 1, latest: { value: 0, month: '2026-06' } };
    const coverage = { name: 'Coverage', kind: 'text' as const, baseline: null, target: null, latest: { value: null, month: '2026-06' } };
    expect(rate({ indicators: [order, coverage] }).rating).toBe('green');
    const noActual = { name: '% of uptime', kind: 'percent' as const, baseline: 90, target: 100, latest: null };
    expect(rate({ indicators: [noActual] }).rating).toBe('green');
    const open = { ...noActual, latest: { value: 90, month: '2026-06' } };
    expect(rate({ indicators: [open], end: null, endOpen: true }).rating).toBe('green');
  });

  it('rates uncommitted funding amber for an action starting within the next quarter, not later', () => {
    const soon = rate({ status: 'not_started', start: '2027-02', end: '2028-06', fundStatus: 'not_committed' });
    expect(soon.findings).toEqual([
      { rule: 'funding_not_committed', colour: 'amber', fund: 'not_committed', start: '2027-02', started: false, reason: 'Funding not committed, and the action starts by Feb 2027' },
    ]);
    expect(rate({ status: 'not_started', start: '2027-06', end: '2028-06', fundStatus: 'not_committed' }).rating).toBe('green');
    expect(rate({ status: 'not_started', start: '2027-02', end: '2028-06', fundStatus: 'partially_committed' }).rating).toBe('amber');
    expect(rate({ status: 'ongoing', fundStatus: 'not_committed' }).rating).toBe('green');
  });

  it('rates support needed by the lead agency for the period amber, quoting it', () => {
    expect(rate({ supportNeeded: ['Budget for 40 routers'] }).findings).toEqual([
      {
        rule: 'support_needed',
        colour: 'amber',
        reported: ['Budget for 40 routers'],
        reason: 'The lead agency reported support needed for the period: "Budget for 40 routers"',
      },
    ]);
  });

  it('takes the worst finding and keeps every reason', () => {
    const both = rate({ end: '2026-06', revisedEnd: '2026-09', supportNeeded: ['Staff'] });
    expect(both.rating).toBe('red');
    expect(both.findings.map((f) => f.rule)).toEqual(['past_end', 'end_slipped', 'support_needed']);
  });

  it('says completed for a completed action, and not rated for a dropped one or one with nothing to judge', () => {
    expect(rate({ status: 'completed', end: '2020-01' })).toEqual({ rating: 'completed', findings: [] });
    expect(rate({ status: 'dropped' }).rating).toBe('not_rated');
    expect(rate({ status: null, start: null, end: null })).toEqual({ rating: 'not_rated', findings: [] });
    // No timeline but a status: judged (green), since it can still be reported late or behind.
    expect(rate({ start: null, end: null }).rating).toBe('green');
  });
});

describe('reasons in words', () => {
  it('words each finding from its facts, in English as the core keeps it and in the language shown', () => {
    const late = rate({ status: 'not_started', start: '2026-10', end: '2026-06', revisedEnd: '2026-09', fundStatus: 'partially_committed', supportNeeded: ['Staff'] });
    expect(late.findings.map((f) => f.reason)).toEqual([
      'Past its revised end (Sep 2026) by 3 months and not completed',
      'End slipped 3 months: revised to Sep 2026 from the planned Jun 2026',
      'Funding only partially committed, and the action was to start in Oct 2026',
      'The lead agency reported support needed for the period: "Staff"',
    ]);
    for (const finding of late.findings) expect(ratingReason(finding, catalogueOf('en'), (n) => numberText(n, 'en'))).toBe(finding.reason);
    // Dzongkha has no words for the reasons yet: English words, Dzongkha digits.
    expect(ratingReason(late.findings[0]!, catalogueOf('dz'), (n) => numberText(n, 'dz'))).toBe('Past its revised end (Sep 2026) by ༣ months and not completed');
  });

  it('cuts a long report of support needed, keeping its start', () => {
    const [finding] = rate({ supportNeeded: ['x'.repeat(200)] }).findings;
    expect(finding?.reason).toBe(`The lead agency reported support needed for the period: "${'x'.repeat(119)}…"`);
  });
});

describe('roll-ups', () => {
  const settings = { rollupSharePercent: 25 };
  it('counts by rating and is red when a quarter of the rated actions are red', () => {
    const rollup = rollUp(['red', 'green', 'green', 'green', 'completed', 'not_rated'], settings);
    expect(rollup.counts).toEqual({ red: 1, amber: 0, green: 3, completed: 1, not_rated: 1 });
    expect(rollup.summary).toBe('red');
  });
  it('is amber when red and amber together reach the share, green below it', () => {
    expect(rollUp(['red', 'amber', 'green', 'green', 'green', 'green', 'green'], settings).summary).toBe('amber');
    expect(rollUp(['amber', 'green', 'green', 'green', 'green'], settings).summary).toBe('green');
  });
  it('is completed when all are completed, not rated when none is rated', () => {
    expect(rollUp(['completed', 'completed'], settings).summary).toBe('completed');
    expect(rollUp(['completed', 'not_rated'], settings).summary).toBe('not_rated');
    expect(rollUp([], settings).summary).toBe('not_rated');
  });
});

describe('rating words and trend', () => {
  it('shows the computed rating beside an override, with its reason', () => {
    expect(ratingWords({ rating: 'red', computed: 'amber', override: { reason: 'ministry confirmed procurement failed' } })).toBe(
      'Red (computed: amber) — ministry confirmed procurement failed',
    );
    expect(ratingWords({ rating: 'amber', computed: 'amber', override: null })).toBe('Amber');
  });
  it('reads ↑ ↓ → between two meetings', () => {
    expect(ratingTrend('red', 'amber')).toBe('↑');
    expect(ratingTrend('green', 'red')).toBe('↓');
    expect(ratingTrend('amber', 'amber')).toBe('→');
    expect(ratingTrend('amber', 'completed')).toBe('↑');
    expect(ratingTrend(null, 'green')).toBe('');
  });
});
