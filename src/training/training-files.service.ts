import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor/actor';
import { FILE_TYPE_INFO } from '../library/files/file-type';
import { LibraryAccess } from '../library/library-access';
import { LibraryVersion } from '../library/library-version.entity';
import { BlobStore } from '../library/storage/blob-store';
import { TrainingAccess } from './training-access';

export interface TrainingFile {
  readonly path: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  /** Images and PDFs are shown in the page; the rest is downloaded. */
  readonly inline: boolean;
}

/**
 * The library files a course shows (a lesson's images, its attachments), served under the
 * course so that every learner may open them (PIU analysts do not use the library itself):
 * only files the learner's version names, and each through the library's own access rule
 * (RowAccess: 404 and audited when the policy hides it), audited as a library download.
 */
@Injectable()
export class TrainingFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TrainingAccess,
    private readonly library: LibraryAccess,
    private readonly store: BlobStore,
    private readonly audit: AuditService,
  ) {}

  async file(actor: Actor, courseId: number, resourceId: number): Promise<TrainingFile> {
    const { content } = await this.access.forLearner(actor, courseId);
    if (!content.files.includes(resourceId)) throw new NotFoundException();
    const resource = await this.library.visible(actor, resourceId);
    if (resource.kind !== 'file' || resource.currentVersionId === null)
      throw new NotFoundException();
    const version = await this.dataSource
      .getRepository(LibraryVersion)
      .findOneBy({ id: resource.currentVersionId });
    if (!version) throw new NotFoundException();
    const info = FILE_TYPE_INFO[version.fileType];
    await this.audit.record(actor, {
      action: 'library.file-downloaded',
      targetType: 'library-resource',
      targetId: resource.id,
      details: { version: version.number, fileName: version.fileName, course: courseId },
    });
    return {
      path: this.store.pathOf(version.sha256),
      fileName: version.fileName,
      mediaType: info.mediaType,
      size: version.size,
      inline: info.previewable,
    };
  }
}
