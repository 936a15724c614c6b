import { defineArea } from '../../common/areas/area';

/**
 * The programme dashboard and its overview report: programme staff and admins see all of it;
 * partner agencies see it too, without what is a State's own business (see
 * `programme-disclosure.ts`). States' own people and experts have their State's space instead.
 */
export const PROGRAMME_AREA = defineArea({
  id: 'programme',
  path: '/programme',
  roles: ['admin', 'staff', 'partner'],
  navigation: { label: 'nav.programme', order: 11 },
});

/** CSV exports for donor reporting: a State's context and steps in full, so staff only. */
export const PROGRAMME_EXPORTS_AREA = defineArea({
  id: 'programme-exports',
  path: '/programme/exports',
  roles: ['admin', 'staff'],
});

/**
 * One State's roadmap report (PDF): whoever may open the State's space — staff, admins, the
 * State's own officials and focal points, the experts assigned to it, partners the roadmap is
 * shared with (any other State: 404, audited).
 */
export const STATE_REPORT_AREA = defineArea({
  id: 'programme-state-report',
  path: '/programme/states',
  roles: ['admin', 'staff', 'partner', 'focal-point', 'official', 'expert'],
});
