import { defineArea } from '../common/areas/area';

/** SOP and Terms-of-Reference templates: programme staff write them (admins too); others 403. */
export const SOP_TEMPLATES_AREA = defineArea({
  id: 'sop-templates',
  path: '/sops/templates',
  roles: ['admin', 'staff'],
  navigation: { label: 'nav.sopTemplates', order: 45 },
});

/**
 * A State's documents, under its space (`/states/:code/documents`): `state` content, so the
 * State's people, staff and admins and the experts assigned to it; anyone else gets 404 from
 * the visibility policy. PIU analysts and partners have no use for it. No navigation entry: the
 * State's page links to it.
 */
export const STATE_DOCUMENTS_AREA = defineArea({
  id: 'state-documents',
  path: '/states',
  roles: ['admin', 'staff', 'focal-point', 'official', 'expert'],
});
