import { defineArea } from '../common/areas/area';

/** Search: every signed-in role; what each finds is the visibility policy's business. */
export const SEARCH_AREA = defineArea({ id: 'search', path: '/search', roles: 'all' });
