import { defineArea } from '../common/areas/area';

/**
 * Direct conversations between members. Every role that takes part in the programme's
 * collaboration; PIU analysts work in the screening module only (as in the IWG area), so they
 * neither start nor receive conversations.
 */
export const CONVERSATIONS_AREA = defineArea({
  id: 'conversations',
  path: '/conversations',
  roles: ['admin', 'staff', 'focal-point', 'official', 'partner', 'expert'],
  navigation: { label: 'nav.conversations', order: 17 },
});
