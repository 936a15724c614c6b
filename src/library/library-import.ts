import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { ResourceFormDto } from './dto/resource-form.dto';
import { HEAD_BYTES, Utf8TextCheck } from './files/file-sniffer';
import { LibraryPublishingService } from './library-publishing.service';
import { BlobStore } from './storage/blob-store';
import { validFields } from './upload/form-fields';

/**
 * Adds a resource from bytes held by the caller (the demo seed, tests): the same checks,
 * rights, audit and events as an upload through the form, since it goes through the same
 * service with the file written to a temporary name first.
 */
@Injectable()
export class LibraryImport {
  constructor(
    private readonly publishing: LibraryPublishingService,
    private readonly store: BlobStore,
  ) {}

  async add(
    actor: Actor,
    fields: Record<string, string | string[]>,
    file: { name: string; content: Buffer } | null,
  ): Promise<{ id: number; status: string }> {
    const form = await validFields(ResourceFormDto, fields);
    if (!file) return this.publishing.create(actor, form, { file: null, tooLarge: false });
    const path = await this.store.temporaryPath();
    await writeFile(path, file.content, { flag: 'wx', mode: 0o600 });
    const text = new Utf8TextCheck();
    text.push(file.content);
    try {
      return await this.publishing.create(actor, form, {
        tooLarge: false,
        file: {
          temporaryPath: path,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          size: file.content.length,
          name: file.name,
          head: file.content.subarray(0, HEAD_BYTES),
          utf8Text: text.end(),
        },
      });
    } finally {
      await this.store.discard(path);
    }
  }
}
