import { defineArea } from '../common/areas/area';

/**
 * The PIU's screening workspace: a State's passenger data, its watchlists and rules, its
 * carriers' keys. For the State's PIU analysts alone; every other role, admins and programme
 * staff included, gets 404, as for a page that is not there.
 */
export const SCREENING_AREA = defineArea({
  id: 'screening',
  path: '/screening',
  roles: ['piu-analyst'],
  navigation: { label: 'nav.screening', order: 15 },
  othersGet: 'not-found',
});
