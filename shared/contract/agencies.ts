// The agency registry.
import { z } from 'zod';
import type { AgencyListRow } from '../domain';
import { id, noInput, returns, shortText, title, type DomainSchemas } from './common';

export const agenciesContract = {
  'agencies:list': { input: noInput, result: returns<readonly AgencyListRow[]>() },
  'agencies:create': {
    input: z
      .object({
        acronym: z.string().trim().max(100).nullable().default(null),
        name: title('the agency name'),
        kind: z.enum(['agency', 'group']).default('agency'),
      })
      .strict(),
    result: returns<readonly AgencyListRow[]>(),
  },
  'agencies:update': {
    input: z
      .object({ agencyId: id, field: z.enum(['acronym', 'name', 'aliases', 'parentId', 'kind', 'confirmed']), value: shortText.nullable() })
      .strict(),
    result: returns<readonly AgencyListRow[]>(),
  },
  'agencies:merge': { input: z.object({ keepId: id, mergeId: id }).strict(), result: returns<readonly AgencyListRow[]>() },
} as const satisfies DomainSchemas<'agencies'>;
