import { escapeXml, worldMapSvg } from './world-map-svg';
import { worldMap } from './world-map';
import type { WorldShapes } from './world-shapes';

const shapes: WorldShapes = {
  width: 960,
  height: 450,
  states: new Map([
    ['CIV', 'M1 1l1 1z'],
    ['KEN', 'M2 2l1 1z'],
  ]),
  dots: new Map([['SYC', [600, 250] as const]]),
  otherLand: ['M9 9l1 1z'],
};

describe('the world map as SVG', () => {
  const model = worldMap(
    shapes,
    [
      { code: 'CIV', name: "Côte d'Ivoire", status: 'joined', inFilter: true },
      { code: 'KEN', name: 'Kenya <b>', status: null, inFilter: true },
      { code: 'SYC', name: 'Seychelles & co', status: 'joined', inFilter: false },
    ],
    ['interested', 'joined'],
  );
  const svg = worldMapSvg(
    model,
    {
      title: 'World "map"',
      description: 'Shaded by <status>',
      countryTitle: (name, statusKey) => `${name}: ${statusKey}`,
    },
    'm1',
  );

  it('is an image named by its title and description', () => {
    expect(svg).toMatch(
      /^<svg class="world-map" viewBox="0 0 960 450" role="img" aria-labelledby="m1-title m1-desc" focusable="false">/,
    );
    expect(svg).toContain('<title id="m1-title">World &quot;map&quot;</title>');
    expect(svg).toContain('<desc id="m1-desc">Shaded by &lt;status&gt;</desc>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('gives each State its shape or dot, its fill and an escaped title', () => {
    expect(svg).toContain(
      `<path d="M1 1l1 1z" fill="${model.shapes[0].fill}" data-code="CIV"><title>Côte d&#39;Ivoire: status.joined</title></path>`,
    );
    expect(svg).toContain('<title>Kenya &lt;b&gt;: status.none</title>');
    expect(svg).toContain(
      '<circle cx="600" cy="250" r="3" fill="#eceef1" data-code="SYC"><title>Seychelles &amp; co: status.joined</title></circle>',
    );
    expect(svg).toContain('<g fill="#e2e5e9"><path d="M9 9l1 1z"/></g>');
    expect(svg).not.toMatch(/<b>|Kenya <|& co/);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
