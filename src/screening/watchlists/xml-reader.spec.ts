import {
  childElement,
  childElements,
  childText,
  isXmlProblem,
  readXml,
  type XmlElement,
} from './xml-reader';

function parse(xml: string): XmlElement {
  const result = readXml(xml);
  if (isXmlProblem(result)) throw new Error(result.message);
  return result;
}

describe('readXml', () => {
  it('builds the element tree with attributes, text, CDATA and entities', () => {
    const root = parse(
      '\uFEFF<?xml version="1.0"?>\n<!-- c --><!DOCTYPE list>\n<list date="2026-01-01" q=\'a&amp;b\'>' +
        '<item><name> A &amp; B &#233;&#x4E2D; &lt;x&gt; &quot;&apos;</name><empty/><raw><![CDATA[<not a tag>]]></raw></item>' +
        '<item><name>second</name></item></list>',
    );
    expect(root.name).toBe('list');
    expect(root.attributes).toEqual({ date: '2026-01-01', q: 'a&b' });
    const items = childElements(root, 'item');
    expect(items).toHaveLength(2);
    expect(childText(items[0], 'name')).toBe('A & B é中 <x> "\'');
    expect(childElement(items[0], 'empty')).toEqual({
      name: 'empty',
      attributes: {},
      children: [],
      text: '',
    });
    expect(childText(items[0], 'raw')).toBe('<not a tag>');
    expect(childText(items[1], 'missing')).toBe('');
  });

  it.each([
    ['<a><b></a>', 1, 'closing tag </a> does not match <b>'],
    ['<a>\n<b>\n', 3, 'unexpected end of file: <b> is not closed'],
    ['<a>&nbsp;</a>', 1, 'unknown entity &nbsp;'],
    ['<a>fish & chips</a>', 1, "bare '&' (write &amp;)"],
    ['<a/><b/>', 1, 'second root element <b>'],
    ['text<a/>', 1, 'text outside the root element'],
    ['</a>', 1, 'closing tag </a> without an opening tag'],
    ['<a x=1/>', 1, "malformed attribute near 'x=1'"],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', 1, 'DTD internal subsets are not accepted'],
    ['<a><!-- never closed</a>', 1, 'unterminated comment'],
    ['', 1, 'no root element'],
  ])('reports %j as malformed at line %d', (xml, line, message) => {
    expect(readXml(xml)).toEqual({ line, message });
  });
});
