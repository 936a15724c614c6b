import { defineArea } from '../../common/areas/area';

/**
 * Assessments of Member States: staff run them, assigned experts write them, the State's
 * people read (and its focal point comments on) their own. Partners and PIU analysts: 403.
 */
export const ASSESSMENTS_AREA = defineArea({
  id: 'assessments',
  path: '/programme/assessments',
  roles: ['admin', 'staff', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.assessments', order: 12 },
});

/** The questionnaire's indicator set: programme staff and admins keep it. */
export const INDICATORS_AREA = defineArea({
  id: 'assessment-indicators',
  path: '/programme/indicators',
  roles: ['admin', 'staff'],
});
