import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { MemberStatesModule } from '../../member-states/member-states.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { FinalisedAssessments } from '../assessments/finalised-assessments';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AssessmentRecommendations } from './assessment-recommendations';
import { RoadmapAccess } from './roadmap-access';
import { RoadmapDrafts } from './roadmap-drafts.service';
import { RoadmapEditing } from './roadmap-editing.service';
import { RoadmapLinks } from './roadmap-links.service';
import { RoadmapPages } from './roadmap-pages.service';
import { RoadmapStepChange } from './roadmap-step-change.entity';
import { RoadmapStepDependency } from './roadmap-step-dependency.entity';
import { RoadmapStepLink } from './roadmap-step-link.entity';
import { RoadmapStepPort } from './roadmap-step-port';
import { RoadmapStep } from './roadmap-step.entity';
import { RoadmapSpaceSection } from './roadmap-space.section';
import { RoadmapSteps } from './roadmap-steps';
import { RoadmapWriteLock } from './roadmap-write-lock';
import { RoadmapStepController } from './roadmap-step.controller';
import { RoadmapController } from './roadmap.controller';
import { StepLinkSources } from './step-link-sources';
import { StepOwners } from './step-owners';

/**
 * Each State's roadmap (`/states/:code/roadmap`): steps across the pillars, dependencies
 * without loops, links to library resources and IWG threads, the step's history, progress and
 * the server-drawn timeline. For other modules: `RoadmapSteps` (one step for an actor, progress
 * across States), `StepLinkSources` (register what of yours hangs on a step) and
 * `RoadmapStepPort` (tie a thing of yours to a step; complete the step when it is achieved).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      RoadmapStep,
      RoadmapStepDependency,
      RoadmapStepLink,
      RoadmapStepChange,
    ]),
    OrganisationsModule,
    JobsModule,
    MemberStatesModule,
    AssessmentsModule,
  ],
  controllers: [RoadmapController, RoadmapStepController],
  providers: [
    RoadmapAccess,
    RoadmapEditing,
    RoadmapWriteLock,
    RoadmapLinks,
    RoadmapDrafts,
    RoadmapPages,
    RoadmapSteps,
    RoadmapStepPort,
    StepLinkSources,
    StepOwners,
    RoadmapSpaceSection,
    // Drafting reads what it needs of assessments through this narrow seam (tests feed it).
    { provide: AssessmentRecommendations, useExisting: FinalisedAssessments },
  ],
  exports: [RoadmapSteps, StepLinkSources, RoadmapStepPort],
})
export class RoadmapsModule {}
