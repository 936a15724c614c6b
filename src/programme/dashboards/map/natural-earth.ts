/**
 * The Natural Earth projection (Tom Patterson's, as the polynomial of Šavrič, Jenny, Patterson,
 * Petrovič and Hurni, 2011), written out because d3-geo 3 is an ES module only and the portal is
 * CommonJS. A pseudo-cylindrical compromise: the world looks as people expect it, without the
 * poles of an equirectangular map swelling Greenland and Russia.
 *
 * Input in degrees (longitude east, latitude north); output in the projection's own unit (the
 * equator is 2 × 2.7354 long), y growing north. `planeOf` turns it into SVG units.
 */
const RADIANS = Math.PI / 180;

export function naturalEarth(longitude: number, latitude: number): [number, number] {
  const lambda = longitude * RADIANS;
  const phi = latitude * RADIANS;
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  return [
    lambda *
      (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}

/** A drawing plane: the projected world between two latitudes, `width` units wide. */
export interface Plane {
  readonly width: number;
  readonly height: number;
  /** Degrees to SVG units (y downwards), origin at the top left. */
  point(longitude: number, latitude: number): [number, number];
}

/**
 * The plane of the world from latitude `south` to `north` (degrees), `width` units wide. The
 * map leaves Antarctica out (no Member State, and a third of the height), hence the bounds.
 */
export function planeOf(width: number, north: number, south: number): Plane {
  const [east] = naturalEarth(180, 0);
  const scale = width / (2 * east);
  const top = naturalEarth(0, north)[1];
  const bottom = naturalEarth(0, south)[1];
  return {
    width,
    height: (top - bottom) * scale,
    point(longitude, latitude) {
      const [x, y] = naturalEarth(longitude, latitude);
      return [(x + east) * scale, (top - y) * scale];
    },
  };
}
