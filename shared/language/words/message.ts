// What a word of the catalogue is: a text, or a function of what it names so that the sentence stays whole for the
// translator ("${count} files dropped:").
export type Message = string | ((...args: never[]) => string);

export type Words = Readonly<Record<string, Message>>;
