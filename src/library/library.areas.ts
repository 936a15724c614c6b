import { defineArea } from '../common/areas/area';

/** The shared library: every member but PIU analysts (whose work is screening only). */
export const LIBRARY_AREA = defineArea({
  id: 'library',
  path: '/library',
  roles: ['admin', 'staff', 'partner', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.library', order: 20 },
});

/** The review queue of proposals (partners' and experts'): staff and admins approve. */
export const LIBRARY_REVIEW_AREA = defineArea({
  id: 'library-review',
  path: '/library/review',
  roles: ['admin', 'staff'],
});
