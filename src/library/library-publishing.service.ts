import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { FormError, type FieldErrors } from '../common/forms/form-error';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import type { VisibilityLevel } from '../common/visibility/visibility-level';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { JobRunner } from '../jobs/job-runner';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Pillar } from '../organisations/pillar.entity';
import { parseTags, type ResourceFormDto } from './dto/resource-form.dto';
import { FILE_TYPE_INFO, type FileType } from './files/file-type';
import { sniffFileType } from './files/file-sniffer';
import { safeFileName } from './files/safe-file-name';
import { auditTarget, LibraryAccess } from './library-access';
import { LibraryEvents } from './library-events';
import { LibraryResource } from './library-resource.entity';
import { mayChooseVisibility, mayEdit, publishesDirectly } from './library-rights';
import { LibraryTag } from './library-tag.entity';
import { LibraryVersion } from './library-version.entity';
import { EXTRACT_TEXT } from './extraction/extract-text.job';
import { BlobStore } from './storage/blob-store';
import type { ReceivedFile } from './upload/multipart-receiver';

/** A file as the receiver handed it over: kept, over the limit, or not chosen. */
export interface UploadInput {
  readonly file: ReceivedFile | null;
  readonly tooLarge: boolean;
}

/** A file that passed the sniffer, ready to be committed to the store with its row. */
interface CheckedFile {
  readonly received: ReceivedFile;
  readonly type: FileType;
}

/**
 * Writing to the library: publishing or proposing, editing, new versions and deleting. Every change is one transaction with its audit row; the blob is moved
 * into the store inside it (and removed again if the transaction fails and it was new), and
 * LibraryEvents hears of it after the commit.
 */
