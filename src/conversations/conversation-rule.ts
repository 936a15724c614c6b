import { mayUse } from '../common/areas/area';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { VisibilityScope } from '../common/visibility/visibility-level';
import type { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { memberVisibility } from '../search/sources/member-document';
import { CONVERSATIONS_AREA } from './conversations.area';

/** A member as the rule reads them: their signed-in view, and whether the account is active. */
export interface ConversationPerson extends AuthenticatedUser {
  readonly active: boolean;
}

/**
 * Who may find whom among the members, as the member search decides it (a State's officials
 * for their IWG region, PIU analysts for their State, everyone else for all), for one person.
 */
export function memberScope(person: AuthenticatedUser): VisibilityScope {
  return memberVisibility({
    role: person.role,
    organisation: { id: person.organisationId, iwgRegionId: person.iwgRegionId },
  });
}

/**
 * The one rule of direct conversations: `a` and `b` may talk privately when each may see the
 * other in the member directory (both directions, through the visibility policy), both
 * accounts are active, and both roles use the conversations area (PIU analysts do not). Nobody
 * starts a conversation with themself.
 */
export function mayConverse(
  policy: VisibilityPolicy,
  a: ConversationPerson,
  b: ConversationPerson,
): boolean {
  if (a.id === b.id) return false;
  for (const person of [a, b]) {
    if (!person.active || !mayUse(CONVERSATIONS_AREA, person.role)) return false;
  }
  return policy.canSee(a, memberScope(b)) && policy.canSee(b, memberScope(a));
}

/**
 * A conversation is for people who may all talk with each other: the first pair of `people`
 * who may not (in the order given), or null when every pair may.
 */
export function refusedPair(
  policy: VisibilityPolicy,
  people: readonly ConversationPerson[],
): [ConversationPerson, ConversationPerson] | null {
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      if (!mayConverse(policy, people[i], people[j])) return [people[i], people[j]];
    }
  }
  return null;
}
