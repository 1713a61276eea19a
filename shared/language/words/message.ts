// What a word of the catalogue is: a text, or a function of what it names so that the sentence stays whole for the
// translator ("${count} files dropped:").
export type Message = string | ((...args: never[]) => string);

export type Words = Readonly<Record<string, Message>>;

// English plurals, for the English word files: the word for a count of one or of any other number.
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** A count as written in the language shown, then its word: "1 action", "2,400 actions". */
export function counted(count: number, written: string, one: string, many: string): string {
  return `${written} ${plural(count, one, many)}`;
}
