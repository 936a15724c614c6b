import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { FormError } from '../common/forms/form-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { BlobStore } from './storage/blob-store';
import { receiveMultipart, type ReceivedForm } from './upload/multipart-receiver';
import { validFields } from './upload/form-fields';

/**
 * The controllers' side of an upload: receive the streamed form, hand its fields to the form
 * view (so a wrong form comes back as typed), validate them, run the work, and drop the
 * temporary file whatever happened (a committed one is already gone from there).
 */
@Injectable()
export class LibraryUploads {
  constructor(
    private readonly store: BlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle<T extends object, R>(
    request: Request,
    type: new () => T,
    work: (form: T, received: ReceivedForm) => Promise<R>,
  ): Promise<R> {
    let received: ReceivedForm;
    try {
      received = await receiveMultipart(request, {
        store: this.store,
        maxBytes: this.config.uploadMaxBytes,
        fileField: 'file',
      });
    } catch (error) {
      // The disk is full (or the store cannot be written): the receiver dropped what it wrote.
      if (!isStorageFailure(error)) throw error;
      request.body = {};
      throw FormError.field('file', 'library.upload.storageFailed');
    }
    request.body = received.fields;
    try {
      if (received.notMultipart) throw FormError.field('file', 'library.upload.notMultipart');
      let form: T;
      try {
        form = await validFields(type, received.fields);
      } catch (error) {
        if (error instanceof FormError && received.tooLarge)
          error.fieldErrors.file = [
            { key: 'library.upload.tooLarge', params: { max: this.maxMegabytes() } },
          ];
        throw error;
      }
      return await work(form, received);
    } finally {
      if (received.file) await this.store.discard(received.file.temporaryPath);
    }
  }

  maxMegabytes(): number {
    return Math.round(this.config.uploadMaxBytes / 1048576);
  }
}

/** A file-system failure while writing the upload: no space, no quota, not writable. */
function isStorageFailure(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EIO'
  );
}
