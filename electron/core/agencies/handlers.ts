// The contract's handlers for the agency registry.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { createAgency, listAgencies, mergeAgencies, updateAgency } from './agency-commands';

type AgencyChannel = 'agencies:list' | 'agencies:create' | 'agencies:update' | 'agencies:merge';

export function agencyHandlers(kit: HandlerKit): Pick<Handlers, AgencyChannel> {
  const { db, undo } = kit;
  return {
    'agencies:list': () => listAgencies(db()),
    'agencies:create': async (input) => {
      await undo.edit((context) => createAgency(db(), context, input));
      return listAgencies(db());
    },
    'agencies:update': async (input) => {
      await undo.edit((context) => updateAgency(db(), context, input));
      return listAgencies(db());
    },
    'agencies:merge': async (input) => {
      // A merge moves links that undo cannot put back one by one; the page asks for confirmation instead.
      await mergeAgencies(db(), kit.changeContext('edit'), input);
      return listAgencies(db());
    },
  };
}
