import { setupBanner } from './setup-banner';

describe('the set-up banner', () => {
  it('frames the link whole, under a title, every line the same width', () => {
    const url = 'http://localhost:3000/setup/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefgh';
    const lines = setupBanner(url, 24).split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^┌─ First administrator ─+┐$/);
    expect(lines[1]).toBe(
      `│ ${'No administrator yet. Create one within 24 hours at:'.padEnd(url.length)} │`,
    );
    expect(lines[2]).toBe(`│ ${url} │`);
    expect(lines[3]).toMatch(/^└─+┘$/);
    expect(new Set(lines.map((line) => [...line].length)).size).toBe(1);
  });
});
