import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { Clock } from '../../jobs/clock';
import { importListFiles, uploadFields } from './list-import';
import { dropUpload, receiveListUpload } from './list-upload-receiver';
import { WatchlistLoaderService } from './watchlist-loader.service';
import type { WatchlistVersionRecord } from './watchlist-version.entity';
import { WatchlistsService } from './watchlists.service';

/**
 * The controller's side of loading a version: the list is checked first (another State's: 404;
 * not a supervisor: 403) before a byte of the body is read; then the files are streamed to a
 * temporary folder, imported by the engine, and written as the new version. A file refused for
 * any reason is a FormError for the list page and nothing changes. The temporary folder goes,
 * whatever happened.
 */
@Injectable()
export class ListUploads {
  constructor(
    private readonly lists: WatchlistsService,
    private readonly loader: WatchlistLoaderService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(actor: Actor, request: Request, listId: string): Promise<WatchlistVersionRecord> {
    const list = await this.lists.uploadTarget(actor, listId);
    const fields = uploadFields(list.kind);
    const received = await receiveListUpload(request, {
      temporaryRoot: join(this.config.dataDir, 'tmp'),
      maxBytes: this.config.watchlists.maxUploadBytes,
      fields,
    });
    request.body = {};
    try {
      if (received.notMultipart)
        throw FormError.field('file', 'screening.lists.upload.notMultipart');
      if (received.tooLarge) {
        throw FormError.field('file', {
          key: 'screening.lists.upload.tooLarge',
          params: { max: this.maxMegabytes() },
        });
      }
      const today = new Date(this.clock.now()).toISOString().slice(0, 10);
      const imported = importListFiles(list.kind, received.folder, received.files, today);
      const files = Object.keys(fields).flatMap((field) => received.files[field] ?? []);
      return await this.loader.load(actor, list, imported, {
        name: files.map((file) => file.name).join(', '),
        // One file: its SHA-256. OFAC's set: the SHA-256 of the files' hashes in form order.
        sha256:
          files.length === 1
            ? files[0].sha256
            : createHash('sha256')
                .update(files.map((file) => file.sha256).join('\n'))
                .digest('hex'),
        size: files.reduce((total, file) => total + file.size, 0),
      });
    } finally {
      await dropUpload(received.folder);
    }
  }

  maxMegabytes(): number {
    return Math.round(this.config.watchlists.maxUploadBytes / 1048576);
  }
}
