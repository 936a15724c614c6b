import { defineArea } from '../common/areas/area';

/** The Member State space. Partners and PIU analysts have no use for it. */
export const STATES_AREA = defineArea({
  id: 'states',
  path: '/states',
  roles: ['admin', 'staff', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.states', order: 10 },
});

/** Programme status of each State: staff run the programme, so they use it too. */
export const ADMIN_MEMBER_STATES_AREA = defineArea({
  id: 'admin-member-states',
  path: '/admin/member-states',
  roles: ['admin', 'staff'],
  navigation: { label: 'nav.memberStates', order: 70 },
});
