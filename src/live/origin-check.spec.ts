import { originAllowed } from './origin-check';

describe('originAllowed', () => {
  const publicUrl = 'https://cttp.example.org';

  it('accepts the public URL’s origin and refuses any other', () => {
    expect(originAllowed({ origin: 'https://cttp.example.org' }, publicUrl)).toBe(true);
    expect(originAllowed({ origin: 'https://evil.example' }, publicUrl)).toBe(false);
    expect(originAllowed({ origin: 'http://cttp.example.org' }, publicUrl)).toBe(false);
    expect(originAllowed({ origin: 'https://cttp.example.org:8443' }, publicUrl)).toBe(false);
    expect(originAllowed({ origin: 'null' }, publicUrl)).toBe(false);
  });

  it('compares origins, so a public URL with a path or a default port still matches', () => {
    expect(
      originAllowed({ origin: 'https://cttp.example.org' }, 'https://cttp.example.org:443/portal'),
    ).toBe(true);
  });

  it('without Origin, accepts only what the browser marks as same-origin', () => {
    expect(originAllowed({}, publicUrl)).toBe(false);
    expect(originAllowed({ 'sec-fetch-site': 'cross-site' }, publicUrl)).toBe(false);
    expect(originAllowed({ 'sec-fetch-site': 'same-origin' }, publicUrl)).toBe(true);
    // An Origin that is wrong is refused even when Sec-Fetch-Site claims otherwise.
    expect(
      originAllowed({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }, publicUrl),
    ).toBe(false);
  });
});
