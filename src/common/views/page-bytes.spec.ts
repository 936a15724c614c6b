import { pageBytes } from './page-bytes';

describe('pageBytes', () => {
  const texts: Record<string, string> = {
    empty: '',
    ascii: '<p class="post">Hello</p>\n'.repeat(500),
    latin1: 'Connexion des transporteurs : calendrier – données ',
    twoByte: '<a lang="ar">العربية</a> · <a lang="zh">中文</a> · Русский …',
    astral: 'passport 🛂 and flag 🇰🇪 ',
    loneSurrogates: 'cut \ud83d here and \udec2 there',
  };

  it.each(Object.entries(texts))('encodes %s text as Buffer.from does', (_, text) => {
    expect(pageBytes(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('encodes pages at, over and far over the scratch size, and keeps earlier results intact', () => {
    const unit = 'é🛂中a';
    for (const length of [256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 1024 * 1024]) {
      const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      expect(pageBytes(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
    // Each result is a buffer of its own: the next page must not overwrite one still being sent.
    const first = pageBytes(texts.twoByte);
    pageBytes(texts.ascii);
    expect(first.toString('utf8')).toBe(texts.twoByte);
    expect(first.buffer.byteLength).toBeLessThan(256 * 1024 * 3);
  });
});
