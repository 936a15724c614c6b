import { Injectable } from '@nestjs/common';
import { translate } from '../../common/i18n/translator';
import { worldMap, type MappedState, type WorldMapModel } from './map/world-map';
import { worldMapSvg } from './map/world-map-svg';
import { worldShapes } from './map/world-shapes';
import type { ProgrammeOverview } from './programme-overview.service';
import type { ProgrammeState } from './programme-states';

export interface DrawnMap {
  readonly model: WorldMapModel;
  readonly svg: string;
}

/**
 * The dashboard's map, drawn once per list of States (which changes only with a status), per
 * region filter and per language, and kept beside that list: the same for every reader.
 */
@Injectable()
export class ProgrammeMaps {
  private readonly drawn = new WeakMap<readonly ProgrammeState[], Map<string, DrawnMap>>();

  map(overview: ProgrammeOverview, locale: string): DrawnMap {
    let byFilter = this.drawn.get(overview.states);
    if (!byFilter) {
      byFilter = new Map();
      this.drawn.set(overview.states, byFilter);
    }
    const key = `${overview.region ?? ''}\u0000${locale}`;
    let map = byFilter.get(key);
    if (!map) {
      map = draw(overview, locale);
      byFilter.set(key, map);
    }
    return map;
  }
}

/** The model of the map: every State, pale outside the region filter. */
export function mapModel(overview: ProgrammeOverview): WorldMapModel {
  const states: MappedState[] = overview.states.map((state) => ({
    code: state.code,
    name: state.name,
    status: state.status,
    inFilter: overview.region === null || state.region === overview.region,
  }));
  return worldMap(worldShapes(), states, overview.statuses);
}

function draw(overview: ProgrammeOverview, locale: string): DrawnMap {
  const model = mapModel(overview);
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const svg = worldMapSvg(
    model,
    {
      title: t('programme.map.svgTitle'),
      description: t('programme.map.description'),
      countryTitle: (name, statusKey) =>
        t('programme.map.countryTitle', { name, status: t(statusKey) }),
    },
    'programme-map',
  );
  return { model, svg };
}
