import { defineArea } from '../common/areas/area';

/**
 * The Informal Working Groups and their forums. Officials and focal points take part in their
 * region's IWG, staff and admins in all, partners and experts where staff invited them as
 * guests (the visibility policy decides which IWG each one sees). PIU analysts work in the
 * screening module only.
 */
export const IWG_AREA = defineArea({
  id: 'iwg',
  path: '/iwg',
  roles: ['admin', 'staff', 'focal-point', 'official', 'partner', 'expert'],
  navigation: { label: 'nav.iwg', order: 15 },
});
