// The contract's handlers for the agency registry.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { createAgency, listAgencies, mergeAgencies, updateAgency } from './agency-commands';

type AgencyChannel = 'agencies:list' | 'agencies:create' | 'agencies:update' | 'agencies:merge';

export function agencyHandlers(kit: HandlerKit): Pick<Handlers, AgencyChannel> {
  const { db } = kit;
  return {
    'agencies:list': () => listAgencies(db()),
    'agencies:create': async (input, change) => {
      await createAgency(db(), change, input);
      return listAgencies(db());
    },
    'agencies:update': async (input, change) => {
      await updateAgency(db(), change, input);
      return listAgencies(db());
    },
    'agencies:merge': async (input, change) => {
      await mergeAgencies(db(), change, input);
      return listAgencies(db());
    },
  };
}
