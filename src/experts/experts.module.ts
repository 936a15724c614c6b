import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { MemberStatesModule } from '../member-states/member-states.module';
import { RoadmapsModule } from '../programme/roadmaps/roadmaps.module';
import { AssistanceRequest } from './assistance-request.entity';
import { EngagementAccess } from './engagement-access';
import { EngagementFeedback } from './engagement-feedback.entity';
import { EngagementLogService } from './engagement-log.service';
import { EngagementSummaries } from './engagement-summaries';
import { Engagement } from './engagement.entity';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';
import { ExpertAvailability } from './expert-availability.entity';
import { ExpertPagesService } from './expert-pages.service';
import { ExpertPool } from './expert-pool';
import { ExpertPoolState } from './expert-pool-state.entity';
import { ExpertProfile } from './expert-profile.entity';
import { ExpertsController } from './experts.controller';
import { ExpertsNotifier } from './experts-notifier';
import { ExpertsSpace } from './experts-space';
import { MentoringSession } from './mentoring-session.entity';
import { PoolFiguresService } from './pool-figures.service';
import { ProfilesService } from './profiles.service';
import { RequestPagesService } from './request-pages.service';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { RoadmapStepCheck } from './roadmap-step-check';

/**
 * The Pool of Experts (`/experts`): profiles and vetting, availability, assistance requests,
 * matching (plain functions in `matching/`), engagements that assign the expert to the State
 * for their dates (UsersService reads `expert_engagement` for AuthenticatedUser.assignedStateIds),
 * the mentoring log, two-way feedback, the pool's figures and the expert's hours. Other modules
 * use EngagementSummaries.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ExpertProfile,
      ExpertAvailability,
      AssistanceRequest,
      Engagement,
      MentoringSession,
      EngagementFeedback,
      ExpertPoolState,
    ]),
    JobsModule,
    LiveModule,
    MemberStatesModule,
    NotificationsModule,
    RoadmapsModule,
  ],
  // Requests and engagements first: their paths must win over `experts/pool/:id` and the rest.
  controllers: [RequestsController, EngagementsController, ExpertsController],
  providers: [
    EngagementAccess,
    EngagementLogService,
    EngagementSummaries,
    EngagementsService,
    ExpertPagesService,
    ExpertPool,
    ExpertsNotifier,
    ExpertsSpace,
    PoolFiguresService,
    ProfilesService,
    RequestPagesService,
    RequestsService,
    RoadmapStepCheck,
  ],
  exports: [EngagementSummaries, ExpertPool],
})
export class ExpertsModule {}
