import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError, type FieldErrors } from '../common/forms/form-error';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { Clock } from '../jobs/clock';
import { DocumentAccess } from './document-access';
import { DocumentRoadmapStepService } from './document-roadmap-step.service';
import { DocumentsNotifier } from './documents-notifier';
import { DocumentTemplate } from './document-template.entity';
import { DocumentTemplateVersion } from './document-template-version.entity';
import {
  commentsOnDocuments,
  editsDocuments,
  isFocalPointOf,
  isProgrammeStaff,
} from './documents-rights';
import { StateDocument, type DocumentStatus } from './state-document.entity';
import { StateDocumentComment } from './state-document-comment.entity';
import { LiquidSandbox } from './template/liquid-sandbox';
import { guidedSteps } from './template/guided-steps';
import { contentOf } from './template/template-content';
import {
  included,
  initialValues,
  problemOf,
  type VariableValues,
} from './template/variable-values';

export const LIFECYCLE_ACTIONS = [
  'submit',
  'return',
  'approve',
  'activate',
  'archive',
  'revise',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** Statuses in which nothing of a document changes: a change is a new revision. */
export const READ_ONLY: readonly string[] = ['approved', 'active', 'superseded', 'archived'];

export function answersOf(document: StateDocument): VariableValues {
  return JSON.parse(document.answers || '{}') as VariableValues;
}

/**
 * A State's documents: made from a template's latest version by staff or the State's focal
 * point, filled step by step (each save conditional on the revision the form was opened at, so
 * a second editor is told rather than overwriting), then submitted, reviewed (comments per
 * section), approved by both the State's focal point and programme staff (each recorded with
 * name and time), made active (the revision it replaces is superseded) and archived.
 */
@Injectable()
export class StateDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly sandbox: LiquidSandbox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly roadmapStep: DocumentRoadmapStepService,
    private readonly notifier: DocumentsNotifier,
  ) {}

  async create(
    actor: Actor,
    code: string,
    input: { templateId: number; translationOf?: number },
  ): Promise<StateDocument> {
    const state = await this.access.state(actor, code);
    this.access.assertEditor(actor, state.id);
    const template = await this.dataSource
      .getRepository(DocumentTemplate)
      .findOneBy({ id: input.templateId });
    if (!template || template.latestVersion === 0)
      throw FormError.field('templateId', 'documents.create.templateInvalid');
    const version = await this.dataSource
      .getRepository(DocumentTemplateVersion)
      .findOneByOrFail({ templateId: template.id, number: template.latestVersion });
    let familyId: number | null = null;
    if (input.translationOf) {
      const original = await this.dataSource
        .getRepository(StateDocument)
        .findOneBy({ id: input.translationOf, stateId: state.id });
      if (!original) throw FormError.field('translationOf', 'documents.create.translationInvalid');
      familyId = original.familyId ?? original.id;
      if (original.familyId === null)
        await this.dataSource
          .getRepository(StateDocument)
          .update({ id: original.id }, { familyId });
    }
    const content = contentOf(version.content);
    const user = userOf(actor);
    return this.dataSource.transaction(async (manager) => {
      const document = await manager.getRepository(StateDocument).save(
        manager.getRepository(StateDocument).create({
          stateId: state.id,
          visibility: VisibilityColumns.of('state', { stateId: state.id }),
          templateId: template.id,
          templateVersion: version.number,
          title: version.title,
          language: template.language,
          status: 'draft',
          content: version.content,
          answers: JSON.stringify(initialValues(content.variables)),
          familyId,
          revisionNumber: 1,
          previousId: null,
          roadmapStepId: null,
          createdById: user.id,
        }),
      );
      await this.record(actor, manager, 'documents.created', document, { state: state.code });
      return document;
    });
  }

  /** Saves one page of the guided form; the others' answers are left as they are. */
  async saveStep(
    actor: Actor,
    code: string,
    id: string,
    input: { revision: number; step: number; answers: Record<string, unknown> },
  ): Promise<StateDocument> {
    const { state, document } = await this.access.document(actor, code, id);
    this.access.assertEditor(actor, state.id);
    if (document.status !== 'draft') throw new FormError({}, 'documents.readOnly');
    const content = contentOf(document.content);
    const step = guidedSteps(this.sandbox, content)[input.step];
    if (!step) throw new FormError({}, 'documents.fill.stepInvalid');
    const answers = answersOf(document);
    const errors: FieldErrors = {};
    for (const variable of step.variables) {
      const raw = input.answers[variable.name];
      // A yes-no is a pair of radios: none chosen is a blank answer.
      const value = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n') : '';
      const problem = problemOf(variable, value);
      if (problem) errors[`answers.${variable.name}`] = [problem];
      answers[variable.name] = value.trim();
    }
    if (Object.keys(errors).length) throw new FormError(errors);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(StateDocument)
      .set({ answers: JSON.stringify(answers) })
      .where('id = :id AND revision = :revision AND status = :status', {
        id: document.id,
        revision: input.revision,
        status: 'draft',
      })
      .execute();
    if (!result.affected) throw new FormError({}, 'documents.fill.stale');
    return this.dataSource.getRepository(StateDocument).findOneByOrFail({ id: document.id });
  }

  /** Required answers still blank, for the sections the answers include. */
  missingRequired(document: StateDocument): string[] {
    const content = contentOf(document.content);
    const answers = answersOf(document);
    const used = new Set<string>();
    for (const section of content.sections)
      if (included(section, content.variables, answers))
        for (const name of this.sandbox.variablesOf(section.body)) used.add(name);
    return content.variables
      .filter(
        (variable) =>
          variable.required && used.has(variable.name) && !(answers[variable.name] ?? '').trim(),
      )
      .map((variable) => variable.label);
  }

  /** Moves a document along its lifecycle; answers the document to show next (a new revision for `revise`). */
  async step(
    actor: Actor,
    code: string,
    id: string,
    action: LifecycleAction,
  ): Promise<StateDocument> {
    const { state, document } = await this.access.document(actor, code, id);
    const user = userOf(actor);
    const repository = this.dataSource.getRepository(StateDocument);
    const move = async (
      from: DocumentStatus[],
      set: Partial<StateDocument>,
      manager: EntityManager,
    ) => {
      const result = await manager
        .createQueryBuilder()
        .update(StateDocument)
        .set(set)
        .where('id = :id AND revision = :revision', {
          id: document.id,
          revision: document.revision,
        })
        .andWhere('status IN (:...from)', { from })
        .execute();
      if (!result.affected) throw new FormError({}, 'documents.lifecycle.stale');
    };
    if (action === 'approve') {
      const approved = await this.approve(actor, state.id, document);
      if (approved.status === 'approved')
        await this.notifier.reachedState(approved, 'approved', user.id);
      return approved;
    }
    if (!editsDocuments(user, state.id)) throw new ForbiddenException();
    const moved = await this.dataSource
      .transaction(async (manager) => {
        switch (action) {
          case 'submit': {
            if (document.status !== 'draft') throw new FormError({}, 'documents.lifecycle.notNow');
            const missing = this.missingRequired(document);
            if (missing.length)
              throw new FormError(
                {},
                {
                  key: 'documents.lifecycle.missing',
                  params: { count: missing.length, names: missing.join(', ') },
                },
              );
            await move(['draft'], { status: 'in-review' }, manager);
            break;
          }
          case 'return':
            if (document.status !== 'in-review')
              throw new FormError({}, 'documents.lifecycle.notNow');
            await move(
              ['in-review'],
              {
                status: 'draft',
                focalApprovedById: null,
                focalApprovedByName: null,
                focalApprovedAt: null,
                staffApprovedById: null,
                staffApprovedByName: null,
                staffApprovedAt: null,
              },
              manager,
            );
            break;
          case 'activate':
            if (document.status !== 'approved')
              throw new FormError({}, 'documents.lifecycle.notNow');
            await move(['approved'], { status: 'active' }, manager);
            if (document.previousId !== null)
              await manager
                .getRepository(StateDocument)
                .update({ id: document.previousId, status: 'active' }, { status: 'superseded' });
            // The roadmap step it fulfils is done now, in this transaction (when open).
            await this.roadmapStep.activated(manager, actor, document);
            break;
          case 'archive':
            if (!['approved', 'active'].includes(document.status))
              throw new FormError({}, 'documents.lifecycle.notNow');
            await move(['approved', 'active'], { status: 'archived' }, manager);
            break;
          case 'revise': {
            if (!['approved', 'active'].includes(document.status))
              throw new FormError({}, 'documents.lifecycle.notNow');
            const revision = await this.newRevision(manager, document, user.id);
            await this.record(actor, manager, 'documents.status-changed', revision, {
              status: 'draft',
              revision: revision.revisionNumber,
            });
            return revision;
          }
        }
        const after = await manager
          .getRepository(StateDocument)
          .findOneByOrFail({ id: document.id });
        await this.record(actor, manager, 'documents.status-changed', after, {
          status: after.status,
          revision: after.revisionNumber,
        });
        return after;
      })
      .then(async (row) => row ?? repository.findOneByOrFail({ id: document.id }));
    // The people concerned are told once the change is committed.
    if (action === 'submit') await this.notifier.submitted(moved, user.id);
    if (action === 'activate') await this.notifier.reachedState(moved, 'active', user.id);
    return moved;
  }

  /** A draft copy of an approved or active document, to change; it replaces it once active. */
  async newRevision(
    manager: EntityManager,
    document: StateDocument,
    userId: number,
  ): Promise<StateDocument> {
    const repository = manager.getRepository(StateDocument);
    return repository.save(
      repository.create({
        stateId: document.stateId,
        visibility: VisibilityColumns.of('state', { stateId: document.stateId }),
        templateId: document.templateId,
        templateVersion: document.templateVersion,
        title: document.title,
        language: document.language,
        status: 'draft',
        content: document.content,
        answers: document.answers,
        familyId: document.familyId,
        revisionNumber: document.revisionNumber + 1,
        previousId: document.id,
        roadmapStepId: document.roadmapStepId,
        createdById: userId,
      }),
    );
  }

  /**
   * An approval: by the State's focal point, or by programme staff; both make it approved.
   * Anyone else (an official, an expert, another State's focal point) is refused (403), and
   * nothing is recorded.
   */
  private async approve(
    actor: Actor,
    stateId: number,
    document: StateDocument,
  ): Promise<StateDocument> {
    const user = userOf(actor);
    const asFocalPoint = isFocalPointOf(user, stateId);
    const asStaff = isProgrammeStaff(user);
    if (!asFocalPoint && !asStaff) throw new ForbiddenException();
    if (document.status !== 'in-review') throw new FormError({}, 'documents.lifecycle.notNow');
    const now = new Date(this.clock.now());
    const set: Partial<StateDocument> = asFocalPoint
      ? { focalApprovedById: user.id, focalApprovedByName: user.name, focalApprovedAt: now }
      : { staffApprovedById: user.id, staffApprovedByName: user.name, staffApprovedAt: now };
    const both = asFocalPoint
      ? document.staffApprovedAt !== null
      : document.focalApprovedAt !== null;
    if (both) set.status = 'approved';
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(StateDocument)
        .set(set)
        .where('id = :id AND revision = :revision AND status = :status', {
          id: document.id,
          revision: document.revision,
          status: 'in-review',
        })
        .execute();
      if (!result.affected) throw new FormError({}, 'documents.lifecycle.stale');
      const after = await manager.getRepository(StateDocument).findOneByOrFail({ id: document.id });
      await this.record(actor, manager, 'documents.approved', after, {
        as: asFocalPoint ? 'focal-point' : 'staff',
      });
      return after;
    });
  }

  async comment(
    actor: Actor,
    code: string,
    id: string,
    input: { sectionKey: string; body: string },
  ): Promise<StateDocument> {
    const { state, document } = await this.access.document(actor, code, id);
    const user = userOf(actor);
    if (!commentsOnDocuments(user, state.id)) throw new ForbiddenException();
    if (!['draft', 'in-review'].includes(document.status))
      throw new FormError({}, 'documents.readOnly');
    const content = contentOf(document.content);
    if (!content.sections.some((section) => section.key === input.sectionKey))
      throw FormError.field('body', 'documents.comment.sectionInvalid');
    await this.dataSource.getRepository(StateDocumentComment).save({
      documentId: document.id,
      sectionKey: input.sectionKey,
      authorId: user.id,
      authorName: user.name,
      authorRole: user.role,
      body: input.body,
      createdAt: new Date(this.clock.now()),
    });
    await this.notifier.commented(document, user.id);
    return document;
  }

  private async record(
    actor: Actor,
    manager: EntityManager,
    action: 'documents.created' | 'documents.status-changed' | 'documents.approved',
    document: StateDocument,
    details: Record<string, string | number>,
  ): Promise<void> {
    await this.audit.record(
      actor,
      {
        action,
        targetType: 'state-document',
        targetId: String(document.id),
        details: { title: document.title, ...details },
      },
      manager,
    );
  }
}
