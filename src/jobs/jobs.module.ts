import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { BullmqJobRunner } from './bullmq-job-runner';
import { Clock, SystemClock } from './clock';
import { InProcessJobRunner } from './in-process-job-runner';
import { JobRunner } from './job-runner';

/**
 * Background jobs: import it and inject JobRunner. In Redis (BullMQ) when REDIS_URL is set,
 * in this process's memory otherwise.
 */
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    {
      provide: JobRunner,
      useFactory: (config: AppConfig, clock: Clock): JobRunner =>
        config.redis ? new BullmqJobRunner(config.redis) : new InProcessJobRunner(clock),
      inject: [APP_CONFIG, Clock],
    },
  ],
  exports: [JobRunner, Clock],
})
export class JobsModule {}
