import { defineArea } from '../common/areas/area';

/** A person's own account pages: every signed-in role, each person their own account only. */
export const ACCOUNT_AREA = defineArea({
  id: 'account',
  path: '/account',
  roles: 'all',
  navigation: { label: 'nav.account', order: 90 },
});
