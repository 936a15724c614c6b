import { UN_MEMBER_STATES } from '../../../member-states/data/un-member-states';
import { planeOf } from './natural-earth';
import { pathData, tenths, worldShapes } from './world-shapes';

describe('path data', () => {
  const plane = {
    width: 100,
    height: 100,
    point: (x: number, y: number): [number, number] => [x, y],
  };

  it('writes tenths shortly', () => {
    expect([12, -3, 40, 0, -40, 5, 123].map(tenths)).toEqual([
      '1.2',
      '-.3',
      '4',
      '0',
      '-4',
      '.5',
      '12.3',
    ]);
  });

  it('moves to the first point, draws relative lines, closes, and drops the closing point', () => {
    const square = [
      [
        [10, 10],
        [20, 10],
        [20, 20.5],
        [10, 20.5],
        [10, 10],
      ],
    ];
    expect(pathData([square], plane)).toBe('M10 10l10 0 0 10.5-10 0z');
  });

  it('leaves out points that round onto the previous one, and rings that shrink to a point', () => {
    const ring = [
      [1, 1],
      [1.01, 1.02],
      [2, 1],
      [1, 1],
    ];
    const speck = [
      [5, 5],
      [5.01, 5.01],
      [5, 5],
    ];
    expect(pathData([[ring], [speck]], plane)).toBe('M1 1l1 0z');
  });

  it('draws holes as further rings of the same path (filled with evenodd)', () => {
    const outer = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 0],
    ];
    const hole = [
      [2, 1],
      [8, 1],
      [8, 7],
      [2, 1],
    ];
    expect(pathData([[outer, hole]], plane)).toBe('M0 0l10 0 0 10zM2 1l6 0 0 6z');
  });

  it('draws a ring across the antimeridian twice, unwrapped east and shifted west', () => {
    const fiji = [
      [
        [179, -16],
        [-179, -16],
        [-179, -17],
        [179, -17],
        [179, -16],
      ],
    ];
    expect(pathData([fiji], plane)).toBe('M179 -16l2 0 0-1-2 0zM-181 -16l2 0 0-1-2 0z');
  });

  it('projects through the plane it is given', () => {
    const d = pathData(
      [
        [
          [
            [-90, 0],
            [90, 0],
            [0, 84],
          ],
        ],
      ],
      planeOf(960, 84, -57),
    );
    expect(d).toMatch(/^M240 [\d.]+l480 0-240-[\d.]+z$/);
  });
});

describe('the world shapes from world-atlas (Natural Earth)', () => {
  const shapes = worldShapes();

  it('has a shape or a dot for every one of the 193 Member States, and nothing twice', () => {
    const missing = UN_MEMBER_STATES.filter(
      (state) => !shapes.states.has(state.alpha3) && !shapes.dots.has(state.alpha3),
    );
    expect(missing.map((state) => state.alpha3)).toEqual([]);
    expect([...shapes.states.keys()].filter((code) => shapes.dots.has(code))).toEqual([]);
    expect(shapes.states.size + shapes.dots.size).toBe(193);
  });

  it('keys shapes by alpha-3 from the ISO numeric ids, and puts them where they belong', () => {
    const box = (d: string) => {
      // The first point of each ring is absolute: enough to place a country roughly.
      const starts = [...d.matchAll(/M([\d.]+) ([\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      return starts[0];
    };
    const [kenyaX, kenyaY] = box(shapes.states.get('KEN')!);
    // Germany: one piece (France's first ring is French Guiana).
    const [germanyX, germanyY] = box(shapes.states.get('DEU')!);
    const [brazilX] = box(shapes.states.get('BRA')!);
    expect(kenyaX).toBeGreaterThan(500);
    expect(kenyaY).toBeGreaterThan(germanyY);
    expect(brazilX).toBeLessThan(germanyX);
    expect(germanyX).toBeLessThan(kenyaX);
  });

  it('draws small States as dots inside the map', () => {
    for (const code of ['MDV', 'SYC', 'TUV', 'MCO', 'KNA']) {
      const [x, y] = shapes.dots.get(code)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(shapes.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(shapes.height);
    }
    // Tuvalu sits near the antimeridian, in the south.
    expect(shapes.dots.get('TUV')![0]).toBeGreaterThan(900);
  });

  it('keeps other land (Greenland, Western Sahara) unnamed, and Antarctica out', () => {
    expect(shapes.otherLand.length).toBeGreaterThan(5);
    expect(shapes.states.has('GRL')).toBe(false);
    expect(shapes.states.has('ATA')).toBe(false);
  });

  it('never draws a line across the map (rings crossing the antimeridian are split)', () => {
    for (const d of [...shapes.states.values(), ...shapes.otherLand]) {
      // A relative step wider than half the map is a line across it.
      const wide = d
        .split(/[Mz]/)
        .flatMap((part) => part.split('l').slice(1))
        .flatMap((run) => [...run.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].filter((_, i) => i % 2 === 0))
        .some((match) => Math.abs(Number(match[0])) > shapes.width / 2);
      expect(wide).toBe(false);
    }
  });

  it('stays light enough to draw inline in a page', () => {
    const bytes = [...shapes.states.values(), ...shapes.otherLand].join('').length;
    expect(bytes).toBeLessThan(120_000);
  });
});
