// The merge dialog's suggestions: the registry's hardest cases (case of acronyms, "Ministry of", "&", aliases,
// DOI being two departments) and what must not be suggested.
import { describe, expect, it } from 'vitest';
import { likelyDuplicates, matchesSearch, simplifiedName, type AgencyNames } from '../../../../renderer/src/agencies/likely-duplicates';

let next = 0;
const agency = (acronym: string | null, name: string, aliases: string[] = []): AgencyNames => ({ id: `a${next++}`, acronym, name, aliases });

const moic = agency('MoIC', 'Ministry of Information and Communications', ['MoiC', 'Min. of IT']);
const moicLower = agency('MOIC', 'MoIC head office');
const infoComm = agency(null, 'Information & Communications');
const govTech = agency('GovTech', 'GovTech Agency');
const govTechShort = agency(null, 'Govtech');
const doiIndustries = agency('DOI', 'Department of Industries');
const doiImmigration = agency('DOI', 'Department of Immigration');
const moh = agency('MoH', 'Ministry of Health');
const hat = agency('HAT', 'Hat');
const registry = [moic, moicLower, infoComm, govTech, govTechShort, doiIndustries, doiImmigration, moh, hat];

const suggested = (merged: AgencyNames) => likelyDuplicates(merged, registry).map((d) => [d.agency.acronym ?? d.agency.name, d.reason]);

describe('likely duplicates of an agency', () => {
  it.each([
    ['Ministry of Home & Cultural Affairs', 'home and cultural affairs'],
    ['The Royal Civil Service Commission', 'civil service commission'],
    ['  Department of  Information-Technology. ', 'information technology'],
    ['Dept. of IT', 'it'],
    ['འབྲུག་གཞུང་', 'འབྲུག གཞུང'],
  ])('simplifies %j to %j', (name, simple) => {
    expect(simplifiedName(name)).toBe(simple);
  });

  it('puts the same acronym in another case first, then the same name without "Ministry of"', () => {
    expect(suggested(moic)).toEqual([
      ['MOIC', 'same-acronym'],
      ['Information & Communications', 'same-name'],
    ]);
  });

  it('finds one name inside the other, as whole words', () => {
    expect(suggested(govTechShort)).toEqual([['GovTech', 'same-name']]);
    expect(suggested(agency(null, 'GovTech Agency Thimphu'))).toEqual([
      ['GovTech', 'name-contains'],
      ['Govtech', 'name-contains'],
    ]);
    // "Hat" is in "Chat" but not as a word, and three letters are too few to say anything.
    expect(suggested(agency(null, 'Chat Services Hat'))).toEqual([]);
  });

  it('matches an alias of one with the acronym of the other', () => {
    expect(suggested(agency(null, 'Min of IT'))).toEqual([['MoIC', 'same-name']]);
  });

  it('offers DOI for DOI (two departments share it), never the agency itself, and nothing for an unrelated one', () => {
    expect(suggested(doiIndustries)).toEqual([['DOI', 'same-acronym']]);
    expect(likelyDuplicates(moh, registry).some((d) => d.agency.id === moh.id)).toBe(false);
    expect(suggested(moh)).toEqual([]);
  });
});

describe('searching the agencies', () => {
  it('finds by a part of the acronym, the name or an alias, in any case', () => {
    expect(registry.filter((a) => matchesSearch(a, 'moic')).map((a) => a.id)).toEqual([moic.id, moicLower.id]);
    expect(registry.filter((a) => matchesSearch(a, 'immig')).map((a) => a.name)).toEqual(['Department of Immigration']);
    expect(registry.filter((a) => matchesSearch(a, 'MOIc')).length).toBe(2);
    expect(registry.filter((a) => matchesSearch(a, '  ')).length).toBe(registry.length);
  });
});
