import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { isProgrammeStaff } from '../../member-states/space/programme-staff';
import { RowAccess } from '../../common/visibility/row-access';
import { Assessment } from './assessment.entity';

/**
 * Who does what with an assessment. Reading it is the State's `state` visibility (the State's
 * people, staff and admins, experts assigned to the State now), through the one policy.
 * Writing answers: staff and the assigned experts while it is not finalised. Commenting: the
 * State's own focal point while it is not finalised. Finalising: staff only.
 */
@Injectable()
export class AssessmentAccess {
  constructor(
    @InjectRepository(Assessment) private readonly assessments: Repository<Assessment>,
    private readonly rows: RowAccess,
  ) {}

  /** The assessment, or 404 (audited) for one the actor may not see. */
  async load(actor: Actor, id: number): Promise<Assessment> {
    return this.rows.visible(
      actor,
      await this.assessments.findOne({ where: { id }, relations: { state: true } }),
      (row) => ({ level: 'state', regionId: null, stateId: row.stateId }),
      (row) => ({ type: 'assessment', id: row.id }),
    );
  }

  mayWrite(user: AuthenticatedUser, assessment: Assessment): boolean {
    return assessment.status !== 'finalised' && this.isAssessor(user, assessment.stateId);
  }

  /** Staff, or an expert assigned to the State now. */
  isAssessor(user: AuthenticatedUser, stateId: number): boolean {
    return (
      isProgrammeStaff(user) || (user.role === 'expert' && user.assignedStateIds.includes(stateId))
    );
  }

  mayComment(user: AuthenticatedUser, assessment: Assessment): boolean {
    return (
      assessment.status !== 'finalised' &&
      user.role === 'focal-point' &&
      user.stateId === assessment.stateId
    );
  }

  /** The assessment, when the actor may change its answers; 403 when they may only read it. */
  async forWriting(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await this.load(actor, id);
    if (!this.mayWrite(userOf(actor), assessment)) throw new ForbiddenException();
    return assessment;
  }

  async forComment(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await this.load(actor, id);
    if (!this.mayComment(userOf(actor), assessment)) throw new ForbiddenException();
    return assessment;
  }

  async forStaff(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await this.load(actor, id);
    if (!isProgrammeStaff(userOf(actor))) throw new ForbiddenException();
    return assessment;
  }
}
