import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../jobs/clock';
import { JobRunner } from '../../jobs/job-runner';
import { defineJob } from '../../jobs/job-type';
import { RetentionRun } from './retention-run';

export const RETENTION_CHECK = defineJob<Record<string, never>>('screening.retention', {
  attempts: 3,
  backoffMs: 10 * 60_000,
});

/** How often the job looks for States whose day has not been run. */
export const RETENTION_CHECK_INTERVAL_MS = 60 * 60_000;

/**
 * Retention runs daily for each State: the job comes every hour and runs the States whose UTC
 * day has not been run yet (RetentionSettingsService.claimDay), so a portal restarted more
 * often than daily still runs it, and several instances run each State's day once. Time is the
 * injectable Clock's: tests move it.
 */
@Injectable()
export class RetentionSchedule implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
    private readonly run: RetentionRun,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(RETENTION_CHECK, async (_payload, context) => {
      await this.run.runDue(context.actor, new Date(this.clock.now()));
    });
    await this.jobs.every(RETENTION_CHECK, RETENTION_CHECK_INTERVAL_MS, {});
  }
}
