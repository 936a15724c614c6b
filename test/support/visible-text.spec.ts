import { visibleText } from './visible-text';

describe('visibleText', () => {
  it('reads text nodes, titles, labels and button values, not scripts, styles or comments', () => {
    const html = `<!doctype html><html><head><title>A &amp; B</title><style>p{color:red}</style>
      <script>var hidden = "no";</script></head><body><!-- note -->
      <p title="tip">Hello <strong>world</strong></p>
      <input type="text" value="typed" placeholder="Search">
      <input type="submit" value="Send"><img src="x.png" alt="Logo">
      <nav aria-label="Main"></nav><p>it&#x27;s &#39;fine&#39;</p></body></html>`;
    expect(visibleText(html)).toEqual([
      'A & B',
      'tip',
      'Hello',
      'world',
      'Search',
      'Send',
      'Logo',
      'Main',
      "it's 'fine'",
    ]);
  });
});
