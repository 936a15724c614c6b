import type { WorldShapes } from './world-shapes';

/** A Member State as the map shades it. */
export interface MappedState {
  readonly code: string;
  readonly name: string;
  /** Its programme status, or null when it is not in the programme. */
  readonly status: string | null;
  /** False when a filter (a region) leaves it out: drawn pale. */
  readonly inFilter: boolean;
}

/** One shape or dot of the map: the template draws it, `<title>` naming State and status. */
export interface MapCountry {
  readonly code: string;
  readonly name: string;
  readonly statusKey: string;
  readonly fill: string;
  readonly outside: boolean;
}

export interface MapLegendEntry {
  readonly labelKey: string;
  readonly fill: string;
  readonly count: number;
}

export interface WorldMapModel {
  readonly viewBox: string;
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly (MapCountry & { readonly d: string })[];
  readonly dots: readonly (MapCountry & { readonly cx: number; readonly cy: number })[];
  readonly otherLand: readonly string[];
  readonly legend: readonly MapLegendEntry[];
}

/**
 * Colours of the statuses in programme order, light to dark: viridis, which keeps its order
 * for colour-blind readers and in grey print. A status past the fifth takes the darkest.
 */
const STATUS_FILLS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];
export const NOT_IN_PROGRAMME_FILL = '#c9ced6';
export const OUTSIDE_FILTER_FILL = '#eceef1';
export const OTHER_LAND_FILL = '#e2e5e9';

export function statusFill(statuses: readonly string[], status: string | null): string {
  if (status === null) return NOT_IN_PROGRAMME_FILL;
  const at = statuses.indexOf(status);
  return at < 0 ? NOT_IN_PROGRAMME_FILL : STATUS_FILLS[Math.min(at, STATUS_FILLS.length - 1)];
}

function statusKey(status: string | null): string {
  return `status.${status ?? 'none'}`;
}

/**
 * The map's model: every Member State shaded by its status (pale when a filter leaves it out),
 * the land that is no Member State, and a legend counting the States of each colour (within
 * the filter). `statuses` gives the order; States are drawn in the order given.
 */
export function worldMap(
  shapes: WorldShapes,
  states: readonly MappedState[],
  statuses: readonly string[],
): WorldMapModel {
  const country = (state: MappedState): MapCountry => ({
    code: state.code,
    name: state.name,
    statusKey: statusKey(state.status),
    fill: state.inFilter ? statusFill(statuses, state.status) : OUTSIDE_FILTER_FILL,
    outside: !state.inFilter,
  });
  const counts = new Map<string | null, number>();
  let outside = 0;
  for (const state of states) {
    if (state.inFilter) counts.set(state.status, (counts.get(state.status) ?? 0) + 1);
    else outside += 1;
  }
  const legend: MapLegendEntry[] = [...statuses, null].map((status) => ({
    labelKey: statusKey(status),
    fill: statusFill(statuses, status),
    count: counts.get(status) ?? 0,
  }));
  if (outside > 0)
    legend.push({ labelKey: 'programme.map.outside', fill: OUTSIDE_FILTER_FILL, count: outside });
  return {
    viewBox: `0 0 ${shapes.width} ${shapes.height}`,
    width: shapes.width,
    height: shapes.height,
    shapes: states.flatMap((state) => {
      const d = shapes.states.get(state.code);
      return d === undefined ? [] : [{ ...country(state), d }];
    }),
    dots: states.flatMap((state) => {
      const at = shapes.dots.get(state.code);
      return at === undefined ? [] : [{ ...country(state), cx: at[0], cy: at[1] }];
    }),
    otherLand: shapes.otherLand,
    legend,
  };
}
