import { naturalEarth, planeOf } from './natural-earth';

describe('the Natural Earth projection', () => {
  it('keeps the origin, and is symmetric east-west and north-south', () => {
    expect(naturalEarth(0, 0)).toEqual([0, 0]);
    const [x, y] = naturalEarth(40, 30);
    const [xWest, ySouth] = naturalEarth(-40, -30);
    expect(xWest).toBeCloseTo(-x, 12);
    expect(ySouth).toBeCloseTo(-y, 12);
  });

  it('agrees with the polynomial as PROJ writes it (natearth), at the equator, pole and between', () => {
    // PROJ's Horner form of the same polynomial (Šavrič et al. 2011), written independently.
    const proj = (lambda: number, phi: number) => {
      const phi2 = phi * phi;
      const phi4 = phi2 * phi2;
      return [
        lambda *
          (0.8707 +
            phi2 * (-0.131979 + phi2 * (-0.013791 + phi4 * phi2 * (0.003971 + phi2 * -0.001529)))),
        phi *
          (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 + -0.005916 * phi4))),
      ];
    };
    const degrees = Math.PI / 180;
    for (const [longitude, latitude] of [
      [180, 0],
      [0, 90],
      [90, 45],
      [-120, -33],
      [36.8, -1.3],
    ]) {
      const [x, y] = naturalEarth(longitude, latitude);
      const [px, py] = proj(longitude * degrees, latitude * degrees);
      expect(x).toBeCloseTo(px, 12);
      expect(y).toBeCloseTo(py, 12);
    }
    // The equator is 0.8707 × 2π long; the pole line sits at 1.4224 (d3-geo's naturalEarth1).
    expect(naturalEarth(180, 0)[0]).toBeCloseTo(0.8707 * Math.PI, 12);
    expect(naturalEarth(0, 90)[1]).toBeCloseTo(1.42239, 5);
  });

  it('narrows the parallels towards the poles (a pseudo-cylindrical projection)', () => {
    const widthAt = (latitude: number) => naturalEarth(180, latitude)[0];
    expect(widthAt(60)).toBeLessThan(widthAt(30));
    expect(widthAt(30)).toBeLessThan(widthAt(0));
  });
});

describe('a drawing plane', () => {
  const plane = planeOf(960, 84, -57);

  it('spans the given width from the antimeridian west to the antimeridian east', () => {
    expect(plane.point(-180, 0)[0]).toBeCloseTo(0, 9);
    expect(plane.point(180, 0)[0]).toBeCloseTo(960, 9);
    expect(plane.point(0, 0)[0]).toBeCloseTo(480, 9);
  });

  it('puts the northern bound at the top and the southern at the bottom (y downwards)', () => {
    expect(plane.point(0, 84)[1]).toBeCloseTo(0, 9);
    expect(plane.point(0, -57)[1]).toBeCloseTo(plane.height, 9);
    expect(plane.point(36.8, -1.3)[1]).toBeGreaterThan(plane.point(2.35, 48.85)[1]);
    expect(plane.height).toBeGreaterThan(400);
    expect(plane.height).toBeLessThan(500);
  });
});
