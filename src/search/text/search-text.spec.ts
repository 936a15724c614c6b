import { foldText } from './fold';
import { highlight, snippet } from './highlight';
import { indexTerm, indexText } from './index-term';
import { MAX_QUERY_PARTS, parseQuery } from './search-query';
import { termsOf, tokenise } from './tokens';

describe('foldText', () => {
  it.each([
    ['Éducation', 'education'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Ångström', 'angstrom'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['Œuvre', 'oeuvre'],
    ['ÇA', 'ca'],
    ['İstanbul', 'istanbul'],
    ['ﬁnance', 'finance'],
    ['ＡＢＣ１２３', 'abc123'],
  ])('folds Latin case and accents: %s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds Cyrillic case, й and ё', () => {
    expect(foldText('ТЕРРОРИЗМ')).toBe('терроризм');
    expect(foldText('Ёлка')).toBe(foldText('елка'));
    expect(foldText('Йемен')).toBe('иемен');
  });

  it('folds Greek case and final sigma', () => {
    expect(foldText('ΟΔΟΣ')).toBe(foldText('οδος'));
    expect(foldText('Ἀθῆναι')).toBe('αθηναι');
  });

  it('normalises Arabic: alef forms, taa marbuta, alef maqsura, harakat, tatweel, digits', () => {
    expect(foldText('أحمد')).toBe('احمد');
    expect(foldText('إسلام')).toBe('اسلام');
    expect(foldText('آمن')).toBe('امن');
    expect(foldText('ٱلله')).toBe('الله');
    expect(foldText('مدرسة')).toBe('مدرسه');
    expect(foldText('مستشفى')).toBe('مستشفي');
    expect(foldText('مُحَمَّدٌ')).toBe('محمد');
    expect(foldText('عـــربي')).toBe('عربي');
    expect(foldText('٢٠٢٤ و ۱۹')).toBe('2024 و 19');
    expect(foldText('ی ک')).toBe('ي ك');
  });

  it('leaves Chinese characters and Hangul syllables as they are', () => {
    expect(foldText('恐怖主义')).toBe('恐怖主义');
    expect(foldText('한국어')).toBe('한국어');
  });
});

describe('tokenise', () => {
  it('splits on anything but letters and digits and keeps where each word stands', () => {
    const text = 'Passenger-data (API/PNR), 2017!';
    expect(tokenise(text).map((token) => [token.term, text.slice(token.start, token.end)])).toEqual(
      [
        ['passenger', 'Passenger'],
        ['data', 'data'],
        ['api', 'API'],
        ['pnr', 'PNR'],
        ['2017', '2017'],
      ],
    );
  });

  it('makes every Chinese, Japanese and Korean character a token', () => {
    expect(termsOf('反恐怖主义')).toEqual(['反', '恐', '怖', '主', '义']);
    expect(termsOf('テロ対策')).toEqual(['テ', 'ロ', '対', '策']);
    expect(termsOf('UN반테러')).toEqual(['un', '반', '테', '러']);
  });

  it('keeps the original span of a word with marks', () => {
    const text = 'قال مُحَمَّدٌ';
    const [, word] = tokenise(text);
    expect(word.term).toBe('محمد');
    expect(text.slice(word.start, word.end)).toBe('مُحَمَّدٌ');
  });
});

describe('indexTerm', () => {
  it('keeps plain ASCII words of 3 to 80 characters', () => {
    expect(indexTerm('passenger')).toBe('passenger');
    expect(indexTerm('2178')).toBe('2178');
  });

  it('encodes what InnoDB would drop or split: short words, stop words, other scripts', () => {
    for (const term of ['un', 'a', 'the', 'with', '恐', 'محمد', 'терроризм', 'zzz'])
      expect(indexTerm(term)).toMatch(/^zz[0-9a-z]{4,}$/);
    // u = 117 = 0039 and n = 110 = 0032 in base 36.
    expect(indexTerm('un')).toBe('zz00390032');
  });

  it('never maps two different words to one index word', () => {
    const words = ['un', 'nu', 'the', 'thé', 'zz00', 'zzz', '恐', '怖', 'ab', 'محمد', 'مح'];
    const encoded = words.map(indexTerm);
    expect(new Set(encoded).size).toBe(words.length);
  });

  it('writes only ASCII letters and digits, at most 84 long (InnoDB’s largest token)', () => {
    for (const term of ['x'.repeat(200), 'ж'.repeat(60), 'a'.repeat(81)]) {
      expect(indexTerm(term)).toMatch(/^[a-z0-9]{3,84}$/);
    }
  });

  it('indexText puts one space around every word and stops at a word boundary', () => {
    expect(indexText(['api', 'pnr'], 100)).toBe(' api pnr ');
    expect(indexText(['alpha', 'beta', 'gamma'], 12)).toBe(' alpha beta ');
  });
});

describe('parseQuery', () => {
  it('reads words, folded, each a part of its own', () => {
    const query = parseQuery('  Éducation  PNR ');
    expect(query.parts.map((part) => part.terms)).toEqual([['education'], ['pnr']]);
    expect(query.parts[0].pattern).toBe(' education ');
  });

  it('reads double-quoted text (straight, curly or guillemets) as one phrase', () => {
    for (const text of ['"passenger data" law', '“passenger data” law', '«passenger data» law'])
      expect(parseQuery(text).parts.map((part) => part.terms)).toEqual([
        ['passenger', 'data'],
        ['law'],
      ]);
    expect(parseQuery('"unclosed phrase').parts[0].terms).toEqual(['unclosed', 'phrase']);
  });

  it('makes a phrase of a chunk that folds to several words: Chinese, hyphens', () => {
    expect(parseQuery('恐怖主义').parts).toEqual([
      {
        terms: ['恐', '怖', '主', '义'],
        pattern: ` ${['恐', '怖', '主', '义'].map(indexTerm).join(' ')} `,
      },
    ]);
    expect(parseQuery('e-mail').parts[0].terms).toEqual(['e', 'mail']);
  });

  it('drops repeats, punctuation only and parts beyond the limit', () => {
    expect(parseQuery('pnr PNR Pnr').parts).toHaveLength(1);
    expect(parseQuery('!!! ... ""').parts).toEqual([]);
    const many = Array.from({ length: 20 }, (_, index) => `word${index}`).join(' ');
    expect(parseQuery(many).parts).toHaveLength(MAX_QUERY_PARTS);
  });

  it('writes each part as index words between spaces (a phrase keeps its order)', () => {
    const query = parseQuery('"passenger data" the');
    expect(query.parts.map((part) => part.pattern)).toEqual([
      ' passenger data ',
      ` ${indexTerm('the')} `,
    ]);
  });

  it('lists every folded word for highlighting', () => {
    expect(parseQuery('"Données API" données').terms).toEqual(['donnees', 'api']);
  });
});

describe('highlight and snippet', () => {
  it('marks found words in their original spelling', () => {
    expect(highlight('Les Données API', ['donnees'])).toEqual([
      { text: 'Les ', mark: false },
      { text: 'Données', mark: true },
      { text: ' API', mark: false },
    ]);
  });

  it('marks single Chinese characters inside a run', () => {
    expect(highlight('打击恐怖主义', ['恐', '怖'])).toEqual([
      { text: '打击', mark: false },
      { text: '恐怖', mark: true },
      { text: '主义', mark: false },
    ]);
  });

  it('keeps markup as text (the view escapes it)', () => {
    expect(highlight('<script>alert(1)</script> pnr', ['pnr'])).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'pnr', mark: true },
    ]);
  });

  it('cuts a window around the first found word, at word boundaries', () => {
    const text = `${'lorem ipsum '.repeat(40)}the passenger data law ${'dolor sit '.repeat(40)}`;
    const cut = snippet(text, ['passenger'], 80);
    const shown = cut.segments.map((segment) => segment.text).join('');
    expect(cut.before).toBe(true);
    expect(cut.after).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(80);
    expect(shown).toMatch(/^\w/);
    expect(cut.segments.find((segment) => segment.mark)?.text).toBe('passenger');
  });

  it('starts at the beginning when nothing is found in the text', () => {
    const cut = snippet('short text', ['absent']);
    expect(cut).toEqual({
      segments: [{ text: 'short text', mark: false }],
      before: false,
      after: false,
    });
  });
});
