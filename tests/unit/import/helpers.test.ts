// Table-driven tests of the importer's pure helpers: codes, header meanings, indicator values, agency cells,
// timelines, text decoding and the stakeholder list.
import { describe, expect, it } from 'vitest';
import { isGroupPhrase, looksLikeAcronym, parseAgencyCell } from '../../../electron/core/agencies/agency-names';
import { cleanCell } from '../../../electron/core/import/build/clean-cell';
import { readLeadingCode } from '../../../electron/core/import/codes';
import { findHeader, headerMeaning } from '../../../electron/core/import/headers';
import { readIndicator, readIndicatorValue } from '../../../electron/core/import/indicator-values';
import { decodeText } from '../../../electron/core/import/read-cells';
import { readListRow } from '../../../electron/core/import/stakeholders';
import { readTimeline, splitTimelineRange } from '../../../electron/core/import/timeline';
import { normalTitle, titleSimilarity } from '../../../electron/core/import/merge-into-plan';

describe('readLeadingCode', () => {
  it.each([
    ['5.1 Digital by Default', { code: '5.1', depth: 2, rest: 'Digital by Default', trailingDot: false }],
    ['5.1.2.4. Implementation of NEA', { code: '5.1.2.4', depth: 4, rest: 'Implementation of NEA', trailingDot: true }],
    ['5.4.1.1 (a) Develop NCS', { code: '5.4.1.1 (a)', depth: 4, rest: 'Develop NCS', suffix: 'a' }],
    ['5.4.1.1(b) Implement NCS', { code: '5.4.1.1 (b)', depth: 4, rest: 'Implement NCS' }],
    ['5.4.3.2', { code: '5.4.3.2', depth: 4, rest: '' }],
    ['1 Digital Bhutan', { code: '1', depth: 1 }],
  ])('%s', (text, expected) => {
    expect(readLeadingCode(text)).toMatchObject(expected);
  });
  it.each(['2019-20 FY: Provided DL Training', '100% of agencies', '2 agencies covered', 'Ensure connectivity', '', '2020'])('%s is not a code', (text) => {
    expect(readLeadingCode(text)).toBeNull();
  });
});

describe('headerMeaning', () => {
  it.each([
    ['Policy Reforms/Chapters', 'chapter'],
    ['Pillar', 'chapter'],
    ['Focus Area', 'chapter'],
    ['Outcome', 'chapter'],
    ['Policy statement', 'statement'],
    ['Objective', 'statement'],
    ['Output', 'statement'],
    ['Action', 'action'],
    ['Key Activities', 'action'],
    ['Indicator', 'indicator'],
    ['KPI', 'indicator'],
    ['Outcome indicator', 'indicator'],
    ['Baseline (2018)', 'baseline'],
    ['Target', 'target'],
    ['Timeline', 'timeline'],
    ['Time frame', 'timeline'],
    ['Timeline Start date', 'start'],
    ['End date', 'end'],
    ['Lead Agency', 'lead'],
    ['Responsible agency', 'lead'],
    ['Collaborating Agencies', 'collaborators'],
    ['Partners', 'collaborators'],
    ['Supporting agencies', 'collaborators'],
    ['Fund(committed/uncommitted)', 'fund'],
    ['Budget (Nu. million)', 'fund'],
    ['Implementation status', 'status'],
    ['Progress', 'status'],
    ['Remarks', 'remarks'],
    ['Comments', 'remarks'],
    ['Code', 'code'],
    ['Action No.', 'code'],
    ['S/N', 'code'],
    ['Means of verification', null],
    ['', null],
  ])('"%s" → %s', (header, field) => {
    expect(headerMeaning(header)).toBe(field);
  });

  it('finds a header spread over two rows below a title row', () => {
    const rows = [
      ['Plan title', '', '', '', '', ''],
      ['Chapter', 'Policy statement', 'Action', 'Timeline', '', 'Lead Agency'],
      ['', '', '', 'Start date', 'End date', ''],
      ['5.1 Digital', '5.1.1 RGoB shall', '5.1.1.1 Ensure', 'Jan 2018', 'Dec 2020', 'MoIC'],
    ];
    const header = findHeader(rows)!;
    expect(header.rows).toEqual([1, 2]);
    expect(header.columns.map((c) => c.field)).toEqual(['chapter', 'statement', 'action', 'start', 'end', 'lead']);
  });

  it('does not take the first data row for a second header row', () => {
    const header = findHeader([['Chapter', 'Action', 'Start', 'End'], ['5.1 Digital', '5.1.1.1 Ensure', 'Jan 2018', 'Dec 2020']])!;
    expect(header.rows).toEqual([0]);
  });
});

