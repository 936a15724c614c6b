import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { Clock } from '../jobs/clock';
import { DocumentTemplate } from './document-template.entity';
import { DocumentTemplateVersion } from './document-template-version.entity';
import { DocumentsNotifier } from './documents-notifier';
import { LiquidSandbox } from './template/liquid-sandbox';
import {
  contentOf,
  TEMPLATE_KINDS,
  type TemplateContent,
  type TemplateKind,
} from './template/template-content';
import { contentFromForm } from './template/template-form';

export interface TemplateFields {
  title: string;
  kind: string;
  pillar: string;
  language: string;
}

/** An id from a URL, or a 404 like a template that does not exist. */
export function idOf(text: string | number): number {
  const value = typeof text === 'number' ? text : /^\d{1,9}$/.test(text) ? Number(text) : 0;
  if (!Number.isSafeInteger(value) || value < 1) throw new NotFoundException();
  return value;
}

/**
 * Templates (staff only, by their area): create, save the draft (optimistic: a second editor
 * of the same draft is told), publish (refused while a section has a syntax error or uses an
 * undeclared variable), and read versions. Publishing is audited.
 */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sandbox: LiquidSandbox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifier: DocumentsNotifier,
  ) {}

  async template(id: string | number): Promise<DocumentTemplate> {
    const row = await this.dataSource.getRepository(DocumentTemplate).findOneBy({ id: idOf(id) });
    if (!row) throw new NotFoundException();
    return row;
  }

  async version(templateId: number, number: number): Promise<DocumentTemplateVersion> {
    const row = Number.isSafeInteger(number)
      ? await this.dataSource
          .getRepository(DocumentTemplateVersion)
          .findOneBy({ templateId, number })
      : null;
    if (!row) throw new NotFoundException();
    return row;
  }

  async versions(templateId: number): Promise<DocumentTemplateVersion[]> {
    return this.dataSource
      .getRepository(DocumentTemplateVersion)
      .find({ where: { templateId }, order: { number: 'DESC' } });
  }

  async create(
    actor: Actor,
    fields: TemplateFields,
    content?: TemplateContent,
  ): Promise<DocumentTemplate> {
    const repository = this.dataSource.getRepository(DocumentTemplate);
    return repository.save(
      repository.create({
        title: fields.title,
        kind: kindOf(fields.kind),
        pillar: fields.pillar,
        language: fields.language,
        draft: JSON.stringify(content ?? { sections: [], variables: [] }),
        latestVersion: 0,
        createdById: userOf(actor).id,
      }),
    );
  }

  /** Saves the editor's form; refused (400, nothing lost) when someone saved in between. */
  async saveDraft(
    actor: Actor,
    id: string | number,
    fields: TemplateFields & { revision: number },
    body: Record<string, unknown>,
  ): Promise<DocumentTemplate> {
    const template = await this.template(id);
    const { content, errors } = contentFromForm(body);
    if (Object.keys(errors).length) throw new FormError(errors);
    return this.writeDraft(template, fields, content);
  }

  /** The same as saving the editor's form, from content (seeding, tests, the benchmark). */
  async writeDraft(
    template: DocumentTemplate,
    fields: TemplateFields & { revision: number },
    content: TemplateContent,
  ): Promise<DocumentTemplate> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(DocumentTemplate)
      .set({
        title: fields.title,
        kind: kindOf(fields.kind),
        pillar: fields.pillar,
        language: fields.language,
        draft: JSON.stringify(content),
      })
      .where('id = :id AND revision = :revision', { id: template.id, revision: fields.revision })
      .execute();
    if (!result.affected) throw new FormError({}, 'documents.template.stale');
    return this.template(template.id);
  }

  /** The problems that stop publishing, per section key (empty: it may be published). */
  problems(content: TemplateContent) {
    return this.sandbox.check(content);
  }

  /** Publishes the draft as the next version. */
  async publish(actor: Actor, id: string | number, note = ''): Promise<DocumentTemplateVersion> {
    const template = await this.template(id);
    const content = contentOf(template.draft);
    if (content.sections.length === 0) throw new FormError({}, 'documents.template.empty');
    const problems = this.sandbox.check(content);
    if (problems.size > 0)
      throw new FormError(
        {},
        {
          key: 'documents.template.cannotPublish',
          params: { count: [...problems.values()].flat().length },
        },
      );
    const user = userOf(actor);
    const published = await this.dataSource.transaction(async (manager) => {
      if (template.latestVersion > 0) {
        const latest = await manager
          .getRepository(DocumentTemplateVersion)
          .findOneByOrFail({ templateId: template.id, number: template.latestVersion });
        if (latest.content === template.draft && latest.title === template.title)
          throw new FormError({}, 'documents.template.unchanged');
      }
      const number = template.latestVersion + 1;
      // Conditional on the number read: two staff publishing at once make one version each.
      const moved = await manager
        .createQueryBuilder()
        .update(DocumentTemplate)
        .set({ latestVersion: number })
        .where('id = :id AND latest_version = :latest', {
          id: template.id,
          latest: template.latestVersion,
        })
        .execute();
      if (!moved.affected) throw new FormError({}, 'documents.template.stale');
      const version = await manager.getRepository(DocumentTemplateVersion).save({
        templateId: template.id,
        number,
        title: template.title,
        content: template.draft,
        note: note.slice(0, 500),
        publishedById: user.id,
        publishedByName: user.name,
        publishedAt: new Date(this.clock.now()),
      });
      await this.audit.record(
        actor,
        {
          action: 'documents.template-published',
          targetType: 'document-template',
          targetId: String(template.id),
          details: { title: template.title, version: number },
        },
        manager,
      );
      return version;
    });
    // Every State's document made from an older version is told (once committed).
    if (published.number > 1)
      await this.notifier.templateUpdated(template.id, published.number, user.id);
    return published;
  }
}

function kindOf(kind: string): TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(kind) ? (kind as TemplateKind) : 'other';
}
