import { defineArea } from '../common/areas/area';

/**
 * A focal point's PIU analysts: the accounts only their own State's focal point may recover
 * (admins may suspend them, never reset their sign-in).
 */
export const PIU_ANALYSTS_AREA = defineArea({
  id: 'piu-analysts',
  path: '/piu-analysts',
  roles: ['focal-point'],
  navigation: { label: 'nav.piuAnalysts', order: 55 },
});
