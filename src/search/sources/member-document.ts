import { transliterate } from '../../screening/matching/transliterate';
import type { Role } from '../../common/identity/role';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import type { SearchDocument } from '../search-document';

/** What a member entry is made of: an active user and their organisation. */
export interface MemberRow {
  id: number;
  name: string;
  role: Role;
  createdAt: Date;
  organisation: {
    id: number;
    kind: 'state' | 'programme' | 'partner';
    code: string;
    name: string;
    iwgRegionId: number | null;
  };
}

/** The English role names, indexed so that "expert" or "focal point" finds people by role. */
const ROLE_WORDS: Record<Role, string> = {
  admin: 'administrator',
  staff: 'programme staff',
  partner: 'partner agency',
  'focal-point': 'national focal point',
  official: 'member state official',
  expert: 'pool of experts expert',
  'piu-analyst': 'piu analyst',
};

/**
 * Who may find whom, written as the entry's visibility so the one policy decides inside the
 * query:
 * - programme staff, administrators, experts and partner agencies' people: `programme`, found
 *   by everyone signed in (they work across States);
 * - officials and focal points: `region` of their State's IWG region (the officials of that
 *   region's States, staff and admins find them), or `state` when their State is in no IWG
 *   region (their own State, staff, admins and the experts assigned to it);
 * - PIU analysts: `state` (their own State's people, staff, admins, assigned experts).
 * Partners therefore find staff, experts and partners, never a State's people.
 */
export function memberVisibility(row: {
  readonly role: Role;
  readonly organisation: Pick<MemberRow['organisation'], 'id' | 'iwgRegionId'>;
}): VisibilityScope {
  switch (row.role) {
    case 'official':
    case 'focal-point':
      return row.organisation.iwgRegionId !== null
        ? { level: 'region', regionId: row.organisation.iwgRegionId, stateId: null }
        : { level: 'state', regionId: null, stateId: row.organisation.id };
    case 'piu-analyst':
      return { level: 'state', regionId: null, stateId: row.organisation.id };
    default:
      return { level: 'programme', regionId: null, stateId: null };
  }
}

/**
 * A member as a search document: the name (and its Latin spelling when written in another
 * script, through the screening engine's transliteration, so "Mohammed" finds محمد only if
 * spelt alike: the romanisation is any-ascii's), the organisation and the role. The role code
 * is kept in `tags` for the hit's label. No page of its own: no url.
 */
export function memberDocument(row: MemberRow): SearchDocument {
  const latin = transliterate(row.name)
    .map((word) => word.text)
    .join(' ');
  return {
    kind: 'member',
    refId: row.id,
    title: row.name,
    body: row.organisation.name,
    tags: [row.role],
    date: row.createdAt,
    visibility: memberVisibility(row),
    keywords: [latin, row.organisation.code, ROLE_WORDS[row.role]],
  };
}