describe('indicator values and kinds', () => {
  it.each([
    ['95%', 'percent', 95],
    ['0%', 'percent', 0],
    ['500', 'number', 500],
    ['1,200', 'number', 1200],
    ['40 VMS', 'number', 40],
    ['NO', 'yes_no', 0],
    ['Yes', 'yes_no', 1],
    ['57/125', 'ratio', 0.456],
    ['December 2018', 'date', null],
    ['All services', 'text', null],
    ['above 90%', 'text', null],
    ['NA', null, null],
    ['N/A', null, null],
    ['', null, null],
  ])('%s → %s %s', (text, kind, value) => {
    expect(readIndicatorValue(text)).toMatchObject({ kind, value, text });
  });

  it.each([
    ['% of uptime', '95%', '98%', 'percent', 95, 98],
    ['No. of agencies covered', '500', '765', 'number', 500, 765],
    ['Executive order issued', '0', '1', 'yes_no', 0, 1],
    ['No. of agencies covered', '0', '1', 'number', 0, 1],
    ['Procedure in place', 'NO', 'YES', 'yes_no', 0, 1],
    ['% of SDGs developed', '57/125', '100%', 'percent', 45.6, 100],
    ['Timeline by when the framework is developed', '0', 'December 2018', 'date', 0, null],
    ['Timeline by when the framework is implemented', '0', '2021', 'date', 0, null],
    ['Number of ICT professionals trained', 'N/A', '500', 'number', null, 500],
    ['No. of services automated', '125', 'All services', 'text', 125, null],
    ['% of projects reviewed', '0', 'above 90%', 'text', 0, null],
    ['Procedure developed', 'N/A', 'N/A', 'yes_no', null, null],
  ])('%s: %s → %s is %s', (name, baseline, target, kind, baselineValue, targetValue) => {
    const reading = readIndicator(name, baseline, target);
    expect(reading).toMatchObject({ kind, baseline: { text: baseline, value: baselineValue }, target: { text: target, value: targetValue } });
  });
});

