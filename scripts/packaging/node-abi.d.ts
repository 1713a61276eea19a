// node-abi ships no types: the one function used here.
declare module 'node-abi' {
  /** The NODE_MODULE_VERSION of a runtime's version, e.g. getAbi('41.7.1', 'electron') === '145'. */
  export function getAbi(target: string, runtime: 'node' | 'electron'): string;
}
