// js-yaml ships no types: the one function the packaging test uses to read electron.builder.yml.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
