/**
 * A cross-language consonant key. Romanisations of one name differ mostly in vowels (Muhammad /
 * Mohamed), in how a sound is spelled (kh / h, sh / ch / j, ph / f, w / v) and in doubled letters;
 * the key keeps only consonant classes in order, so such spellings share it. Words romanised from
 * an abjad (Arabic, Hebrew) carry no short vowels; their w and y are long vowels and are dropped
 * except at the start, which makes محمد (mhmd) meet Mohamed and حسين (hsyn) meet Hussein.
 *
 * Classes: S sibilants and affricates (s z j x sh ch zh dzh ts), K velars (k c q g gh ck),
 * H (h kh), F labio-dentals and w (f v w ph), T dentals (t d th dh), B (b p), and L R M N.
 * Written as one pass over the word: it runs for every token and every joined pair of tokens.
 */
const LETTER_CLASS: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  f: 'F',
  v: 'F',
  w: 'F',
  c: 'K',
  k: 'K',
  q: 'K',
  g: 'K',
  d: 'T',
  t: 'T',
  s: 'S',
  z: 'S',
  j: 'S',
  x: 'S',
  h: 'H',
  l: 'L',
  r: 'R',
  m: 'M',
  n: 'N',
};

/** Two-letter spellings of one sound, by first letter: second letter → class. */
const DIGRAPHS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  s: { h: 'S', z: 'S', c: 'S' },
  c: { h: 'S', z: 'S', k: 'K' },
  z: { h: 'S' },
  t: { s: 'S', z: 'S', h: 'T' },
  d: { j: 'S', z: 'S', h: 'T' },
  k: { h: 'H' },
  g: { h: 'K' },
  p: { h: 'F' },
};

export function phoneticKey(word: string, abjad = false): string {
  let key = '';
  let last = '';
  const length = word.length;
  for (let index = 0; index < length; index += 1) {
    const char = word[index];
    if (abjad && index > 0 && (char === 'w' || char === 'y')) continue;
    let code: string | undefined;
    const digraph = DIGRAPHS[char];
    if (digraph !== undefined && index + 1 < length) {
      code = digraph[word[index + 1]];
      if (code !== undefined) {
        index += 1;
        // sch, dzh, tsh: the h belongs to the sibilant.
        if (code === 'S' && word[index + 1] === 'h') index += 1;
      }
    }
    if (code === undefined) {
      code = LETTER_CLASS[char];
      if (code === undefined) {
        // Vowels and y carry no key; digits stay as themselves.
        if (char >= '0' && char <= '9') code = char;
        else continue;
      }
    }
    if (code !== last) key += code;
    last = code;
  }
  return key;
}
