import { defineArea } from '../common/areas/area';
import { ROLES, TWO_FACTOR_REQUIRED } from '../common/identity/role';

/** A person's own account pages: every signed-in role, each person their own account only. */
export const ACCOUNT_AREA = defineArea({
  id: 'account',
  path: '/account',
  roles: 'all',
  navigation: { label: 'nav.account', order: 90 },
});

/**
 * Turning two-step verification off: only the roles for which it is a choice (the others must
 * keep it), so the rest get 403 on this one handler.
 */
export const TWO_FACTOR_OPTIONAL_AREA = defineArea({
  id: 'account-two-factor-optional',
  path: '/account/two-factor/disable',
  roles: ROLES.filter((role) => !TWO_FACTOR_REQUIRED.has(role)),
});
