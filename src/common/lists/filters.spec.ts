import { containsPattern, hrefWith } from './filters';

describe('query strings', () => {
  it('keeps only the parameters that have a value, encoded', () => {
    expect(hrefWith('/admin/users', { role: 'focal-point', q: 'a b&c', org: '', page: 2 })).toBe(
      '/admin/users?role=focal-point&q=a+b%26c&page=2',
    );
    expect(hrefWith('/admin/users', { q: undefined, page: null })).toBe('/admin/users');
  });

  it('escapes LIKE wildcards so a search for them finds them literally', () => {
    expect(containsPattern('Amina')).toBe('%amina%');
    expect(containsPattern('50%_off!')).toBe('%50!%!_off!!%');
  });
});
