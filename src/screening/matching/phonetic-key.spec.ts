import { phoneticKey } from './phonetic-key';

describe('phoneticKey', () => {
  it('gives romanisations of one name the same key', () => {
    const key = phoneticKey('muhammad');
    for (const spelling of ['mohammed', 'mohamed', 'muhamad']) {
      expect(phoneticKey(spelling)).toBe(key);
    }
    expect(phoneticKey('hussein')).toBe(phoneticKey('husayn'));
    expect(phoneticKey('schultz')).toBe(phoneticKey('shults'));
    expect(phoneticKey('wolkov')).toBe(phoneticKey('volkov'));
    expect(phoneticKey('dzhamal')).toBe(phoneticKey('jamal'));
  });

  it('reads abjad romanisations as consonants with long vowels dropped', () => {
    expect(phoneticKey('mhmwd', true)).toBe(phoneticKey('mahmud'));
    expect(phoneticKey('hsyn', true)).toBe(phoneticKey('husein'));
    expect(phoneticKey('wlyd', true)).toBe(phoneticKey('walid'));
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('toman')).not.toBe(phoneticKey('tomash'));
    expect(phoneticKey('kerem')).not.toBe(phoneticKey('keramat'));
  });
});
