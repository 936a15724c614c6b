import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError, type FieldErrors } from '../common/forms/form-error';
import { Clock } from '../jobs/clock';
import { DocumentAccess } from './document-access';
import { DocumentTemplate } from './document-template.entity';
import { DocumentTemplateVersion } from './document-template-version.entity';
import { StateDocument } from './state-document.entity';
import {
  StateDocumentDecision,
  UPSTREAM_DECISIONS,
  type UpstreamDecision,
} from './state-document-decision.entity';
import { READ_ONLY, StateDocumentsService } from './state-documents.service';
import { diffSections, type SectionDiff } from './template/section-diff';
import { contentOf, type TemplateContent } from './template/template-content';
import { mergeUpstream } from './template/upstream-merge';
import { initialValues } from './template/variable-values';

/** A template's later version offered to one document: what changed since the version it follows. */
export interface UpstreamOffer {
  fromVersion: number;
  toVersion: number;
  changes: SectionDiff[];
  latest: TemplateContent;
}

/**
 * "Template updated": a document made from an older version of its template is offered the
 * changes section by section, and the State accepts or keeps each one. Nothing changes without
 * that decision, which is recorded (who, when, which section, which versions). An approved or
 * active document is read-only: its decisions make a new revision, a draft.
 */
@Injectable()
export class UpstreamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly documents: StateDocumentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The offers of many documents at once (a State's list, the benchmark): one query for the
   * templates, one for the versions, each pair of versions compared once.
   */
  async offers(documents: readonly StateDocument[]): Promise<Map<number, UpstreamOffer>> {
    const open = documents.filter(
      (doc) => doc.status !== 'superseded' && doc.status !== 'archived',
    );
    const offers = new Map<number, UpstreamOffer>();
    if (open.length === 0) return offers;
    const templates = await this.dataSource
      .getRepository(DocumentTemplate)
      .find({ where: { id: In([...new Set(open.map((doc) => doc.templateId))]) } });
    const latest = new Map(templates.map((template) => [template.id, template.latestVersion]));
    const behind = open.filter((doc) => (latest.get(doc.templateId) ?? 0) > doc.templateVersion);
    if (behind.length === 0) return offers;
    const versions = await this.dataSource.getRepository(DocumentTemplateVersion).find({
      where: { templateId: In([...new Set(behind.map((doc) => doc.templateId))]) },
    });
    const contentOfVersion = new Map<string, TemplateContent>();
    for (const version of versions)
      contentOfVersion.set(`${version.templateId}:${version.number}`, contentOf(version.content));
    const compared = new Map<string, SectionDiff[]>();
    for (const doc of behind) {
      const to = latest.get(doc.templateId)!;
      const pair = `${doc.templateId}:${doc.templateVersion}:${to}`;
      const after = contentOfVersion.get(`${doc.templateId}:${to}`)!;
      let changes = compared.get(pair);
      if (!changes) {
        changes = diffSections(
          contentOfVersion.get(`${doc.templateId}:${doc.templateVersion}`) ?? {
            sections: [],
            variables: [],
          },
          after,
        );
        compared.set(pair, changes);
      }
      offers.set(doc.id, {
        fromVersion: doc.templateVersion,
        toVersion: to,
        changes,
        latest: after,
      });
    }
    return offers;
  }

  async offer(document: StateDocument): Promise<UpstreamOffer | null> {
    return (await this.offers([document])).get(document.id) ?? null;
  }

  /**
   * Records the State's decision on every changed section and applies it. Every change needs a
   * decision (each missing one is named); a second decision on an offer already settled is told.
   * Answers the document that now carries the State's text (a new revision when it was read-only).
   */
  async decide(
    actor: Actor,
    code: string,
    id: string,
    input: { toVersion: number; decisions: Record<string, unknown> },
  ): Promise<StateDocument> {
    const { state, document } = await this.access.document(actor, code, id);
    this.access.assertEditor(actor, state.id);
    const offer = await this.offer(document);
    if (!offer || offer.toVersion !== input.toVersion)
      throw new FormError({}, 'documents.upstream.stale');
    const decisions: Record<string, UpstreamDecision> = {};
    const errors: FieldErrors = {};
    for (const change of offer.changes) {
      const decision = input.decisions[change.key];
      if (
        typeof decision === 'string' &&
        (UPSTREAM_DECISIONS as readonly string[]).includes(decision)
      )
        decisions[change.key] = decision as UpstreamDecision;
      else errors[`decisions.${change.key}`] = ['documents.upstream.choose'];
    }
    if (Object.keys(errors).length) throw new FormError(errors);
    const user = userOf(actor);
    const now = new Date(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const target = READ_ONLY.includes(document.status)
        ? await this.documents.newRevision(manager, document, user.id)
        : document;
      const current = contentOf(target.content);
      const merged = mergeUpstream(current, offer.latest, offer.changes, decisions);
      const answers = {
        ...initialValues(merged.variables),
        ...(JSON.parse(target.answers || '{}') as Record<string, string>),
      };
      const result = await manager
        .createQueryBuilder()
        .update(StateDocument)
        .set({
          content: JSON.stringify(merged),
          answers: JSON.stringify(answers),
          templateVersion: offer.toVersion,
        })
        .where('id = :id AND template_version = :from', { id: target.id, from: offer.fromVersion })
        .execute();
      if (!result.affected) throw new FormError({}, 'documents.upstream.stale');
      await manager.getRepository(StateDocumentDecision).save(
        offer.changes.map((change) => ({
          documentId: target.id,
          sectionKey: change.key,
          sectionTitle: change.title.slice(0, 200),
          fromVersion: offer.fromVersion,
          toVersion: offer.toVersion,
          decision: decisions[change.key],
          decidedById: user.id,
          decidedByName: user.name,
          decidedAt: now,
        })),
      );
      await this.audit.record(
        actor,
        {
          action: 'documents.upstream-decided',
          targetType: 'state-document',
          targetId: String(target.id),
          details: {
            title: target.title,
            version: offer.toVersion,
            accepted: Object.values(decisions).filter((decision) => decision === 'accept').length,
            kept: Object.values(decisions).filter((decision) => decision === 'keep').length,
          },
        },
        manager,
      );
      return manager.getRepository(StateDocument).findOneByOrFail({ id: target.id });
    });
  }
}
