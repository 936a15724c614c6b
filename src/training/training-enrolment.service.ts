import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { Clock } from '../jobs/clock';
import { UsersService } from '../users/users.service';
import { User } from '../users/user.entity';
import { TrainingAccess } from './training-access';
import { TrainingEnrolment } from './training-enrolment.entity';
import { mayEnrol, runsTraining } from './training-rights';

/**
 * Enrolment: a member enrols themselves; a focal point enrols their State's people; staff and
 * admins enrol anyone. Enrolling someone else is audited (`training.enrolled` with who for
 * whom). A person is on a course once; they start on its current version.
 */
@Injectable()
export class TrainingEnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TrainingAccess,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async enrolSelf(actor: Actor, courseId: number): Promise<TrainingEnrolment> {
    const user = userOf(actor);
    const found = await this.access.forLearner(actor, courseId);
    if (found.enrolment) return found.enrolment;
    return this.insert(actor, found.course.id, found.course.currentVersionId!, {
      id: user.id,
      stateId: user.stateId,
    });
  }

  /**
   * Enrols the member with this e-mail address. A focal point who names someone not of their
   * State (or no one) is told the same thing: nobody learns who has an account elsewhere.
   */
  async enrolOther(actor: Actor, courseId: number, email: string): Promise<TrainingEnrolment> {
    const by = userOf(actor);
    if (!runsTraining(by) && by.role !== 'focal-point') throw new ForbiddenException();
    const course = await this.access.course(actor, courseId);
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where('LOWER(user.email) = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const learner = row && row.active ? await this.users.findAuthenticated(row.id) : null;
    if (!learner || !mayEnrol(by, learner))
      throw FormError.field(
        'email',
        runsTraining(by) ? 'training.enrol.noSuchMember' : 'training.enrol.notOfYourState',
      );
    const already = await this.dataSource
      .getRepository(TrainingEnrolment)
      .existsBy({ courseId: course.id, userId: learner.id });
    if (already) throw FormError.field('email', 'training.enrol.already');
    return this.insert(actor, course.id, course.currentVersionId!, learner);
  }

  private async insert(
    actor: Actor,
    courseId: number,
    versionId: number,
    learner: { id: number; stateId: number | null },
  ): Promise<TrainingEnrolment> {
    const by = userOf(actor);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(TrainingEnrolment);
      const saved = await repository.save(
        repository.create({
          courseId,
          userId: learner.id,
          versionId,
          enrolledById: by.id,
          enrolledAt: new Date(this.clock.now()),
          completedAt: null,
          visibility:
            learner.stateId === null
              ? VisibilityColumns.of('staff')
              : VisibilityColumns.of('state', { stateId: learner.stateId }),
        }),
      );
      await this.audit.record(
        actor,
        {
          action: learner.id === by.id ? 'training.enrolled-self' : 'training.enrolled',
          targetType: 'training-enrolment',
          targetId: saved.id,
          details: { course: courseId, learner: learner.id },
        },
        manager,
      );
      return saved;
    });
  }
}
