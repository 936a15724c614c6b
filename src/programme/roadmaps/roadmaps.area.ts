import { defineArea } from '../../common/areas/area';

/**
 * Each State's roadmap, under the State's space (`/states/:code/roadmap`). Partners are in the
 * area because staff may share a State's roadmap with their agency; for every other State (and
 * for the States other people may not see) the roadmap answers 404 through the visibility
 * policy. PIU analysts work in the screening module only. No navigation entry: a roadmap is
 * reached from its State's page.
 */
export const ROADMAPS_AREA = defineArea({
  id: 'roadmaps',
  path: '/states',
  roles: ['admin', 'staff', 'focal-point', 'official', 'expert', 'partner'],
});
