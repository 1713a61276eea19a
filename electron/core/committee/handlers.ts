// The contract's handlers for the steering committee's own pages.
import type { Handlers } from '../host/dispatch';
import type { HandlerKit } from '../host/kit';
import { readCommitteePages, saveCommitteePages } from './committee-pages';

type CommitteeChannel = 'committee:pages' | 'committee:save';

export function committeeHandlers(kit: HandlerKit): Pick<Handlers, CommitteeChannel> {
  const { db } = kit;
  return {
    'committee:pages': (meeting) => readCommitteePages(db(), meeting),
    'committee:save': (input, change) => saveCommitteePages(db(), change, input),
  };
}
