import { defineArea } from '../common/areas/area';

/** Issuing and tracking invitations: admins for anyone, focal points for their own State. */
export const INVITATIONS_AREA = defineArea({
  id: 'invitations',
  path: '/invitations',
  roles: ['admin', 'focal-point'],
  navigation: { label: 'nav.invitations', order: 50 },
});
