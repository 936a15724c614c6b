import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { ResourceFormDto } from './dto/resource-form.dto';
import { HEAD_BYTES, Utf8TextCheck } from './files/file-sniffer';
import { LibraryPublishingService, type UploadInput } from './library-publishing.service';
import { BlobStore } from './storage/blob-store';
import { validFields } from './upload/form-fields';

/** Bytes the caller holds, with the name they would have been uploaded under. */
export interface FileBytes {
  readonly name: string;
  readonly content: Buffer;
}

/**
 * Adds resources and versions from bytes held by the caller (the demo seed, tests): the same
 * form rules, file checks, rights, audit and events as an upload through the form, since the
 * file is written to a temporary name first and goes through the same service.
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
    file: FileBytes | null,
  ): Promise<{ id: number; status: string }> {
    const form = await validFields(ResourceFormDto, fields);
    return this.withUpload(file, (upload) => this.publishing.create(actor, form, upload));
  }

  async addVersion(actor: Actor, id: number, file: FileBytes, note: string): Promise<number> {
    return this.withUpload(file, (upload) =>
      this.publishing.addVersion(actor, String(id), upload, note),
    );
  }

  private async withUpload<T>(
    file: FileBytes | null,
    work: (upload: UploadInput) => Promise<T>,
  ): Promise<T> {
    if (!file) return work({ file: null, tooLarge: false });
    const path = await this.store.temporaryPath();
    await writeFile(path, file.content, { flag: 'wx', mode: 0o600 });
    const text = new Utf8TextCheck();
    text.push(file.content);
    try {
      return await work({
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
