import { defineArea } from '../common/areas/area';

/**
 * The Pool of Experts: staff run it, experts keep their profile and engagements there, a
 * State's focal point and officials follow the State's requests and engagements. Partners and
 * PIU analysts have no use for it (403). Finer rules (staff-only pages, the expert's own
 * profile, an engagement's parties) are the services'.
 */
export const EXPERTS_AREA = defineArea({
  id: 'experts',
  path: '/experts',
  roles: ['admin', 'staff', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.experts', order: 30 },
});
