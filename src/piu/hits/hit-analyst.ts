import type { Request } from 'express';
import { actorOf } from '../../common/actor/actor-of';
import type { Analyst } from '../work-purpose/analyst';

/**
 * The Analyst of a request behind PurposeGuard, for the form-view models that draw the hit
 * page again after a refused form (they get the request, not the decorated parameters).
 */
export function analystOf(request: Request): Analyst {
  const purpose = request.session?.workPurpose;
  if (!purpose) throw new Error('analystOf needs PurposeGuard on the route');
  return { actor: actorOf(request), purpose };
}
