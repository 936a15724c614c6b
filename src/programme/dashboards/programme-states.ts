import {
  findMemberState,
  UN_REGIONS,
  type UnRegion,
} from '../../member-states/data/un-member-states';
import type { OrganisationSummary } from '../../organisations/reference-data.cache';

/** A Member State as the dashboard counts it. */
export interface ProgrammeState {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly region: UnRegion | null;
  readonly subRegion: string | null;
  readonly status: string | null;
}

const derived = new WeakMap<readonly OrganisationSummary[], readonly ProgrammeState[]>();

/**
 * States (not the programme nor partners) from the reference data, by name. The same list (the
 * same array) for as long as the reference data keeps its copy, so what is built from it (the
 * map) can be kept beside it.
 */
export function programmeStates(
  organisations: readonly OrganisationSummary[],
): readonly ProgrammeState[] {
  let states = derived.get(organisations);
  if (!states) {
    states = Object.freeze(statesOf(organisations));
    derived.set(organisations, states);
  }
  return states;
}

function statesOf(organisations: readonly OrganisationSummary[]): ProgrammeState[] {
  return organisations
    .filter((organisation) => organisation.kind === 'state')
    .map((state) => {
      const reference = findMemberState(state.code);
      return {
        id: state.id,
        code: state.code,
        name: state.name,
        region: reference?.region ?? null,
        subRegion: reference?.subRegion ?? null,
        status: state.programmeStatus,
      };
    });
}

/** How many States have each status (in `statuses` order), and how many none. */
export function countByStatus(
  states: readonly ProgrammeState[],
  statuses: readonly string[],
): { status: string | null; count: number }[] {
  return [...statuses, null].map((status) => ({
    status,
    count: states.filter((state) => state.status === status).length,
  }));
}

export interface RegionRow {
  readonly region: UnRegion;
  /** One count per status, in `statuses` order. */
  readonly counts: readonly number[];
  readonly inProgramme: number;
  readonly total: number;
}

/** The States of each UN region by status: the figures a partner may see about States. */
export function regionRows(
  states: readonly ProgrammeState[],
  statuses: readonly string[],
): RegionRow[] {
  return UN_REGIONS.map((region) => {
    const here = states.filter((state) => state.region === region);
    const counts = statuses.map((status) => here.filter((state) => state.status === status).length);
    return {
      region,
      counts,
      inProgramme: counts.reduce((sum, count) => sum + count, 0),
      total: here.length,
    };
  });
}
