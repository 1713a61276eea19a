// The message catalogues (shared/language): English complete and every translation a subset of it, each message of
// the same shape as its English (a sentence that names something stays a function of the same things), and
// Dzongkha in Tibetan script; numbers and dates through Intl in each language's own digits.
import { describe, expect, it } from 'vitest';
import { catalogueOf, TRANSLATIONS } from '../../../shared/language/catalogue';
import { ENGLISH, type Message } from '../../../shared/language/english';
import { dateText, numberText } from '../../../shared/language/format';
import { LANGUAGES } from '../../../shared/language/languages';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const TIBETAN = /[\u0F00-\u0FFF]/;

/** What a message says, with stand-in values for what it names. */
function said(message: Message): string {
  if (typeof message === 'string') return message;
  const call = message as (...args: unknown[]) => string;
  return call(...Array.from({ length: call.length }, (_, i) => (i % 2 === 0 ? 'X' : 2)));
}

describe('the catalogues', () => {
  it('gives every English key words', () => {
    for (const [key, message] of Object.entries(ENGLISH)) expect(said(message).trim(), key).not.toBe('');
  });

  it("keeps each view's words under its own prefix, so that no view's key overwrites another's", async () => {
    const folder = join(import.meta.dirname, '..', '..', '..', 'shared', 'language', 'words');
    const views = readdirSync(folder).filter((name) => name !== 'message.ts').map((name) => name.replace(/\.ts$/, ''));
    expect(views.length).toBeGreaterThan(10);
    for (const view of views) {
      const module = (await import(join(folder, `${view}.ts`))) as Record<string, Record<string, Message>>;
      const words = module[`${view.toUpperCase()}_WORDS`] as Record<string, Message> | undefined;
      expect(words, view).toBeDefined();
      for (const key of Object.keys(words ?? {})) expect(key.startsWith(`${view}.`), `${view}: ${key}`).toBe(true);
    }
  });

  it('holds no key in a translation that English lacks, each of the same shape as its English', () => {
    for (const [language, catalogue] of Object.entries(TRANSLATIONS)) {
      for (const [key, message] of Object.entries(catalogue)) {
        expect(Object.keys(ENGLISH), `${language} ${key}`).toContain(key);
        const english = ENGLISH[key as keyof typeof ENGLISH] as Message;
        expect(typeof message, `${language} ${key}`).toBe(typeof english);
        if (typeof message === 'function') expect(message.length, `${language} ${key}`).toBe((english as (...args: never[]) => string).length);
      }
    }
  });

  it('writes Dzongkha in Tibetan script, never English pasted in its place', () => {
    for (const [key, message] of Object.entries(TRANSLATIONS.dz)) expect(said(message as Message), key).toMatch(TIBETAN);
    expect(Object.keys(TRANSLATIONS.dz).length).toBeGreaterThanOrEqual(20);
  });

  it('reads English where a translation has no word yet', () => {
    const dz = catalogueOf('dz');
    expect(dz['view.history']).toBe('ལོ་རྒྱུས');
    expect(TRANSLATIONS.dz['menu.receiveUpdates']).toBeUndefined();
    expect(dz['menu.receiveUpdates']).toBe('Receive Updates…');
    for (const language of LANGUAGES) expect(Object.keys(catalogueOf(language)).sort()).toEqual(Object.keys(ENGLISH).sort());
  });
});

describe('numbers and dates through Intl', () => {
  it('writes Dzongkha numbers in Dzongkha digits, English ones as Bhutan writes them', () => {
    expect(numberText(1234, 'en')).toBe('1,234');
    expect(numberText(2027, 'dz')).toMatch(/^༢,?༠༢༧$/);
    expect(numberText(1234567, 'dz').replace(/[^\u0F20-\u0F29]/g, '')).toBe('༡༢༣༤༥༦༧');
  });

  it('writes a day in each language, and leaves text that is no date as it was', () => {
    expect(dateText('2027-03-14T10:00:00Z', 'day', 'en')).toBe('14 Mar 2027');
    expect(dateText('2027-03-14T10:00:00Z', 'day', 'dz')).toContain('༢༠༢༧');
    expect(dateText('not a date', 'day', 'dz')).toBe('not a date');
  });
});
