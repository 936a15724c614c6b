import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { RowAccess } from '../../common/visibility/row-access';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { Organisation } from '../../organisations/organisation.entity';
import { RoadmapPartnerShares } from './roadmap-partner-shares';
import { RoadmapStep } from './roadmap-step.entity';

/** The State a roadmap belongs to, as roadmap pages need it. */
export interface RoadmapState {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly iwgRegionId: number | null;
}

/** A roadmap is `state` content of its State. */
export function roadmapScope(stateId: number): VisibilityScope {
  return { level: 'state', regionId: null, stateId };
}

/**
 * Who may do what with a roadmap. Seeing it is the visibility policy's rule for the State's
 * `state` content (its people, staff and admins, the experts assigned to it), plus partners
 * of an agency staff shared the roadmap with; anyone else gets 404, audited. Staff and admins
 * edit everything; the State's focal point changes the status of the State's steps, nothing else.
 */
@Injectable()
export class RoadmapAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly rows: RowAccess,
    private readonly shares: RoadmapPartnerShares,
  ) {}

  /** The State of `/states/:code/roadmap`, when the actor may see its roadmap (404 otherwise). */
  async state(actor: Actor, code: string): Promise<RoadmapState> {
    const state = await this.dataSource
      .getRepository(Organisation)
      .findOne({ where: { code, kind: 'state' } });
    if (state && (await this.sharedWithPartner(userOf(actor), state.id))) return stateOf(state);
    return stateOf(
      await this.rows.visible(
        actor,
        state,
        (row) => roadmapScope(row.id),
        (row) => ({ type: 'roadmap', id: row.id, details: { code } }),
      ),
    );
  }

  /** A step of this State's roadmap; any other id (another State's step) answers 404, audited. */
  async step(actor: Actor, state: RoadmapState, stepId: number): Promise<RoadmapStep> {
    const step = Number.isSafeInteger(stepId)
      ? await this.dataSource
          .getRepository(RoadmapStep)
          .findOneBy({ id: stepId, stateId: state.id })
      : null;
    return this.rows.scoped(actor, { type: 'roadmap-step', id: stepId }, step);
  }

  /** Whether the actor may see roadmaps of this State (for lists across States, no audit). */
  async maySee(user: AuthenticatedUser, stateId: number): Promise<boolean> {
    if (this.policy.canSee(user, roadmapScope(stateId))) return true;
    return this.sharedWithPartner(user, stateId);
  }

  mayEdit(user: AuthenticatedUser): boolean {
    return user.role === 'staff' || user.role === 'admin';
  }

  mayChangeStatus(user: AuthenticatedUser, stateId: number): boolean {
    return this.mayEdit(user) || (user.role === 'focal-point' && user.stateId === stateId);
  }

  /** For the editing routes: a member who may see the roadmap but not change it gets 403. */
  assertEditor(actor: Actor): void {
    if (!this.mayEdit(userOf(actor))) throw new ForbiddenException();
  }

  assertStatusChanger(actor: Actor, stateId: number): void {
    if (!this.mayChangeStatus(userOf(actor), stateId)) throw new ForbiddenException();
  }

  private async sharedWithPartner(user: AuthenticatedUser, stateId: number): Promise<boolean> {
    return user.role === 'partner' && this.shares.sharedWith(stateId, user.organisationId);
  }
}

function stateOf(row: Organisation): RoadmapState {
  return { id: row.id, code: row.code, name: row.name, iwgRegionId: row.iwgRegionId };
}
