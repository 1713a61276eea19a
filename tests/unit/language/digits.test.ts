// Numbers in Dzongkha digits (༠༡༢༣༤༥༦༧༨༩) are read on import (issue 18, item 4): indicator values, baselines and
// targets, and the years and days of dates, by the readers the import, the grid and the returned workbooks share,
// and by a whole spreadsheet's import, the text as written kept.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../electron/core/import';
import { readIndicatorValue as readImportedValue } from '../../../electron/core/import/indicator-values';
import { splitTimelineRange } from '../../../electron/core/import/timeline';
import { readIndicatorText, readIndicatorValue } from '../../../shared/indicators';
import { withWesternDigits } from '../../../shared/language/digits';
import { parseTimelineDate } from '../../../shared/months';
import { tempFolder } from '../support/workspace';

const folder = tempFolder();

describe('Dzongkha digits', () => {
  it('are the digits 0 to 9, and nothing else of the text changes', () => {
    expect(withWesternDigits('༠༡༢༣༤༥༦༧༨༩')).toBe('0123456789');
    expect(withWesternDigits('ཞབས་ཏོག ༤༥ (45)')).toBe('ཞབས་ཏོག 45 (45)');
    // The half digits of old texts are no digits a plan holds: left as they are.
    expect(withWesternDigits('༪')).toBe('༪');
  });

  it.each([
    ['༢༠༢༧', { kind: 'year', year: 2027 }],
    ['Mar ༢༠༢༧', { kind: 'month', month: '2027-03' }],
    ['March, ༢༠༢༧', { kind: 'month', month: '2027-03' }],
    ['༢༠༢༧-༠༣', { kind: 'month', month: '2027-03' }],
    ['༣༡/༠༣/༢༠༢༧', { kind: 'month', month: '2027-03' }],
    ['FY ༢༠༢༦-༢༧', { kind: 'span', first: '2026-07', last: '2027-06', label: 'FY 2026-27' }],
    ['Q2 FY༢༠༢༦-27', { kind: 'span', first: '2026-10', last: '2026-12', label: 'Q2 FY 2026-27' }],
  ])('read the date %s', (text, expected) => {
    expect(parseTimelineDate(text)).toEqual(expected);
  });

  it('still refuse what is no date, saying why', () => {
    const refused = parseTimelineDate('༡༨༠༠');
    expect(refused.kind).toBe('invalid');
  });

  it('read indicator values in the grid and in returned workbooks', () => {
    expect(readIndicatorText('༩༥%')).toEqual({ kind: 'percent', value: 95 });
    expect(readIndicatorText('༡,༢༠༠')).toEqual({ kind: 'number', value: 1200 });
    expect(readIndicatorText('༥༧/༡༢༥')).toEqual({ kind: 'ratio', value: 57 / 125 });
    expect(readIndicatorValue('༡', 'yes_no')).toEqual({ value: 1 });
    expect(readIndicatorValue('Dec ༢༠༡༨', 'date')).toEqual({ value: 2018 * 12 + 11 });
  });

  it('read baselines and targets on import, keeping the text as written', () => {
    expect(readImportedValue('༩༥%')).toEqual({ kind: 'percent', text: '༩༥%', value: 95, unit: '%' });
    expect(readImportedValue('༥༠༠')).toEqual({ kind: 'number', text: '༥༠༠', value: 500, unit: '' });
    expect(readImportedValue('༤༠ VMS')).toEqual({ kind: 'number', text: '༤༠ VMS', value: 40, unit: 'VMS' });
    expect(readImportedValue('༥༧/༡༢༥')).toMatchObject({ kind: 'ratio', text: '༥༧/༡༢༥', value: 57 / 125 });
    expect(readImportedValue('༢༠༢༧')).toEqual({ kind: 'number', text: '༢༠༢༧', value: 2027, unit: '' });
    expect(splitTimelineRange('༢༠༡༨-༢༠༢༠')).toEqual(['༢༠༡༨', '༢༠༢༠']);
  });

  it('come through a whole spreadsheet import: timelines as months, baselines and targets as numbers', async () => {
    const path = join(folder, 'dzongkha-digits.csv');
    writeFileSync(
      path,
      [
        'Chapter,Policy statement,Action,Indicator,Baseline,Target,Start date,End date,Lead Agency,Implementation status',
        '6.1 Dzongkha in ICT,6.1.1 Services in Dzongkha,6.1.1.1 རྫོང་ཁ་ཡིག་གཟུགས་ བཙུགས་ནི,Share of services in Dzongkha,༤༥%,༩༥%,Jul ༢༠༢༦,༣༡/༡༢/༢༠༢༧,DITT,Ongoing',
        '6.1 Dzongkha in ICT,6.1.1 Services in Dzongkha,6.1.1.2 ཞབས་ཏོག་ གསལ་བསྒྲགས་འབད་ནི,No. of services,༡༢༠,༥༠༠,༢༠༢༦,FY ༢༠༢༧-༢༨,G2C,Not started',
      ].join('\n'),
    );
    const { file } = await readSpreadsheet(path);
    const actions = file.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions));
    expect(actions.map((a) => [a.code, a.start, a.end, a.startPrecision, a.endPrecision])).toEqual([
      ['6.1.1.1', '2026-07', '2027-12', 'month', 'month'],
      ['6.1.1.2', '2026-01', '2028-06', 'year', 'month'],
    ]);
    expect(actions.map((a) => a.indicators.map((i) => [i.kind, i.baseline, i.target]))).toEqual([
      [['percent', { text: '༤༥%', value: 45 }, { text: '༩༥%', value: 95 }]],
      [['number', { text: '༡༢༠', value: 120 }, { text: '༥༠༠', value: 500 }]],
    ]);
  });
});
