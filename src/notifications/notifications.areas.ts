import { defineArea } from '../common/areas/area';

/** The notification centre: every signed-in member, their own notifications only. */
export const NOTIFICATIONS_AREA = defineArea({
  id: 'notifications',
  path: '/notifications',
  roles: 'all',
});

/** A member's notification preferences, under their account. */
export const NOTIFICATION_PREFERENCES_AREA = defineArea({
  id: 'notification-preferences',
  path: '/account/notifications',
  roles: 'all',
});
