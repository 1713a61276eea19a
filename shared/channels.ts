// The contract's channel names, apart from its schemas, so that the preload can build window.api without zod.
// contract.ts checks at compile time that this list and the contract name the same methods.
export const CHANNELS = [
  'app:info',
  'preferences:setUserName',
  'workspace:summary',
  'workspace:chooseFile',
  'plans:create',
  'plans:openSample',
  'plans:tree',
  'actions:get',
  'actions:update',
  'history:list',
] as const;

export type Channel = (typeof CHANNELS)[number];
