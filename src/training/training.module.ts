import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { JobsModule } from '../jobs/jobs.module';
import { LibraryModule } from '../library/library.module';
import { RoadmapsModule } from '../programme/roadmaps/roadmaps.module';
import { UsersModule } from '../users/users.module';
import { CourseVersions } from './course-versions';
import { TrainingAccess } from './training-access';
import { TrainingAuthoringService } from './training-authoring.service';
import { TrainingCertificate } from './training-certificate.entity';
import { TrainingCertificatesService } from './training-certificates.service';
import { TrainingController } from './training.controller';
import { TrainingCourse } from './training-course.entity';
import { TrainingCourseVersion } from './training-course-version.entity';
import { TrainingEnrolment } from './training-enrolment.entity';
import { TrainingEnrolmentService } from './training-enrolment.service';
import { TrainingFilesService } from './training-files.service';
import { TrainingLearningService } from './training-learning.service';
import { TrainingLessonProgress } from './training-lesson-progress.entity';
import { TrainingManageController } from './training-manage.controller';
import { TrainingPagesService } from './training-pages.service';
import { TrainingQuizAttempt } from './training-quiz-attempt.entity';
import { TrainingReportPagesService } from './training-report-pages.service';
import { TrainingReportsService } from './training-reports.service';
import { TrainingTeamController } from './training-team.controller';
import { TrainingVerifyController } from './training-verify.controller';
import { TrainingStepLinks } from './training-step-links';

/**
 * Training (`/training`): courses written by staff as one source (course-source.ts) and
 * published in versions; enrolment by oneself, a focal point or staff; progress per lesson,
 * quizzes marked on the server with every attempt kept, modules unlocked in turn; completion
 * with a PDF certificate and its verification code; progress for focal points (their State)
 * and staff (per State and course, CSV); completions listed on the State's PIU-pillar roadmap
 * steps (TrainingStepLinks, a StepLinkSources source). Other modules: TrainingReportsService (who completed
 * what, through the visibility policy).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrainingCourse,
      TrainingCourseVersion,
      TrainingEnrolment,
      TrainingLessonProgress,
      TrainingQuizAttempt,
      TrainingCertificate,
    ]),
    JobsModule,
    LibraryModule,
    RoadmapsModule,
    UsersModule,
  ],
  // The staff, focal-point and verification paths first: they sit under /training too.
  controllers: [
    TrainingManageController,
    TrainingTeamController,
    TrainingVerifyController,
    TrainingController,
  ],
  providers: [
    { provide: MarkdownRenderer, useValue: new MarkdownRenderer() },
    CourseVersions,
    TrainingAccess,
    TrainingAuthoringService,
    TrainingEnrolmentService,
    TrainingLearningService,
    TrainingCertificatesService,
    TrainingFilesService,
    TrainingPagesService,
    TrainingReportsService,
    TrainingReportPagesService,
    TrainingStepLinks,
  ],
  exports: [
    TrainingReportsService,
    TrainingAuthoringService,
    TrainingEnrolmentService,
    TrainingLearningService,
  ],
})
export class TrainingModule {}
