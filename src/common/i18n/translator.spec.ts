import { en } from '../../catalogues/en.catalogue';
import { availableLocales, translate, translateText } from './translator';

describe('translate', () => {
  it('renders plurals with the locale rules: one and other, the number formatted', () => {
    expect(translate('en', 'admin.resultCount', { count: 1 })).toBe('1 result');
    expect(translate('en', 'admin.resultCount', { count: 0 })).toBe('0 results');
    expect(translate('en', 'admin.resultCount', { count: 1234 })).toBe('1,234 results');
    expect(translate('en', 'home.colleagues', { count: 4 })).toBe(
      '4 active members of your organisation on the platform.',
    );
    expect(translate('en', 'account.sessionCount', { count: 1 })).toBe(
      'Signed in on 1 device or browser.',
    );
  });

  it('fills simple arguments', () => {
    expect(translate('en', 'home.greeting', { name: 'Amina' })).toBe('Welcome, Amina');
  });

  it('returns plain text: markup in a parameter is not escaped here (Handlebars does that)', () => {
    expect(translate('en', 'home.greeting', { name: '<b>' })).toBe('Welcome, <b>');
  });

  it('renders in the pseudo-locale, with the same arguments and plurals', () => {
    expect(translate('en-XA', 'login.title')).toBe('⟦Šíĝñ íñ⟧');
    expect(translate('en-XA', 'admin.resultCount', { count: 1 })).toBe('⟦1 ŕéšúļţ⟧');
    expect(translate('en-XA', 'admin.resultCount', { count: 3 })).toBe('⟦3 ŕéšúļţš⟧');
  });

  it('falls back to English for an unknown locale, and shows a string that is no key as it is', () => {
    expect(translate('xx', 'login.title')).toBe('Sign in');
    expect(translate('en-XA', 'Some text that was never in the catalogue')).toBe(
      'Some text that was never in the catalogue',
    );
  });

  it('translates message references, their params extended by the caller', () => {
    expect(translateText('en', { key: 'home.greeting', params: { name: 'Ana' } })).toBe(
      'Welcome, Ana',
    );
    expect(translateText('en', { key: 'admin.resultCount' }, { count: 2 })).toBe('2 results');
    expect(translateText('en', 'login.title')).toBe('Sign in');
  });

  it('compiles every message of every catalogue', () => {
    for (const catalogue of availableLocales())
      for (const key of Object.keys(en.messages))
        expect(() => translate(catalogue.locale, key, {})).not.toThrow();
  });
});

describe('message references as parameters', () => {
  it('translates a parameter given as a key, in the same locale', () => {
    const text = translate('en', 'admin.users.roleChanged', {
      role: { key: 'roles.focal-point' },
      sessions: 2,
    });
    expect(text).toContain(translate('en', 'roles.focal-point'));
    expect(text).not.toContain('roles.focal-point');
  });
});
