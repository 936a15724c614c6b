import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { defineJob } from '../../jobs/job-type';
import { JobRunner } from '../../jobs/job-runner';
import { IngestionService } from './ingestion.service';

export const MARK_INCOMPLETE = defineJob<Record<string, never>>('screening.parts-incomplete');

/** How often multi-part messages still waiting are looked at. */
export const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Every five minutes: multi-part messages still missing parts INGEST_PARTS_WAIT_MINUTES after
 * their first part are marked incomplete (the page says which parts are missing), and a group
 * whose last part was stored by a request that died before parsing it is parsed here.
 */
@Injectable()
export class IncompletePartsSweep implements OnModuleInit {
  private readonly logger = new Logger('IncompleteParts');

  constructor(
    private readonly jobs: JobRunner,
    private readonly ingestion: IngestionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(MARK_INCOMPLETE, async () => {
      const marked = await this.ingestion.markIncomplete(this.config.ingestion.partsWaitMinutes);
      if (marked > 0) this.logger.log(`${marked} multi-part message(s) marked incomplete`);
    });
    await this.jobs.every(MARK_INCOMPLETE, SWEEP_INTERVAL_MS, {});
  }
}
