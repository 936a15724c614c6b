import { defineArea } from '../common/areas/area';

export const ADMIN_USERS_AREA = defineArea({
  id: 'admin-users',
  path: '/admin/users',
  roles: ['admin'],
  navigation: { label: 'nav.users', order: 60 },
});

export const ADMIN_AUDIT_AREA = defineArea({
  id: 'admin-audit',
  path: '/admin/audit',
  roles: ['admin'],
  navigation: { label: 'nav.audit', order: 80 },
});
