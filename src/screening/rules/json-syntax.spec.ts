import { describeJsonSyntaxError, firstSyntaxErrorOffset } from './json-syntax';

function describe_(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonSyntaxError(text, error as Error);
  }
  throw new Error('valid JSON');
}

describe('describeJsonSyntaxError', () => {
  it.each([
    ['{\n  "rules": [\n    { id: "x" }\n  ]\n}', /^not valid JSON at line 3, column 7: /],
    [
      'not json, "really"\nsecond line',
      /^not valid JSON at line 1, column 2: unexpected token 'o'$/,
    ],
    ['[1,2,]', /^not valid JSON at line 1, column 6: unexpected token ']'$/],
    ['{ "rules": [', /^not valid JSON at line 1, column 13: unexpected end of JSON input$/],
    [
      '[1] x',
      /^not valid JSON at line 1, column 5: unexpected non-whitespace character after JSON$/,
    ],
  ])('places the error in %j with a complete reason', (text, expected) => {
    const message = describe_(text);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });
});

describe('firstSyntaxErrorOffset', () => {
  it.each([
    ['{"a":1}', undefined],
    ['[1, -2.5e3, "x\\u00e9", true, false, null, {}]', undefined],
    ['{"a" 1}', 5],
    ['[01]', 2],
    ['"a\u0001"', 2],
    ['{"a":tru}', 8],
    ['', 0],
  ])('finds where %j stops being JSON', (text, offset) => {
    expect(firstSyntaxErrorOffset(text)).toBe(offset);
  });
});
