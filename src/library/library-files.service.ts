import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../common/actor/actor';
import { AuditService } from '../audit/audit.service';
import { FILE_TYPE_INFO } from './files/file-type';
import { auditTarget, LibraryAccess } from './library-access';
import { LibraryVersion } from './library-version.entity';
import { BlobStore } from './storage/blob-store';

/** A stored file, cleared for one reader, with what the response needs. */
export interface FileToSend {
  readonly path: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
}

/**
 * Downloads and previews: visibility is checked on every request (the same LibraryAccess as
 * the page, so an unseen resource is a 404 written to the audit log), and each file handed out
 * is audited (`library.file-downloaded`, with the version and whether it was a preview).
 */
@Injectable()
export class LibraryFilesService {
  constructor(
    @InjectRepository(LibraryVersion) private readonly versions: Repository<LibraryVersion>,
    private readonly access: LibraryAccess,
    private readonly audit: AuditService,
    private readonly store: BlobStore,
  ) {}

  /** The current file (no `versionNumber`) or one version; a preview only for PDFs and images. */
  async file(
    actor: Actor,
    id: string,
    versionNumber: string | null,
    preview: boolean,
  ): Promise<FileToSend> {
    const resource = await this.access.visible(actor, id);
    if (resource.kind !== 'file') throw new NotFoundException();
    const version =
      versionNumber === null
        ? await this.versions.findOneBy({ id: resource.currentVersionId ?? 0 })
        : /^\d{1,6}$/.test(versionNumber)
          ? await this.versions.findOneBy({
              resourceId: resource.id,
              number: Number(versionNumber),
            })
          : null;
    if (!version) throw new NotFoundException();
    const info = FILE_TYPE_INFO[version.fileType];
    if (preview && !info.previewable) throw new NotFoundException();
    await this.audit.record(actor, {
      action: 'library.file-downloaded',
      ...auditTarget(resource),
      details: {
        version: version.number,
        fileName: version.fileName,
        ...(preview ? { preview: true } : {}),
      },
    });
    return {
      path: this.store.pathOf(version.sha256),
      fileName: version.fileName,
      mediaType: info.mediaType,
      size: version.size,
    };
  }
}
