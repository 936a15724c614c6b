import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import {
  RoadmapStepPort,
  type CompletionOutcome,
  type PortStep,
} from '../programme/roadmaps/roadmap-step-port';
import { DocumentAccess } from './document-access';
import { DocumentTemplate } from './document-template.entity';
import { StateDocument } from './state-document.entity';

/** Documents whose step may no longer be changed: they are history. */
const CLOSED: readonly string[] = ['superseded', 'archived'];

/**
 * The roadmap step a State's document fulfils ("Standard operating procedures for the watch
 * desk"). Staff or the State's focal point tie the document to one of the State's open steps in
 * its template's pillar, on the document's page; the step's history records the link. When the
 * document becomes active (or is tied while active), the step is marked done through the
 * roadmap's own editing path (RoadmapStepPort), in the same transaction: the history says who
 * made the document active and which document it was, and the progress figures follow. A step
 * done, dropped or blocked is left as it is (the port says why for blocked).
 */
@Injectable()
export class DocumentRoadmapStepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly port: RoadmapStepPort,
  ) {}

  /** The steps this document may be tied to: the State's open steps of its template's pillar. */
  async choices(document: StateDocument): Promise<PortStep[]> {
    const template = await this.dataSource
      .getRepository(DocumentTemplate)
      .findOneBy({ id: document.templateId });
    if (!template) return [];
    return this.port.candidates(this.dataSource.manager, document.stateId, template.pillar);
  }

  /** The step the document is tied to, if it is still one of the State's. */
  current(document: StateDocument): Promise<PortStep | null> {
    return document.roadmapStepId === null
      ? Promise.resolve(null)
      : this.port.step(this.dataSource.manager, document.stateId, document.roadmapStepId);
  }

  /**
   * Ties the document to a step (`stepId` '' unties it). Answers what became of the step when
   * the document is active already (completed at once), or null.
   */
  async tie(
    actor: Actor,
    code: string,
    id: string,
    stepId: string,
  ): Promise<CompletionOutcome | null> {
    const { state, document } = await this.access.document(actor, code, id);
    this.access.assertEditor(actor, state.id);
    if (CLOSED.includes(document.status)) throw new FormError({}, 'documents.step.closed');
    const wanted = /^\d{1,9}$/.test(stepId) ? Number(stepId) : null;
    if (stepId !== '' && wanted === null) throw FormError.field('stepId', 'documents.step.invalid');
    if (wanted === document.roadmapStepId) return null;
    if (wanted !== null && !(await this.choices(document)).some((step) => step.id === wanted))
      throw FormError.field('stepId', 'documents.step.invalid');
    return this.dataSource.transaction(async (manager) => {
      // The answers' revision is left as it is: an editor's open form is not made stale by this.
      await manager
        .getRepository(StateDocument)
        .update({ id: document.id }, { roadmapStepId: wanted, revision: document.revision });
      const at = (stepId: number) => ({ stateId: state.id, stepId });
      if (document.roadmapStepId !== null)
        await this.port.linked(
          manager,
          actor,
          at(document.roadmapStepId),
          'document',
          document.title,
          false,
        );
      if (wanted === null) return null;
      await this.port.linked(manager, actor, at(wanted), 'document', document.title, true);
      return document.status === 'active'
        ? this.port.complete(manager, actor, at(wanted), 'document', document.title)
        : null;
    });
  }

  /** Called in the transaction that makes `document` active: its step is done now. */
  async activated(
    manager: EntityManager,
    actor: Actor,
    document: StateDocument,
  ): Promise<CompletionOutcome | null> {
    if (document.roadmapStepId === null) return null;
    return this.port.complete(
      manager,
      actor,
      { stateId: document.stateId, stepId: document.roadmapStepId },
      'document',
      document.title,
    );
  }
}
