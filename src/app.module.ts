import { FOUNDATION_MODULES } from './foundation-modules';
import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { SessionGuard } from './auth/session.guard';
import { requestLogFields } from './common/logging/request-log';
import { AdminModule } from './admin/admin.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { FormViewInterceptor } from './common/forms/form-view.interceptor';
import { CountingThrottlerStorage } from './common/security/counting-throttler-storage';
import { createCsrf } from './common/security/csrf';
import { CSRF, CsrfGuard } from './common/security/csrf.guard';
import { AppThrottlerGuard } from './common/security/throttler.guard';
import { ViewLocalsInterceptor } from './common/views/view-locals.interceptor';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { databaseRootModule } from './database/database-root.module';
import { InvitationsModule } from './invitations/invitations.module';
import { JobsModule } from './jobs/jobs.module';
import { LiveModule } from './live/live.module';
import { StartupService } from './startup.service';
import { MemberStatesModule } from './member-states/member-states.module';
import { AccountModule } from './account/account.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { PiuAnalystsModule } from './piu-analysts/piu-analysts.module';

/** Sign-in posts get their own, tighter per-IP limit. */
const SIGN_IN_PATHS = new Set(['/login', '/login/two-factor', '/password/forgot']);

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (request: IncomingMessage) => {
              const given = request.headers['x-request-id'];
              return typeof given === 'string' && /^[\w-]{8,64}$/.test(given)
                ? given
                : randomUUID();
            },
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            // One short line per request (requestLogFields), not the request and response
            // with all their headers; logs written during a request carry only its reqId.
            quietReqLogger: true,
            quietResLogger: true,
            customSuccessObject: (request, response, value: { responseTime: number }) =>
              requestLogFields(request, response, value.responseTime),
            customErrorObject: (request, response, error, value: { responseTime: number }) => ({
              ...requestLogFields(request, response, value.responseTime),
              err: error,
            }),
            customSuccessMessage: () => 'request',
            customErrorMessage: () => 'request failed',
            autoLogging: {
              ignore: (request) =>
                request.url === '/health' || Boolean(request.url?.startsWith('/assets/')),
            },
          },
        }),
        databaseRootModule(config.database),
        ...FOUNDATION_MODULES,
        HomeModule,
        HealthModule,
        AccountModule,
        InvitationsModule,
        MemberStatesModule,
        AdminModule,
        PiuAnalystsModule,
        LiveModule,
        JobsModule,
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
          useFactory: (csrf: ReturnType<typeof createCsrf>) => new CsrfGuard(csrf),
          inject: [CSRF],
        },
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: ViewLocalsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: FormViewInterceptor },
        StartupService,
      ],
    };
  }
}
