import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { RowAccess } from '../../common/visibility/row-access';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { Organisation } from '../../organisations/organisation.entity';
import { RoadmapShare } from '../record/roadmap-share.entity';

/** A State as the access rules need it. */
export interface StateRef {
  readonly id: number;
  readonly iwgRegionId: number | null;
}

/** A State is `state` content of its own id (its people, staff and admins, assigned experts). */
export function stateScope(state: StateRef): VisibilityScope {
  return { level: 'state', regionId: state.iwgRegionId, stateId: state.id };
}

/**
 * Who may open a State's space, and its roadmap. The State itself goes through the one
 * visibility policy. The single addition is the roadmap share: staff share a State's roadmap
 * with a partner agency (RoadmapShare), and that agency's members may then read the State's
 * record (without the staff note) and its roadmap, nothing else of the State. Every module
 * that shows a roadmap asks `mayReadRoadmap`; nobody else reads the share table.
 */
@Injectable()
export class StateAccess {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(RoadmapShare) private readonly shares: Repository<RoadmapShare>,
    private readonly policy: VisibilityPolicy,
    private readonly rows: RowAccess,
  ) {}

  /** Whether the user sees the State as its own people, staff or an assigned expert do. */
  seesState(user: AuthenticatedUser, state: StateRef): boolean {
    return this.policy.canSee(user, stateScope(state));
  }

  /** The State's roadmap: whoever sees the State, and members of the partners it is shared with. */
  async mayReadRoadmap(actor: Actor, state: StateRef): Promise<boolean> {
    const user = userOf(actor);
    if (this.seesState(user, state)) return true;
    return user.role === 'partner' && this.isSharedWith(state.id, user.organisationId);
  }

  /** The States whose roadmap is shared with the user's partner agency (none for others). */
  async sharedStateIds(user: AuthenticatedUser): Promise<number[]> {
    if (user.role !== 'partner') return [];
    const rows = await this.shares.find({
      where: { partnerId: user.organisationId },
      select: { stateId: true },
    });
    return rows.map((row) => row.stateId);
  }

  /**
   * The State of `code` for the actor's page, or 404 (audited when it exists): the State's own
   * visibility, or a partner the roadmap is shared with. `viaShare` tells the page to show the
   * partner only what the share opens.
   */
  async open(actor: Actor, code: string): Promise<{ state: Organisation; viaShare: boolean }> {
    const state = await this.organisations.findOne({
      where: { code, kind: 'state' },
      relations: { iwgRegion: true },
    });
    // A code no State has is a plain 404: there is nothing to deny.
    if (!state) throw new NotFoundException();
    const target = { type: 'organisation', id: state.id, details: { code } };
    const user = userOf(actor);
    if (this.seesState(user, state)) return { state, viaShare: false };
    const shared = await this.mayReadRoadmap(actor, state);
    return { state: await this.rows.scoped(actor, target, shared ? state : null), viaShare: true };
  }

  private async isSharedWith(stateId: number, partnerId: number): Promise<boolean> {
    return (await this.shares.countBy({ stateId, partnerId })) > 0;
  }
}
