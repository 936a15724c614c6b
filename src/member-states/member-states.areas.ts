import { defineArea } from '../common/areas/area';

/**
 * The Member State space. PIU analysts have no use for it; partners see only the States whose
 * roadmap programme staff shared with their agency (any other State is a 404).
 */
export const STATES_AREA = defineArea({
  id: 'states',
  path: '/states',
  roles: ['admin', 'staff', 'partner', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.states', order: 10 },
});

/** Programme status of each State: staff run the programme, so they use it too. */
export const ADMIN_MEMBER_STATES_AREA = defineArea({
  id: 'admin-member-states',
  path: '/admin/member-states',
  roles: ['admin', 'staff'],
  navigation: { label: 'nav.memberStates', order: 70 },
});
