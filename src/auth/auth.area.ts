import { defineArea } from '../common/areas/area';

/** What any signed-in person does about their own sign-in: accept the terms, sign out. */
export const SIGNED_IN_AREA = defineArea({
  id: 'signed-in',
  path: '/terms',
  roles: 'all',
});
