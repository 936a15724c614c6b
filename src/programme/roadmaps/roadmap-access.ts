import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { RowAccess } from '../../common/visibility/row-access';
import { StateAccess } from '../../member-states/space/state-access';
import { Organisation } from '../../organisations/organisation.entity';
import { RoadmapStep } from './roadmap-step.entity';

/** The State a roadmap belongs to, as roadmap pages need it. */
export interface RoadmapState {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly iwgRegionId: number | null;
}

/**
 * Who may do what with a roadmap. Reading it is StateAccess.mayReadRoadmap: the visibility
 * policy's rule for the State's `state` content (its people, staff and admins, the experts
 * assigned to it), plus members of a partner agency staff shared the roadmap with; anyone else
 * gets 404, audited. Staff and admins edit everything; the State's focal point changes the
 * status of the State's steps, nothing else.
 */
@Injectable()
export class RoadmapAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
    private readonly states: StateAccess,
  ) {}

  /**
   * The State of `/states/:code/roadmap`, when the actor may read its roadmap (the member-states
   * module's rule, shares with partners included); 404 otherwise, audited for a State that exists.
   */
  async state(actor: Actor, code: string): Promise<RoadmapState> {
    const state = await this.dataSource
      .getRepository(Organisation)
      .findOne({ where: { code, kind: 'state' } });
    if (!state) throw new NotFoundException();
    const readable = await this.states.mayReadRoadmap(actor, state);
    return stateOf(
      await this.rows.scoped(
        actor,
        { type: 'roadmap', id: state.id, details: { code } },
        readable ? state : null,
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

  /** Whether the actor may read this State's roadmap (for one step loaded by id, no audit). */
  mayRead(actor: Actor, stateId: number): Promise<boolean> {
    return this.states.mayReadRoadmap(actor, { id: stateId, iwgRegionId: null });
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
}

function stateOf(row: Organisation): RoadmapState {
  return { id: row.id, code: row.code, name: row.name, iwgRegionId: row.iwgRegionId };
}
