import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MemberStatesModule } from '../../member-states/member-states.module';
import { AssessmentAccess } from './assessment-access';
import { AssessmentAnswer } from './assessment-answer.entity';
import { AssessmentComment } from './assessment-comment.entity';
import { AssessmentPagesService } from './assessment-pages.service';
import { Assessment } from './assessment.entity';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsSection } from './assessments.section';
import { AssessmentsService } from './assessments.service';
import { FinalisedAssessments } from './finalised-assessments';
import { IndicatorSeeder } from './indicator-seeder';
import { AssessmentIndicator } from './indicator.entity';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

/**
 * Assessments of Member States: the indicator set (staff edit it), each State's questionnaire
 * (written by staff and assigned experts, reviewed, finalised, commented on by the State's
 * focal point) and the comparison with the previous finalised one. Roadmaps read finalised
 * assessments through FinalisedAssessments; the State's space shows its assessments.
 */
@Module({
  imports: [
    MemberStatesModule,
    TypeOrmModule.forFeature([
      AssessmentIndicator,
      Assessment,
      AssessmentAnswer,
      AssessmentComment,
    ]),
  ],
  controllers: [AssessmentsController, IndicatorsController],
  providers: [
    AssessmentAccess,
    AssessmentsService,
    AssessmentPagesService,
    AssessmentsSection,
    FinalisedAssessments,
    IndicatorsService,
    IndicatorSeeder,
  ],
  exports: [FinalisedAssessments, AssessmentAccess, AssessmentsService],
})
export class AssessmentsModule {}
