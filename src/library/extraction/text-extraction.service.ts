import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { JobRunner } from '../../jobs/job-runner';
import { LibraryEvents } from '../library-events';
import { LibraryVersion } from '../library-version.entity';
import { BlobStore } from '../storage/blob-store';
import { EXTRACT_TEXT, EXTRACT_WAITING } from './extract-text.job';

/** How often versions whose extraction job was lost are looked for. */
const SWEEP_INTERVAL_MS = 15 * 60_000;
import { extractText } from './text-extractor';

/**
 * Background text extraction (JobRunner): each version waiting for it is read once; a file
 * whose text cannot be read is marked `failed` and stays stored and listed. Search hears of
 * new text through LibraryEvents (`resource.text-extracted`).
 */
@Injectable()
export class TextExtractionService implements OnModuleInit {
  private readonly logger = new Logger('TextExtraction');

  constructor(
    @InjectRepository(LibraryVersion) private readonly versions: Repository<LibraryVersion>,
    private readonly store: BlobStore,
    private readonly jobs: JobRunner,
    private readonly events: LibraryEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(EXTRACT_TEXT, (payload) => this.extract(payload.resourceId));
    this.jobs.register(EXTRACT_WAITING, () => this.extractWaiting());
    // Without Redis, waiting jobs live in memory and a restart drops them: this catches up.
    await this.jobs.every(EXTRACT_WAITING, SWEEP_INTERVAL_MS, {});
  }

  /** Reads every version still waiting for its text, resource by resource. */
  async extractWaiting(): Promise<void> {
    const waiting = await this.versions
      .createQueryBuilder('version')
      .select('DISTINCT version.resourceId', 'resourceId')
      .where('version.extractionStatus = :pending', { pending: 'pending' })
      .getRawMany<{ resourceId: number | string }>();
    for (const row of waiting) await this.extract(Number(row.resourceId));
  }

  /** Reads every version of the resource still `pending`. */
  async extract(resourceId: number): Promise<void> {
    const waiting = await this.versions.find({
      where: { resourceId, extractionStatus: 'pending' },
      order: { number: 'ASC' },
    });
    for (const version of waiting) {
      let text: string | null = null;
      let status: LibraryVersion['extractionStatus'] = 'done';
      try {
        text = await extractText(this.store.pathOf(version.sha256), version.fileType);
        if (text === null) status = 'none';
      } catch (error) {
        status = 'failed';
        this.logger.warn(`version ${version.id}: ${String(error)}`);
      }
      await this.versions.update(version.id, { extractionStatus: status, extractedText: text });
      await this.events.emit({
        type: 'resource.text-extracted',
        resourceId,
        actorId: null,
        versionNumber: version.number,
      });
    }
  }
}
