import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { RowAccess } from '../common/visibility/row-access';
import type { VisibilityScope } from '../common/visibility/visibility-level';
import { IwgParticipant } from './iwg-participant.entity';
import { IwgPosition } from './iwg-position.entity';
import { Iwg } from './iwg.entity';

/** One IWG as the actor may use it: whether they moderate it, and whether they may post. */
export interface IwgMembership {
  readonly iwg: Iwg;
  readonly user: AuthenticatedUser;
  /** Staff and admins, the secretariat, and the members of the chairing State. */
  readonly moderator: boolean;
  readonly secretariat: boolean;
  /** A partner or expert invited by staff. */
  readonly guest: boolean;
  /** Staff and admins: create, rename, close, governance. */
  readonly staff: boolean;
  /** Open IWGs take posts from everyone who sees them. */
  readonly mayPost: boolean;
}

/** Who sees an IWG: the States of its region (and staff; guests through the policy). */
export function iwgScope(iwg: Pick<Iwg, 'regionId'>): VisibilityScope {
  return { level: 'region', regionId: iwg.regionId, stateId: null };
}

/**
 * Loads an IWG for an actor through the visibility policy (404 and `access.denied` for an IWG
 * of another region) and works out their part in it.
 */
@Injectable()
export class IwgAccess {
  constructor(
    @InjectRepository(Iwg) private readonly iwgs: Repository<Iwg>,
    @InjectRepository(IwgParticipant) private readonly participants: Repository<IwgParticipant>,
    @InjectRepository(IwgPosition) private readonly positions: Repository<IwgPosition>,
    private readonly rows: RowAccess,
  ) {}

  async load(actor: Actor, iwgId: number): Promise<IwgMembership> {
    const iwg = await this.rows.visible(
      actor,
      Number.isSafeInteger(iwgId) ? await this.iwgs.findOneBy({ id: iwgId }) : null,
      iwgScope,
      (row) => ({ type: 'iwg', id: row.id }),
    );
    return this.membershipIn(iwg, userOf(actor));
  }

  /** The actor's part in an IWG they were already allowed to see. */
  async membershipIn(iwg: Iwg, user: AuthenticatedUser): Promise<IwgMembership> {
    const staff = user.role === 'admin' || user.role === 'staff';
    const [participant, chair] = await Promise.all([
      this.participants.findOneBy({ iwgId: iwg.id, userId: user.id }),
      user.stateId !== null &&
        this.positions.existsBy({ iwgId: iwg.id, position: 'chair', stateId: user.stateId }),
    ]);
    const secretariat = participant?.kind === 'secretariat';
    return {
      iwg,
      user,
      staff,
      secretariat,
      guest: participant?.kind === 'guest',
      moderator: staff || secretariat || chair,
      mayPost: iwg.closedAt === null,
    };
  }
}
