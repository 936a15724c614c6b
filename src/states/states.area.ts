import { defineArea } from '../common/areas/area';

/** The Member State space. Partners and PIU analysts have no use for it. */
export const STATES_AREA = defineArea({
  id: 'states',
  path: '/states',
  roles: ['admin', 'staff', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.states', order: 10 },
});
