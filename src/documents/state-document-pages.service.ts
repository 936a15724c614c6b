import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { languageName } from '../account/languages';
import { userOf, type Actor } from '../common/actor/actor';
import { DocumentAccess } from './document-access';
import { DocumentOutputService } from './document-output.service';
import { DocumentRoadmapStepService } from './document-roadmap-step.service';
import { DocumentTemplate } from './document-template.entity';
import {
  commentsOnDocuments,
  editsDocuments,
  isFocalPointOf,
  isProgrammeStaff,
} from './documents-rights';
import { StateDocument } from './state-document.entity';
import { StateDocumentComment } from './state-document-comment.entity';
import { StateDocumentDecision } from './state-document-decision.entity';
import { answersOf, LIFECYCLE_ACTIONS, StateDocumentsService } from './state-documents.service';
import { guidedSteps } from './template/guided-steps';
import { LiquidSandbox } from './template/liquid-sandbox';
import { contentOf } from './template/template-content';
import { diffLines } from './template/line-diff';
import { UpstreamService } from './upstream.service';

/** The State's documents pages: the list (with the new form), a document, the guided form, the template's changes. */
@Injectable()
export class StateDocumentPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly documents: StateDocumentsService,
    private readonly output: DocumentOutputService,
    private readonly upstream: UpstreamService,
    private readonly sandbox: LiquidSandbox,
    private readonly roadmapStep: DocumentRoadmapStepService,
  ) {}

  /** The State's documents, newest first, each marked when its template has changed since. */
  async summaries(stateId: number, locale: string) {
    const rows = await this.dataSource
      .getRepository(StateDocument)
      .find({ where: { stateId }, order: { updatedAt: 'DESC', id: 'DESC' } });
    const offers = await this.upstream.offers(rows);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      statusLabel: `documents.status.${row.status}`,
      language: row.language,
      languageName: languageName(row.language, locale) ?? row.language,
      revisionNumber: row.revisionNumber,
      templateUpdated: offers.has(row.id),
      updatedAt: row.updatedAt,
    }));
  }

  async listModel(actor: Actor, code: string) {
    const state = await this.access.state(actor, code);
    const user = userOf(actor);
    const mayCreate = editsDocuments(user, state.id);
    const documents = await this.summaries(state.id, actor.locale);
    const templates = mayCreate
      ? (await this.dataSource.getRepository(DocumentTemplate).find({ order: { title: 'ASC' } }))
          .filter((template) => template.latestVersion > 0)
          .map((template) => ({ value: String(template.id), label: template.title }))
      : [];
    return {
      pageTitle: { key: 'documents.list.title', params: { state: state.name } },
      state,
      documents,
      mayCreate,
      templates,
      translatable: documents.map((doc) => ({ value: String(doc.id), label: doc.title })),
    };
  }

  async pageModel(actor: Actor, code: string, id: string) {
    const { state, document } = await this.access.document(actor, code, id);
    const user = userOf(actor);
    const [sections, comments, decisions, offer, family] = await Promise.all([
      this.output.sections(document, state),
      this.dataSource
        .getRepository(StateDocumentComment)
        .find({ where: { documentId: document.id }, order: { id: 'ASC' } }),
      this.dataSource
        .getRepository(StateDocumentDecision)
        .find({ where: { documentId: document.id }, order: { id: 'ASC' } }),
      this.upstream.offer(document),
      document.familyId === null
        ? Promise.resolve([] as StateDocument[])
        : this.dataSource.getRepository(StateDocument).find({
            where: [{ familyId: document.familyId }, { id: document.familyId }],
          }),
    ]);
    const familyRows = family;
    const editor = editsDocuments(user, state.id);
    const status = document.status;
    const mayTieStep = editor && status !== 'superseded' && status !== 'archived';
    const [step, stepChoices] = await Promise.all([
      this.roadmapStep.current(document),
      mayTieStep ? this.roadmapStep.choices(document) : Promise.resolve([]),
    ]);
    const may = {
      fill: editor && status === 'draft',
      submit: editor && status === 'draft',
      return: editor && status === 'in-review',
      approve:
        status === 'in-review' &&
        ((isFocalPointOf(user, state.id) && !document.focalApprovedAt) ||
          (isProgrammeStaff(user) && !document.staffApprovedAt)),
      activate: editor && status === 'approved',
      archive: editor && (status === 'approved' || status === 'active'),
      revise: editor && (status === 'approved' || status === 'active'),
      comment:
        commentsOnDocuments(user, state.id) && (status === 'draft' || status === 'in-review'),
      upstream: editor && offer !== null,
      tieStep: mayTieStep,
    };
    const missing = status === 'draft' ? this.documents.missingRequired(document) : [];
    return {
      pageTitle: document.title,
      state,
      document: {
        id: document.id,
        title: document.title,
        status,
        statusLabel: `documents.status.${status}`,
        language: languageName(document.language, actor.locale) ?? document.language,
        languageCode: document.language,
        revision: document.revision,
        revisionNumber: document.revisionNumber,
        templateVersion: document.templateVersion,
        previousId: document.previousId,
        focalApproval: document.focalApprovedAt
          ? { name: document.focalApprovedByName, at: document.focalApprovedAt }
          : null,
        staffApproval: document.staffApprovedAt
          ? { name: document.staffApprovedByName, at: document.staffApprovedAt }
          : null,
      },
      family: familyRows
        .filter((row) => row.id !== document.id && row.stateId === state.id)
        .map((row) => ({
          id: row.id,
          title: row.title,
          language: languageName(row.language, actor.locale) ?? row.language,
          code: row.language,
        })),
      sections: sections.map((section) => ({
        ...section,
        comments: comments
          .filter((comment) => comment.sectionKey === section.key)
          .map((comment) => ({
            author: comment.authorName,
            role: `roles.${comment.authorRole}`,
            body: comment.body,
            at: comment.createdAt,
          })),
      })),
      decisions: decisions.map((decision) => ({
        section: decision.sectionTitle,
        label: `documents.upstream.decision.${decision.decision}`,
        by: decision.decidedByName,
        at: decision.decidedAt,
        from: decision.fromVersion,
        to: decision.toVersion,
      })),
      templateUpdated: offer ? { to: offer.toVersion, count: offer.changes.length } : null,
      roadmapStep: step
        ? {
            title: step.title,
            href: step.href,
            statusLabel: `roadmaps.status.${step.status}`,
            done: step.status === 'done',
            // Active, yet its step stayed blocked: a person lifts the block (RoadmapStepPort).
            blockedNote: status === 'active' && step.status === 'blocked',
          }
        : null,
      stepChoices: stepChoices.map((choice) => ({
        value: String(choice.id),
        label: choice.title,
        selected: choice.id === document.roadmapStepId,
      })),
      missing,
      missingNames: missing.join(', '),
      may,
      actions: LIFECYCLE_ACTIONS.filter((action) => may[action]),
    };
  }

  async fillModel(actor: Actor, code: string, id: string, stepText: unknown) {
    const { state, document } = await this.access.document(actor, code, id);
    this.access.assertEditor(actor, state.id);
    const steps = guidedSteps(this.sandbox, contentOf(document.content));
    const requested =
      typeof stepText === 'string' && /^\d{1,3}$/.test(stepText) ? Number(stepText) : 0;
    const index = Math.min(requested, Math.max(steps.length - 1, 0));
    const step = steps[index];
    const answers = answersOf(document);
    return {
      pageTitle: { key: 'documents.fill.title', params: { title: document.title } },
      state,
      document: {
        id: document.id,
        title: document.title,
        revision: document.revision,
        status: document.status,
        readOnly: document.status !== 'draft',
      },
      step: step
        ? {
            index,
            number: index + 1,
            count: steps.length,
            title: step.title,
            isLast: index === steps.length - 1,
            variables: step.variables.map((variable) => ({
              ...variable,
              field: `answers[${variable.name}]`,
              errorKey: `answers.${variable.name}`,
              value: answers[variable.name] ?? '',
              isYes: answers[variable.name] === 'yes',
              isNo: answers[variable.name] === 'no',
              choiceOptions: variable.choices.map((choice) => ({
                value: choice,
                label: choice,
                selected: choice === answers[variable.name],
              })),
              is: { [variable.type.replace('-', '')]: true },
              inputType: variable.type === 'date' ? 'date' : 'text',
            })),
          }
        : null,
      steps: steps.map((candidate, number) => ({
        number: number + 1,
        index: number,
        title: candidate.title,
        current: number === index,
      })),
    };
  }

  /** The template's changes side by side with what the State's document says now. */
  async upstreamModel(actor: Actor, code: string, id: string) {
    const { state, document } = await this.access.document(actor, code, id);
    this.access.assertEditor(actor, state.id);
    const offer = await this.upstream.offer(document);
    const current = contentOf(document.content);
    const rendered = new Map(
      (await this.output.sections(document, state)).map((section) => [section.key, section]),
    );
    return {
      pageTitle: { key: 'documents.upstream.title', params: { title: document.title } },
      state,
      document: {
        id: document.id,
        title: document.title,
        readOnly: ['approved', 'active', 'superseded', 'archived'].includes(document.status),
      },
      offer: offer
        ? {
            from: offer.fromVersion,
            to: offer.toVersion,
            changes: offer.changes.map((change) => {
              const mine = current.sections.find((section) => section.key === change.key) ?? null;
              return {
                key: change.key,
                title: change.title,
                changeLabel: `documents.change.${change.change}`,
                lines: change.lines,
                mineHtml: rendered.get(change.key)?.html ?? '',
                mineSource: mine?.body ?? null,
                mineDiffers:
                  mine !== null && change.before !== null && mine.body !== change.before.body,
                mineLines: mine && change.after ? diffLines(mine.body, change.after.body) : [],
              };
            }),
          }
        : null,
    };
  }
}
