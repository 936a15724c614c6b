import { defineArea } from '../common/areas/area';

export const ADMIN_USERS_AREA = defineArea({
  id: 'admin-users',
  path: '/admin/users',
  roles: ['admin'],
  navigation: { label: 'nav.users', order: 60 },
});

/** Programme status of each State: staff run the programme, so they use it too. */
export const ADMIN_MEMBER_STATES_AREA = defineArea({
  id: 'admin-member-states',
  path: '/admin/member-states',
  roles: ['admin', 'staff'],
  navigation: { label: 'nav.memberStates', order: 70 },
});

export const ADMIN_AUDIT_AREA = defineArea({
  id: 'admin-audit',
  path: '/admin/audit',
  roles: ['admin'],
  navigation: { label: 'nav.audit', order: 80 },
});
