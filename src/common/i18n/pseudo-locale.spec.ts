import MessageFormat from '@messageformat/core';
import { en } from '../../catalogues/en.catalogue';
import { PSEUDO_LOCALE, pseudoCatalogue, pseudoLocalise } from './pseudo-locale';

const format = new MessageFormat<'string'>('en', { returnType: 'string' });

describe('the pseudo-locale', () => {
  it('brackets and accents literal text', () => {
    expect(pseudoLocalise('Sign in')).toBe('⟦Šíĝñ íñ⟧');
  });

  it('keeps simple arguments as they are', () => {
    const message = pseudoLocalise('Welcome, {name}');
    expect(message).toBe('⟦Ŵéļçóɱé, {name}⟧');
    expect(format.compile(message)({ name: 'Amina' })).toBe('⟦Ŵéļçóɱé, Amina⟧');
  });

  it('keeps plural syntax: argument, keyword, case keys and #, accenting only the cases', () => {
    const source = '{count, plural, =0 {no session} one {# session} other {# sessions}} ended.';
    const message = pseudoLocalise(source);
    expect(message).toBe(
      '⟦{count, plural, =0 {ñó šéššíóñ} one {# šéššíóñ} other {# šéššíóñš}} éñðéð.⟧',
    );
    const render = format.compile(message);
    expect(render({ count: 0 })).toBe('⟦ñó šéššíóñ éñðéð.⟧');
    expect(render({ count: 1 })).toBe('⟦1 šéššíóñ éñðéð.⟧');
    expect(render({ count: 4 })).toBe('⟦4 šéššíóñš éñðéð.⟧');
  });

  it('keeps select and nested arguments, formatted arguments and ICU quotes', () => {
    const message = pseudoLocalise(
      "{role, select, admin {Admin {name}} other {Member}} on {day, date, short}: '{literal}' PIU's",
    );
    expect(message).toBe(
      "⟦{role, select, admin {Áðɱíñ {name}} other {Ṁéɱƀéŕ}} óñ {day, date, short}: '{literal}' ÞÍÚ'š⟧",
    );
    expect(format.compile(message)({ role: 'admin', name: 'Ana', day: new Date(0) })).toMatch(
      /^⟦Áðɱíñ Ana óñ .+: \{literal\} ÞÍÚ'š⟧$/,
    );
  });

  it('makes a catalogue with every English key, each compiling with the same arguments', () => {
    const pseudo = pseudoCatalogue(en);
    expect(pseudo.locale).toBe(PSEUDO_LOCALE);
    expect(Object.keys(pseudo.messages)).toEqual(Object.keys(en.messages));
    for (const [key, message] of Object.entries(pseudo.messages)) {
      // Every argument given a value without letters: what is left must be all accented.
      const args = Object.fromEntries(
        [...message.matchAll(/\{\s*(\w+)/g)].map(([, name]) => [name, 2]),
      );
      const text = format.compile(message)(args);
      expect([key, text.startsWith('⟦') && text.endsWith('⟧'), /[A-Za-z]/.test(text)]).toEqual([
        key,
        true,
        false,
      ]);
    }
  });
});
