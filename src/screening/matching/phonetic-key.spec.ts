import { phoneticKey } from './phonetic-key';

describe('phoneticKey', () => {
  it('gives romanisations of one name the same key', () => {
    const key = phoneticKey('muhammad');
    for (const spelling of ['mohammed', 'mohamed', 'muhamad']) {
      expect(phoneticKey(spelling)).toBe(key);
    }
    expect(phoneticKey('hussein')).toBe(phoneticKey('husayn'));
    expect(phoneticKey('schulze')).toBe(phoneticKey('scholz'));
    expect(phoneticKey('wladimir')).toBe(phoneticKey('vladimir'));
    expect(phoneticKey('dzhamal')).toBe(phoneticKey('jamal'));
  });

  it('reads abjad romanisations as consonants with long vowels dropped', () => {
    expect(phoneticKey('mhmwd', true)).toBe(phoneticKey('mahmud'));
    expect(phoneticKey('hsyn', true)).toBe(phoneticKey('husein'));
    expect(phoneticKey('wlyd', true)).toBe(phoneticKey('walid'));
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('orban')).not.toBe(phoneticKey('orbach'));
    expect(phoneticKey('erdem')).not.toBe(phoneticKey('erdogan'));
  });
});
