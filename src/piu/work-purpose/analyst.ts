import type { Actor } from '../../common/actor/actor';
import type { WorkPurpose } from './work-purpose';

/**
 * A PIU analyst at work: the actor and the purpose they declared for this session. Services
 * that show personal data take an Analyst, not an Actor, so no read can be audited without its
 * purpose.
 */
export interface Analyst {
  readonly actor: Actor;
  readonly purpose: WorkPurpose;
}
