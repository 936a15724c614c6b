import { MarkdownRenderer, mentionedHandles } from './markdown-renderer';

describe('MarkdownRenderer', () => {
  const renderer = new MarkdownRenderer();

  it('renders Markdown', () => {
    expect(renderer.render('**bold** and _em_\n\n- one\n- two')).toBe(
      '<p><strong>bold</strong> and <em>em</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('lets no raw HTML or script through', () => {
    const html = renderer.render(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <b onclick="x">b</b>',
    );
    expect(html).not.toMatch(/<script|<img|<b[ >]|href="javascript/i);
    expect(html).not.toMatch(/<[^>]*\son(error|click)=/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives every link rel="nofollow noopener" and keeps only safe schemes', () => {
    const html = renderer.render('[site](https://example.org) https://un.org [local](/iwg/1)');
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener">site</a>');
    expect(html).toContain('<a href="https://un.org" rel="nofollow noopener">https://un.org</a>');
    expect(html).toContain('<a href="/iwg/1" rel="nofollow noopener">local</a>');
    expect(renderer.render('[x](data:text/html,hi)')).not.toContain('href="data');
  });

  it('shows images from the portal only; others become their alt text', () => {
    expect(renderer.render('![map](/assets/favicon.svg)')).toContain(
      '<img src="/assets/favicon.svg" alt="map" />',
    );
    const outside = renderer.render(
      '![pixel](https://tracker.example/p.gif) ![x](//evil.example/a.png)',
    );
    expect(outside).not.toContain('<img');
    expect(outside).toContain('pixel');
  });

  it('shows resolved mentions as the name, leaves unknown ones and code alone', () => {
    const mentions = new Map([['amina.k', 'Amina Kamau']]);
    const html = renderer.render('Hi @amina.k. See `@amina.k` and @nobody', mentions);
    expect(html).toContain('Hi <span class="mention">@Amina Kamau</span>. See');
    expect(html).toContain('<code>@amina.k</code>');
    expect(html).toContain('@nobody');
  });

  it('escapes a name that looks like markup', () => {
    const html = renderer.render('@x', new Map([['x', '<img src=/a onerror=alert(1)>']]));
    expect(html).not.toContain('<img');
  });

  it('finds the handles a text mentions, once each, without the full stop', () => {
    expect(mentionedHandles('@Amina.K, @bob@example.org. and again @amina.k. mail@x.org')).toEqual([
      'amina.k',
      'bob@example.org',
    ]);
  });

  it('gives the plain text of a post for search', () => {
    expect(renderer.plainText('# Title\n\nSome **bold** & <b>tags</b>')).toBe(
      'Title\nSome bold & <b>tags</b>',
    );
  });

  it('works out the plain text of a short source once, and of a long one every time', () => {
    const fresh = new MarkdownRenderer();
    const render = jest.spyOn(fresh, 'render');
    const short = 'A **short** message';
    const long = `${'word '.repeat(1_000)}end`;

    expect(fresh.plainText(short)).toBe('A short message');
    expect(fresh.plainText(short)).toBe('A short message');
    expect(render).toHaveBeenCalledTimes(1);

    expect(fresh.plainText(long)).toBe(fresh.plainText(long));
    expect(render).toHaveBeenCalledTimes(3);
  });
});
