import { defineArea } from '../common/areas/area';

/** The dashboard every signed-in person lands on. */
export const HOME_AREA = defineArea({
  id: 'home',
  path: '/',
  roles: 'all',
  navigation: { label: 'nav.home', order: 0 },
});
