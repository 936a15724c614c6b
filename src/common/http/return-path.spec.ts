import { returnPath, withQuery } from './return-path';

describe('returnPath', () => {
  it('accepts a local path with a query', () => {
    expect(returnPath('/iwg/3/threads/new?category=7')).toBe('/iwg/3/threads/new?category=7');
    expect(returnPath('/iwg/3/threads/12')).toBe('/iwg/3/threads/12');
  });

  it('refuses anything that could leave the portal or is not a string', () => {
    for (const value of [
      '//evil.example.org/x',
      '/\\evil.example.org',
      'https://evil.example.org/',
      'javascript:alert(1)',
      '/iwg/%2F%2Fevil',
      '/iwg/3#x',
      '',
      'iwg/3',
      ['/iwg/3'],
      undefined,
      `/${'a'.repeat(400)}`,
    ])
      expect(returnPath(value)).toBeNull();
  });
});

describe('withQuery', () => {
  it('adds a parameter after an existing query or starts one', () => {
    expect(withQuery('/iwg/3/threads/12', 'attach', 5)).toBe('/iwg/3/threads/12?attach=5');
    expect(withQuery('/iwg/3/threads/new?category=7', 'attach', 5)).toBe(
      '/iwg/3/threads/new?category=7&attach=5',
    );
  });
});
