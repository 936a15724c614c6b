import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { JobRunner } from '../../jobs/job-runner';
import { LibraryEvents } from '../library-events';
import { LibraryVersion } from '../library-version.entity';
import { BlobStore } from '../storage/blob-store';
import { EXTRACT_TEXT } from './extract-text.job';
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

  onModuleInit(): void {
    this.jobs.register(EXTRACT_TEXT, (payload) => this.extract(payload.resourceId));
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