@Injectable()
export class LibraryPublishingService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    @InjectRepository(Pillar) private readonly pillarRows: Repository<Pillar>,
    private readonly access: LibraryAccess,
    private readonly audit: AuditService,
    private readonly store: BlobStore,
    private readonly jobs: JobRunner,
    private readonly events: LibraryEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new resource: published at once, or proposed for review (partners, experts). */
  async create(
    actor: Actor,
    form: ResourceFormDto,
    upload: UploadInput,
  ): Promise<{ id: number; status: LibraryResource['status'] }> {
    const user = userOf(actor);
    const errors: FieldErrors = {};
    const visibility = await this.visibilityOf(user, form.visibility, errors);
    const checked = form.kind === 'file' ? await this.checkFile(upload, errors) : null;
    const family = form.translationOf
      ? await this.familyOf(actor, Number(form.translationOf), errors)
      : null;
    if (Object.keys(errors).length > 0) throw new FormError(errors);
    const status = publishesDirectly(user) ? 'published' : 'pending';
    const pillars = await this.pillarRows.findBy({ code: In(form.pillars) });
    const { id } = await this.withBlob(checked, (manager) =>
      this.insertResource(manager, actor, form, {
        visibility: visibility!,
        status,
        pillars,
        family,
        checked,
      }),
    );
    await this.afterVersion(id, checked);
    await this.events.emit({
      type: status === 'published' ? 'resource.published' : 'resource.proposed',
      resourceId: id,
      actorId: user.id,
    });
    return { id, status };
  }

  /** The description of a resource (not its file: that is a new version). */
  async update(actor: Actor, id: string, form: ResourceFormDto): Promise<void> {
    const user = userOf(actor);
    const resource = await this.editable(actor, id);
    const errors: FieldErrors = {};
    const unchanged =
      form.visibility === visibilityValue(resource.visibility) ? resource.visibility : null;
    const visibility = unchanged ?? (await this.visibilityOf(user, form.visibility, errors));
    if (Object.keys(errors).length > 0) throw new FormError(errors);
    const pillars = await this.pillarRows.findBy({ code: In(form.pillars) });
    // A rejected proposal its author corrects goes back to the review queue.
    const resubmitted = resource.status === 'rejected' && resource.authorId === user.id;
    await this.dataSource.transaction(async (manager) => {
      if (resubmitted) {
        resource.status = 'pending';
        resource.reviewNote = null;
      }
      resource.title = form.title;
      resource.summary = form.summary ?? '';
      if (resource.kind === 'link') resource.url = form.url ?? resource.url;
      resource.language = languageOf(form);
      resource.documentDate = form.documentDate ?? null;
      resource.visibility = visibility!;
      resource.pillars = pillars;
      await manager.getRepository(LibraryResource).save(resource);
      await this.replaceTags(manager, resource.id, form.tags);
      await this.audit.record(
        actor,
        {
          action: 'library.resource-updated',
          ...auditTarget(resource),
          details: { title: resource.title, ...(resubmitted ? { resubmitted: true } : {}) },
        },
        manager,
      );
    });
    await this.events.emit({
      type: resubmitted ? 'resource.proposed' : 'resource.updated',
      resourceId: resource.id,
      actorId: user.id,
    });
  }

  /** A new file replaces the current one; the old versions stay. */
  async addVersion(actor: Actor, id: string, upload: UploadInput, note: string): Promise<number> {
    const user = userOf(actor);
    const resource = await this.editable(actor, id);
    if (resource.kind !== 'file') throw new NotFoundException();
    const errors: FieldErrors = {};
    const checked = await this.checkFile(upload, errors);
    if (!checked) throw new FormError(errors);
    const { number } = await this.withBlob(checked, async (manager) => {
      const last = await manager
        .getRepository(LibraryVersion)
        .createQueryBuilder('version')
        .select('MAX(version.number)', 'max')
        .where('version.resourceId = :id', { id: resource.id })
        .getRawOne<{ max: number | string | null }>();
      const next = Number(last?.max ?? 0) + 1;
      await this.insertVersion(manager, actor, resource, checked, next, note);
      await this.audit.record(
        actor,
        {
          action: 'library.version-added',
          ...auditTarget(resource),
          details: {
            version: next,
            type: checked.type,
            size: checked.received.size,
            sha256: checked.received.sha256,
          },
        },
        manager,
      );
      return { id: resource.id, number: next };
    });
    await this.afterVersion(resource.id, checked);
    await this.events.emit({
      type: 'resource.version-added',
      resourceId: resource.id,
      actorId: user.id,
      versionNumber: number,
    });
    return number;
  }

  /** Soft: the resource disappears everywhere; its rows and files stay for the record. */
  async remove(actor: Actor, id: string): Promise<void> {
    const user = userOf(actor);
    const resource = await this.editable(actor, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(LibraryResource).update(resource.id, { deletedById: user.id });
      await manager.getRepository(LibraryResource).softDelete(resource.id);
      await this.audit.record(
        actor,
        {
          action: 'library.resource-deleted',
          ...auditTarget(resource),
          details: { title: resource.title },
        },
        manager,
      );
    });
    await this.events.emit({ type: 'resource.deleted', resourceId: resource.id, actorId: user.id });
  }

  /** A resource the actor may see and edit; one they may see but not edit is a 404 too. */
  async editable(actor: Actor, id: string): Promise<LibraryResource> {
    const resource = await this.access.visible(actor, id, { pillars: true, tags: true });
    if (!mayEdit(userOf(actor), resource)) throw new NotFoundException();
    return resource;
  }

  private async insertResource(
    manager: EntityManager,
    actor: Actor,
    form: ResourceFormDto,
    parts: {
      visibility: VisibilityColumns;
      status: LibraryResource['status'];
      pillars: Pillar[];
      family: LibraryResource | null;
      checked: CheckedFile | null;
    },
  ): Promise<{ id: number }> {
    const user = userOf(actor);
    const repository = manager.getRepository(LibraryResource);
    const familyId = parts.family ? (parts.family.familyId ?? parts.family.id) : null;
    if (parts.family && parts.family.familyId === null)
      await repository.update(parts.family.id, { familyId: parts.family.id });
    const resource = await repository.save(
      repository.create({
        kind: form.kind,
        title: form.title,
        summary: form.summary ?? '',
        url: form.kind === 'link' ? (form.url ?? null) : null,
        language: languageOf(form),
        documentDate: form.documentDate ?? null,
        visibility: parts.visibility,
        status: parts.status,
        authorId: user.id,
        authorStateId: user.stateId,
        familyId,
        pillars: parts.pillars,
      }),
    );
    await this.replaceTags(manager, resource.id, form.tags);
    if (parts.checked) await this.insertVersion(manager, actor, resource, parts.checked, 1, '');
    await this.audit.record(
      actor,
      {
        action:
          parts.status === 'published' ? 'library.resource-published' : 'library.resource-proposed',
        ...auditTarget(resource),
        details: {
          title: resource.title,
          visibility: parts.visibility.level,
          ...(parts.checked
            ? {
                type: parts.checked.type,
                size: parts.checked.received.size,
                sha256: parts.checked.received.sha256,
              }
            : { url: resource.url }),
        },
      },
      manager,
    );
    return { id: resource.id };
  }

  private async insertVersion(
    manager: EntityManager,
    actor: Actor,
    resource: LibraryResource,
    checked: CheckedFile,
    number: number,
    note: string,
  ): Promise<void> {
    const versions = manager.getRepository(LibraryVersion);
    const version = await versions.save(
      versions.create({
        resourceId: resource.id,
        number,
        sha256: checked.received.sha256,
        size: checked.received.size,
        fileType: checked.type,
        fileName: safeFileName(checked.received.name, checked.type),
        note,
        uploadedById: userOf(actor).id,
        uploadedAt: new Date(),
        extractionStatus: FILE_TYPE_INFO[checked.type].extractable ? 'pending' : 'none',
        extractedText: null,
      }),
    );
    await manager.getRepository(LibraryResource).update(resource.id, {
      currentVersionId: version.id,
      fileType: checked.type,
      fileSize: checked.received.size,
    });
  }

  /**
   * Runs the database work with the file moved into the store inside the transaction: a
   * failed write removes a file it had just added (one already stored stays: others use it).
   */
  private async withBlob<T>(
    checked: CheckedFile | null,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T & { created: boolean }> {
    let created = false;
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const value = await work(manager);
        if (checked) {
          created = (
            await this.store.commit(checked.received.temporaryPath, checked.received.sha256)
          ).created;
        }
        return value;
      });
      return { ...result, created };
    } catch (error) {
      if (created && checked) await this.store.remove(checked.received.sha256);
      throw error;
    }
  }

  private async afterVersion(resourceId: number, checked: CheckedFile | null): Promise<void> {
    if (checked && FILE_TYPE_INFO[checked.type].extractable)
      await this.jobs.enqueue(EXTRACT_TEXT, { resourceId });
  }

  /** The file's type from its bytes, or the reason it is refused (into `errors`). */
  private async checkFile(upload: UploadInput, errors: FieldErrors): Promise<CheckedFile | null> {
    if (upload.tooLarge) {
      errors.file = [
        {
          key: 'library.upload.tooLarge',
          params: { max: Math.round(this.config.uploadMaxBytes / 1048576) },
        },
      ];
      return null;
    }
    const received = upload.file;
    if (!received) {
      errors.file = ['library.upload.fileRequired'];
      return null;
    }
    const result = await sniffFileType({
      head: received.head,
      size: received.size,
      utf8Text: received.utf8Text,
      name: received.name,
      read: (position, length) => this.store.read(received.temporaryPath, position, length),
    });
    if (!result.accepted) {
      errors.file = [`library.refused.${result.reason}`];
      return null;
    }
    return { received, type: result.type };
  }

  /** The chosen visibility, if the user may give it and its region or State exists. */
  private async visibilityOf(
    user: AuthenticatedUser,
    value: string,
    errors: FieldErrors,
  ): Promise<VisibilityColumns | null> {
    const [level, idText] = value.split(':') as [VisibilityLevel, string | undefined];
    const id = idText === undefined ? null : Number(idText);
    const scope = {
      level,
      regionId: level === 'region' ? id : null,
      stateId: level === 'state' ? id : null,
    };
    const exists =
      level === 'region'
        ? await this.dataSource.getRepository(IwgRegion).existsBy({ id: id! })
        : level === 'state'
          ? await this.dataSource.getRepository(Organisation).existsBy({ id: id!, kind: 'state' })
          : true;
    if (!exists || !mayChooseVisibility(user, scope)) {
      errors.visibility = ['library.form.visibilityNotAllowed'];
      return null;
    }
    return VisibilityColumns.of(level, scope);
  }

  /** The resource a translation joins: one the actor may see, published. */
  private async familyOf(
    actor: Actor,
    id: number,
    errors: FieldErrors,
  ): Promise<LibraryResource | null> {
    try {
      const source = await this.access.visible(actor, id);
      if (source.status === 'published') return source;
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
    }
    errors.translationOf = ['library.form.familyInvalid'];
    return null;
  }

  private async replaceTags(
    manager: EntityManager,
    resourceId: number,
    text: string | undefined,
  ): Promise<void> {
    const tags = manager.getRepository(LibraryTag);
    await tags.delete({ resourceId });
    const list = parseTags(text ?? '');
    if (list.length > 0) await tags.insert(list.map((tag) => ({ resourceId, tag })));
  }
}

function languageOf(form: ResourceFormDto): string {
  return form.language === 'other' ? (form.otherLanguage ?? '').toLowerCase() : form.language;
}

/** A resource's visibility as the form's select writes it. */
export function visibilityValue(visibility: VisibilityColumns): string {
  if (visibility.level === 'region') return `region:${visibility.regionId}`;
  if (visibility.level === 'state') return `state:${visibility.stateId}`;
  return visibility.level;
}
