// Whose actions a pack covers (reports/model/scope.ts): chapters, or a lead agency with every unit under it.
import { describe, expect, it } from 'vitest';
import type { ActionGridRow, AgencyListRow } from '../../../../shared/domain';
import { agencyWithUnits, inScope, readScope, scopeLabel } from '../../../../electron/core/reports/model/scope';

const agency = (id: string, acronym: string | null, name: string, parentId: string | null = null) => ({ id, acronym, name, parentId }) as AgencyListRow;
// BCIRT within DITT within MoIC; MoF apart.
const AGENCIES = [agency('bcirt', 'BCIRT', 'Bhutan Computer Incident Response Team', 'ditt'), agency('moic', 'MoIC', 'Ministry of Information and Communications'), agency('ditt', 'DITT', 'Department of IT and Telecom', 'moic'), agency('mof', 'MoF', 'Ministry of Finance')];
const CHAPTERS = [
  { id: 'c1', code: '5.1', title: 'Digital by Default' },
  { id: 'c2', code: '', title: 'Shared ICT Assets' },
];
const action = (chapterId: string, leadAgencyIds: string[]) => ({ chapterId, leadAgencyIds }) as unknown as ActionGridRow;

describe('pack scope', () => {
  it('takes in every unit under an agency, however deep, and listed in any order', () => {
    expect([...agencyWithUnits(AGENCIES, 'moic')].sort()).toEqual(['bcirt', 'ditt', 'moic']);
    expect([...agencyWithUnits(AGENCIES, 'mof')]).toEqual(['mof']);
  });

  it('covers the actions a unit leads in a ministry\'s pack', () => {
    const scope = readScope({ leadAgencyId: 'moic' }, CHAPTERS, AGENCIES);
    expect([action('c1', ['bcirt']), action('c1', ['mof']), action('c2', ['mof', 'ditt'])].map((a) => inScope(scope, a))).toEqual([true, false, true]);
    expect(scopeLabel(scope, CHAPTERS)).toBe('Actions led by MoIC (Ministry of Information and Communications) and its units');
  });

  it('covers chapters, named with their codes', () => {
    const scope = readScope({ chapterIds: ['c2', 'c1'] }, CHAPTERS, AGENCIES);
    expect([action('c1', []), action('c3', [])].map((a) => inScope(scope, a))).toEqual([true, false]);
    expect(scopeLabel(scope, CHAPTERS)).toBe('Chapters 5.1 Digital by Default; Shared ICT Assets');
    expect(scopeLabel(readScope({ chapterIds: ['c1'], leadAgencyId: 'mof' }, CHAPTERS, AGENCIES), CHAPTERS)).toBe('Chapter 5.1 Digital by Default · Actions led by MoF (Ministry of Finance)');
    expect(scopeLabel(readScope({ chapterIds: [] }, CHAPTERS, AGENCIES), CHAPTERS)).toBe('Whole plan');
  });

  it('refuses a chapter of another plan and an agency not in the registry', () => {
    expect(() => readScope({ chapterIds: ['c1', 'c9'] }, CHAPTERS, AGENCIES)).toThrow('No chapter with id c9 in this plan');
    expect(() => readScope({ leadAgencyId: 'who' }, CHAPTERS, AGENCIES)).toThrow('No agency with id who in the registry');
  });
});
