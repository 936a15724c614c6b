import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../catalogues/en.catalogue';

const ROOT = join(__dirname, '..', '..', '..');

function files(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

/** Literal keys templates pass to `t`: `{{t "a.b"}}` and `(t "a.b")`. */
function templateKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of files(join(ROOT, 'views'), '.hbs')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/[{(]t "([\w.-]+)"/g))
      keys.set(match[1], file);
  }
  return keys;
}

/**
 * Keys code passes to translate(…, 'key') and flash(…, …, 'key'), form error keys, and message
 * references (`{ key: 'a.b' }`, `formError: 'a.b'`) that templates translate.
 */
function codeKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const patterns = [
    /translate\(\s*[\w.?]+,\s*'([\w.-]+)'/g,
    /flash\([^,]+,\s*'\w+',\s*'([\w.-]+)'/g,
    /message: '([a-z]+\.[\w.-]+)'/g,
    /FormError\.field\('[\w.]+',\s*'([\w.-]+)'/g,
    // Catalogue keys are dotted (`a.b`); a bare `key: 's1'` is data (a template section's id).
    /\bkey: '([\w-]+\.[\w.-]+)'/g,
    /formError: '([\w.-]+)'/g,
  ];
  for (const file of files(join(ROOT, 'src'), '.ts')) {
    if (file.includes(`${join('src', 'screening')}`) || file.endsWith('.spec.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) keys.set(match[1], file);
  }
  return keys;
}

describe('the English catalogue', () => {
  it('has every key that a template uses', () => {
    const used = templateKeys();
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter(([key]) => !(key in en.messages));
    expect(missing).toEqual([]);
  });

  it('has every key that the code translates', () => {
    const used = codeKeys();
    expect(used.has('login.failed')).toBe(true);
    const missing = [...used].filter(([key]) => !(key in en.messages));
    expect(missing).toEqual([]);
  });

  it('has no empty message', () => {
    expect(Object.entries(en.messages).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
