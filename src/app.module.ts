import { FOUNDATION_MODULES } from './foundation-modules';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggingModule } from './common/logging/logging.module';
import { SessionGuard } from './auth/session.guard';
import { AdminModule } from './admin/admin.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { CountingThrottlerStorage } from './common/security/counting-throttler-storage';
import { createCsrf } from './common/security/csrf';
import { CSRF, CsrfGuard } from './common/security/csrf.guard';
import { AppThrottlerGuard } from './common/security/throttler.guard';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { databaseRootModule } from './database/database-root.module';
import { InvitationsModule } from './invitations/invitations.module';
import { ConversationsModule } from './conversations/conversations.module';
import { IwgModule } from './iwg/iwg.module';
import { JobsModule } from './jobs/jobs.module';
import { LiveModule } from './live/live.module';
import { StartupService } from './startup.service';
import { MemberStatesModule } from './member-states/member-states.module';
import { AssessmentsModule } from './programme/assessments/assessments.module';
import { AccountModule } from './account/account.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { PiuAnalystsModule } from './piu-analysts/piu-analysts.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SearchModule } from './search/search.module';
import { LibraryModule } from './library/library.module';
import { PiuModule } from './piu/piu.module';
import { WatchlistsModule } from './piu/watchlists/watchlists.module';
import { IngestionModule } from './piu/ingestion/ingestion.module';
import { RulesModule } from './piu/rules/rules.module';
import { PipelineModule } from './piu/pipeline/pipeline.module';
import { VettingModule } from './piu/vetting/vetting.module';
import { RetentionModule } from './piu/retention/retention.module';
import { HitsModule } from './piu/hits/hits.module';
import { RoadmapsModule } from './programme/roadmaps/roadmaps.module';
import { ExpertsModule } from './experts/experts.module';
import { ProgrammeDashboardsModule } from './programme/dashboards/programme-dashboards.module';
import { TrainingModule } from './training/training.module';

/** Sign-in posts get their own, tighter per-IP limit. */
const SIGN_IN_PATHS = new Set(['/login', '/login/two-factor', '/password/forgot']);

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config.logLevel),
        databaseRootModule(config.database),
        ...FOUNDATION_MODULES,
        HomeModule,
        HealthModule,
        AccountModule,
        InvitationsModule,
        MemberStatesModule,
        AssessmentsModule,
        RoadmapsModule,
        AdminModule,
        PiuAnalystsModule,
        PiuModule,
        WatchlistsModule,
        IngestionModule,
        RulesModule,
        PipelineModule,
        VettingModule,
        RetentionModule,
        HitsModule,
        SearchModule,
        LibraryModule,
        IwgModule,
        ConversationsModule,
        ExpertsModule,
        ProgrammeDashboardsModule,
        TrainingModule,
        LiveModule,
        JobsModule,
        NotificationsModule,
        ThrottlerModule.forRoot({
          storage: new CountingThrottlerStorage(),
          throttlers: [
            { name: 'default', ttl: 60_000, limit: config.throttle.requestsPerMinute },
            {
              name: 'login',
              ttl: 60_000,
              limit: config.throttle.loginAttemptsPerMinute,
              skipIf: (context) => {
                const request = context
                  .switchToHttp()
                  .getRequest<{ method: string; path: string }>();
                return request.method !== 'POST' || !SIGN_IN_PATHS.has(request.path);
              },
            },
          ],
        }),
      ],
      providers: [
        { provide: CSRF, useValue: createCsrf(config) },
        { provide: APP_GUARD, useClass: AppThrottlerGuard },
        {
          provide: APP_GUARD,
          useFactory: (csrf: ReturnType<typeof createCsrf>, reflector: Reflector) =>
            new CsrfGuard(csrf, reflector),
          inject: [CSRF, Reflector],
        },
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        StartupService,
      ],
    };
  }
}
