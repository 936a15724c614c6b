import { defineArea } from '../common/areas/area';

/**
 * The course catalogue and the learner's pages: every signed-in role, PIU analysts above all
 * (the entry-level course is written for the people who staff a PIU).
 */
export const TRAINING_AREA = defineArea({
  id: 'training',
  path: '/training',
  roles: 'all',
  navigation: { label: 'nav.training', order: 35 },
});

/** Authoring, publishing, enrolling anyone, progress per State and course with its CSV. */
export const TRAINING_MANAGE_AREA = defineArea({
  id: 'training-manage',
  path: '/training/manage',
  roles: ['admin', 'staff'],
});

/** A focal point's view of their State's learners, and enrolling them. */
export const TRAINING_TEAM_AREA = defineArea({
  id: 'training-team',
  path: '/training/team',
  roles: ['focal-point'],
});

/** Checking a certificate's verification code. */
export const TRAINING_VERIFY_AREA = defineArea({
  id: 'training-verify',
  path: '/training/verify',
  roles: ['admin', 'staff'],
});
