import { defineArea } from '../common/areas/area';

/**
 * The Member State space. PIU analysts have no use for it; partners see only the States whose
 * roadmap programme staff shared with their agency (any other State is a 404).
 */
export const STATES_AREA = defineArea({
  id: 'states',
  path: '/states',
  roles: ['admin', 'staff', 'partner', 'focal-point', 'official', 'expert'],
  navigation: { label: 'nav.states', order: 10 },
});

/**
 * The States by programme status (region, IWG, status), staff's working list: staff run the
 * programme, so they use it too. No navigation entry of its own: "Member States" is the way to
 * the States' spaces and "Programme dashboard" to the programme's figures, whose counts by
 * status lead here.
 */
export const ADMIN_MEMBER_STATES_AREA = defineArea({
  id: 'admin-member-states',
  path: '/admin/member-states',
  roles: ['admin', 'staff'],
});
