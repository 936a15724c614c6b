import { ForbiddenException } from '@nestjs/common';
import { userOf, type Actor } from '../../common/actor/actor';

/**
 * Supervisors of the PIU (made so by their State's focal point) issue carriers' keys, load
 * watchlists, switch rules on and off, set retention and re-identify records. Other analysts
 * see these pages but are told, with 403, that the action is a supervisor's.
 */
export function isPiuSupervisor(actor: Actor): boolean {
  const user = actor.user;
  return user !== null && user.role === 'piu-analyst' && user.piuSupervisor;
}

export function requirePiuSupervisor(actor: Actor): void {
  if (!isPiuSupervisor(actor)) throw new ForbiddenException('screening.supervisorsOnly');
}

/** The State whose data the analyst works on (a PIU analyst always belongs to one). */
export function stateOf(actor: Actor): number {
  const stateId = userOf(actor).stateId;
  if (stateId === null) throw new Error('a PIU analyst without a State');
  return stateId;
}
