import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { findMemberState } from '../../../member-states/data/un-member-states';
import { planeOf, type Plane } from './natural-earth';

/**
 * The world's country shapes, projected once into SVG path data. The shapes are Natural Earth's
 * (public domain) as the `world-atlas` package ships them in TopoJSON, keyed by ISO 3166-1
 * numeric code, which i18n-iso-countries turns into the alpha-3 code the portal uses for a State.
 *
 * The 1:110m file (108 kB) draws the map. 28 small Member States (islands, Andorra, Monaco…)
 * are too small for it: each is drawn as a dot at a point of its largest island in the 1:50m
 * file, read once and dropped; Tuvalu, in neither, at Funafuti. Shapes that are no Member State
 * (Greenland, Western Sahara, disputed areas) are drawn as plain land without a name; Antarctica
 * is left out. The map makes no statement on borders (the page says so, as UN maps do).
 */
export interface WorldShapes {
  readonly width: number;
  readonly height: number;
  /** Member State alpha-3 → path data (several polygons in one path). */
  readonly states: ReadonlyMap<string, string>;
  /** Member States too small to draw: alpha-3 → the dot's centre. */
  readonly dots: ReadonlyMap<string, readonly [number, number]>;
  /** Land that is no Member State, as path data. */
  readonly otherLand: readonly string[];
}

export const MAP_WIDTH = 960;
/** Greenland's and Canada's northern coasts; Tierra del Fuego and the Southern Ocean's islands. */
const NORTH = 84;
const SOUTH = -57;
/** ISO 3166-1 numeric of Antarctica. */
const ANTARCTICA = '010';
/** Funafuti: Tuvalu is in neither file. */
const POINTS_NOT_IN_THE_ATLAS: Readonly<Record<string, readonly [number, number]>> = {
  TUV: [179.19, -8.52],
};

let loaded: WorldShapes | undefined;

/** The shapes, projected on first use and kept for the life of the process. */
export function worldShapes(): WorldShapes {
  loaded ??= projectWorld(planeOf(MAP_WIDTH, NORTH, SOUTH));
  return loaded;
}

interface CountryFeature {
  alpha3: string | undefined;
  polygons: Position[][][];
}

function readAtlas(file: string): CountryFeature[] {
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(topology, topology.objects.countries)
    .features.filter((country) => country.id !== ANTARCTICA)
    .map((country) => ({
      alpha3: country.id === undefined ? undefined : countries.numericToAlpha3(String(country.id)),
      polygons: polygonsOf(country.geometry as Polygon | MultiPolygon | null),
    }));
}

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function projectWorld(plane: Plane): WorldShapes {
  const states = new Map<string, string>();
  const otherLand: string[] = [];
  for (const country of readAtlas('countries-110m.json')) {
    const d = pathData(country.polygons, plane);
    if (country.alpha3 && findMemberState(country.alpha3)) states.set(country.alpha3, d);
    else otherLand.push(d);
  }
  return {
    width: plane.width,
    height: Math.round(plane.height * 10) / 10,
    states,
    dots: dotsOfSmallStates(states, plane),
    otherLand,
  };
}

/** Where to put a dot for each Member State the 1:110m shapes leave out. */
function dotsOfSmallStates(
  drawn: ReadonlyMap<string, string>,
  plane: Plane,
): Map<string, readonly [number, number]> {
  const dots = new Map<string, readonly [number, number]>();
  const detailed = new Map<string, Position[][][]>();
  for (const country of readAtlas('countries-50m.json'))
    if (country.alpha3 && !drawn.has(country.alpha3))
      detailed.set(country.alpha3, country.polygons);
  const missing = [...detailed.keys(), ...Object.keys(POINTS_NOT_IN_THE_ATLAS)].filter((code) =>
    findMemberState(code),
  );
  for (const code of missing) {
    const polygons = detailed.get(code);
    const [longitude, latitude] = polygons
      ? centreOfLargest(polygons)
      : POINTS_NOT_IN_THE_ATLAS[code];
    const [x, y] = plane.point(longitude, latitude);
    dots.set(code, [round(x), round(y)]);
  }
  return dots;
}

/** The middle of the bounding box of the largest polygon's outer ring, in degrees. */
function centreOfLargest(polygons: Position[][][]): [number, number] {
  let best: Position[] = polygons[0][0];
  let bestArea = -1;
  for (const [outer] of polygons) {
    const area = Math.abs(shoelace(outer));
    if (area > bestArea) [best, bestArea] = [outer, area];
  }
  const longitudes = best.map((point) => point[0]);
  const latitudes = best.map((point) => point[1]);
  return [
    (Math.min(...longitudes) + Math.max(...longitudes)) / 2,
    (Math.min(...latitudes) + Math.max(...latitudes)) / 2,
  ];
}

function shoelace(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * SVG path data for polygons (outer rings and holes; draw with `fill-rule="evenodd"`), in
 * tenths of a unit: an absolute move to each ring's first point, then relative lines, with
 * points that round onto the previous one left out. Relative steps of a tenth are short to
 * write, which keeps the whole map near 60 kB.
 */
export function pathData(polygons: readonly Position[][][], plane: Plane): string {
  let d = '';
  for (const polygon of polygons)
    for (const ring of polygon.flatMap(acrossTheAntimeridian)) {
      let previous: [number, number] | null = null;
      let steps = '';
      let drawn = 0;
      // GeoJSON closes each ring on its first point; `z` does that.
      const open =
        ring.length > 1 && sameSpot(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring;
      for (const [longitude, latitude] of open) {
        const [x, y] = plane.point(longitude, latitude);
        const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
        if (previous === null) {
          d += `M${tenths(point[0])} ${tenths(point[1])}`;
        } else {
          const dx = point[0] - previous[0];
          const dy = point[1] - previous[1];
          if (dx === 0 && dy === 0) continue;
          steps += `${steps === '' ? 'l' : dx < 0 ? '' : ' '}${tenths(dx)}${dy < 0 ? '' : ' '}${tenths(dy)}`;
          drawn += 1;
        }
        previous = point;
      }
      d += `${steps}z`;
      if (drawn === 0) d = d.replace(/M[^M]*z$/, '');
    }
  return d;
}

/**
 * A ring as drawn: itself, or, when it crosses the antimeridian (Fiji, Russia's Chukotka: a
 * step of more than 180° of longitude), unwrapped east past 180° and drawn twice, once there
 * and once 360° west, so each side shows its part and the map's edges cut the rest (the SVG's
 * view box, the PDF's clip). No line runs across the whole map.
 */
function acrossTheAntimeridian(ring: Position[]): Position[][] {
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
  if (!crosses) return [ring];
  const east = ring.map(([longitude, latitude]) => [
    longitude < 0 ? longitude + 360 : longitude,
    latitude,
  ]);
  return [east, east.map(([longitude, latitude]) => [longitude - 360, latitude])];
}

function sameSpot(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** An integer number of tenths, written shortly: 12 → 1.2, -3 → -.3, 40 → 4, 0 → 0. */
export function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(value) / 10);
  const tenth = Math.abs(value) % 10;
  if (tenth === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${tenth}`;
}