describe('agency cells', () => {
  const known = new Set(['moic', 'mof', 'ministry of labour and human resources', 'ditt']);
  const isKnown = (t: string) => known.has(t.trim().toLowerCase());
  const read = (cell: string) => parseAgencyCell(cell, { isKnown }).mentions.map((m) => (m.kind === 'group' ? `group:${m.text}` : m.path.join('<')));

  it.each([
    ['BICMA/MoIC', ['BICMA', 'MoIC']],
    ['ISPs, BPC', ['group:ISPs', 'BPC']],
    ['MoiC, GNH, Mof and RSC', ['MoiC', 'GNH', 'Mof', 'RSC']],
    ['GNHC, MOF, Cabinet and RCSC.', ['GNHC', 'MOF', 'Cabinet', 'RCSC']],
    ['MoiC / Cabinet Secretariate', ['MoiC', 'Cabinet Secretariate']],
    ['MoIC/All Government agencies', ['MoIC', 'group:All Government agencies']],
    ['All Government Agencies', ['group:All Government Agencies']],
    ['Respective Agencies', ['group:Respective Agencies']],
    ['The Agencies identified as the component/domain lead in NCS', ['group:The Agencies identified as the component/domain lead in NCS']],
    ['RGoB and Application owners', ['RGoB', 'group:Application owners']],
    ['BCIRT-DITT-MoiC', ['BCIRT<DITT<MoiC']],
    ['GDC-DITT-MoIC', ['GDC<DITT<MoIC']],
    ['NCS-WG Refer Annexure', ['NCS-WG']],
    ['MoIC(BCIRT)', ['BCIRT<MoIC']],
    ['Ministry of Labour and Human Resources', ['Ministry of Labour and Human Resources']],
    ['Ministry of Finance (MoF)', ['MoF']],
    ['Dzongkhag/Thromde', ['Dzongkhag', 'Thromde']],
    ['MoIC - DITT', ['MoIC', 'DITT']],
    ['', []],
  ])('%s', (cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  it('keeps the note and the name written with an acronym', () => {
    expect(parseAgencyCell('NCS-WG Refer Annexure', { isKnown }).note).toBe('Refer Annexure');
    expect(parseAgencyCell('Ministry of Finance (MoF)').mentions[0]).toMatchObject({ name: 'Ministry of Finance', acronym: 'MoF' });
  });

  it.each([
    ['MoIC', true],
    ['MoiC', true],
    ['Mof', true],
    ['DITT', true],
    ['All', false],
    ['Cabinet', false],
    ['Thromde', false],
  ])('looksLikeAcronym(%s) is %s', (word, expected) => {
    expect(looksLikeAcronym(word)).toBe(expected);
  });

  it.each([
    ['All government agencies', true],
    ['Government agencies', true],
    ['respective agencies whose services are developed', true],
    ['ISPs', true],
    ['Association of Bhutanese Tour Operators', false],
    ['Cabinet Secretariat', false],
    ['MoIC/All Government agencies', false],
  ])('isGroupPhrase(%s) is %s', (text, expected) => {
    expect(isGroupPhrase(text)).toBe(expected);
  });
});

describe('timelines', () => {
  it.each([
    [{ start: 'January 2018', end: 'December 2020' }, { start: '2018-01', end: '2020-12', endOpen: false }],
    [{ start: 'Jun 2019', end: 'Jul 2018' }, { start: '2019-06', end: '2018-07' }],
    [{ start: '2023', end: '2025' }, { start: '2023-01', startPrecision: 'year', end: '2025-12', endPrecision: 'year' }],
    [{ start: 'January 2020', end: 'Continue' }, { start: '2020-01', end: null, endOpen: true }],
    [{ start: 'January 2019', end: 'June 2020', revisedEnd: 'January 2023' }, { end: '2020-06', revisedEnd: '2023-01', text: 'January 2019 – June 2020 – January 2023' }],
    [{ timeline: 'Jan 2018 - Dec 2020' }, { start: '2018-01', end: '2020-12' }],
    [{ timeline: '2019-2021' }, { start: '2019-01', end: '2021-12' }],
  ])('%j', (cells, expected) => {
    expect(readTimeline(cells)).toMatchObject(expected);
  });

  it('doubts an end before the start and an unreadable date', () => {
    expect(readTimeline({ start: 'Jun 2019', end: 'Jul 2018' }).doubts[0]).toMatch(/before the start/);
    expect(readTimeline({ start: 'soon', end: '2020' }).doubts[0]).toMatch(/not a month/);
  });

  it('keeps a revised end before the start as text, with a doubt, never as the revised end', () => {
    // The plan file refuses such a revised end: stored, it would fail the whole import.
    const read = readTimeline({ start: 'January 2022', end: 'December 2020 (revised end June 2021)' });
    expect(read.revisedEnd).toBeNull();
    expect(read.end).toBe('2020-12');
    expect(read.text).toContain('June 2021');
    expect(read.doubts.join(' ')).toMatch(/revised end "June 2021" is before the start \(Jan 2022\)/);
  });

  it('splits ranges only when both halves are dates', () => {
    expect(splitTimelineRange('July 2018 to June 2019')).toEqual(['July 2018', 'June 2019']);
    expect(splitTimelineRange('Ongoing - review')).toBeNull();
  });
});

describe('cells and text', () => {
  it.each([
    ['<b>e-Gov policy</b>', 'e-Gov policy', true],
    ['line one<br>line two', 'line one\nline two', true],
    ['R&amp;D', 'R&D', true],
    ['  plain   text ', 'plain text', false],
  ])('cleanCell(%s)', (raw, text, hadMarkup) => {
    expect(cleanCell(raw)).toEqual({ text, hadMarkup });
  });

  it('decodes UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Thimphu – Dzongkhag');
    expect(decodeText(utf8)).toEqual({ text: 'Thimphu – Dzongkhag', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('Thimphu – Dzongkhag');
    expect(decodeText(new Uint8Array([0x54, 0x96, 0x20, 0xe9]))).toEqual({ text: 'T– é', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00])).text).toBe('AB');
  });

  it.each([
    [['', 'MoEA', 'Ministry of Economic Affairs'], { acronym: 'MoEA', name: 'Ministry of Economic Affairs' }],
    [['Department of Immigration', 'DOI'], { acronym: 'DOI', name: 'Department of Immigration' }],
    [['Royal Monetary Authority (RMA)'], { acronym: 'RMA', name: 'Royal Monetary Authority' }],
    [['5.1.1.1 Ensure', 'MoIC'], null],
    [['Stakeholder list'], null],
  ])('stakeholder row %j', (cells, expected) => {
    expect(readListRow(cells)).toEqual(expected);
  });
});

describe('title matching in every script', () => {
  it.each([
    ['Ensure  reliable connectivity!', 'ensure reliable connectivity'],
    ['Café services', 'café services'],
    ['Cafe\u0301 services', 'café services'],
    ['གཞུང་གི་ལས་སྡེ།', 'གཞུང གི ལས སྡེ'],
  ])('%j compares as %j', (title, normal) => {
    expect(normalTitle(title)).toBe(normal);
  });

  it('keeps Dzongkha vowel signs and stacked consonants apart', () => {
    expect(normalTitle('ཀི་')).not.toBe(normalTitle('ཀུ་'));
    expect(normalTitle('སྒྲུབ')).not.toBe(normalTitle('སབ'));
    expect(normalTitle('རྫོང་ཁ')).toBe(normalTitle('རྫོང་ཁ།'));
    expect(titleSimilarity('ལས་སྡེ་ཚུ་གི་ལཱ་', 'ལས་སྡེ་ཚུ་གི་ལཱ་')).toBe(1);
  });
});
