import { INDEX_TUNING } from './index-tuning';
import { exactLookups, tokenIndexKeys, typoLookups } from './name-index-keys';
import { normaliseName, type NameToken } from './name-normaliser';

function token(word: string): NameToken {
  return normaliseName(word)[0];
}

/** The best credit a query token earns through the typo keys a listed token is filed under. */
function typoCredit(listed: string, query: string): number | undefined {
  const keys = new Set(tokenIndexKeys(token(listed)));
  const credits = typoLookups(token(query))
    .filter(([key]) => keys.has(key))
    .map(([, credit]) => credit);
  return credits.length > 0 ? Math.max(...credits) : undefined;
}

describe('name index keys', () => {
  it('files a listed token under its text, consonant key and the key’s deletions', () => {
    expect(tokenIndexKeys(token('Smirnov'))).toEqual([
      't:smirnov',
      'k:SMRNF',
      'd:MRNF',
      'd:SRNF',
      'd:SMNF',
      'd:SMRF',
      'd:SMRN',
    ]);
    // A one-class key identifies nothing: text only.
    expect(tokenIndexKeys(token('Ab'))).toEqual(['t:ab']);
  });

  it('looks a query token up by text and key first, crediting a key match less', () => {
    expect(exactLookups(token('Smirnoff'))).toEqual([
      ['t:smirnoff', INDEX_TUNING.keyCredit.text],
      ['k:SMRNF', INDEX_TUNING.keyCredit.consonantKey],
    ]);
  });

  it('meets a listed key one consonant class away through exactly one kind of typo key', () => {
    expect(typoCredit('Smirnov', 'Smirov')).toBe(INDEX_TUNING.keyCredit.missingClass);
    expect(typoCredit('Smirnov', 'Smirnovs')).toBe(INDEX_TUNING.keyCredit.extraClass);
    expect(typoCredit('Smirnov', 'Smirmov')).toBe(INDEX_TUNING.keyCredit.otherClass);
    expect(typoCredit('Smirnov', 'Rahman')).toBeUndefined();
  });
});
