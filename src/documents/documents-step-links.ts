import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { formatDate } from '../common/i18n/intl-format';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { Organisation } from '../organisations/organisation.entity';
import { pillarSteps } from '../programme/roadmaps/pillar-step-links';
import { StepLinkSources, type StepLinkItem } from '../programme/roadmaps/step-link-sources';
import { StateDocument } from './state-document.entity';

/** The pillar whose steps a State's SOPs and Terms of Reference serve. */
const PIU_PILLAR = 'piu';

/**
 * A State's active SOPs and Terms of Reference are listed on each PIU-pillar step of its
 * roadmap, under "Documents in force", read through the visibility policy on the documents so
 * a reader of the roadmap (a partner it is shared with) sees only what the documents' own rule
 * lets them see.
 */
@Injectable()
export class DocumentsStepLinks implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: StepLinkSources,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      kind: 'sop',
      label: 'documents.stepLinks.label',
      linksOf: (actor, stepIds) => this.linksOf(actor, stepIds),
    });
  }

  async linksOf(actor: Actor, stepIds: readonly number[]): Promise<Map<number, StepLinkItem[]>> {
    const steps = await pillarSteps(this.dataSource, stepIds, PIU_PILLAR);
    if (steps.stateIds.length === 0) return new Map();
    const documents = await this.dataSource
      .getRepository(StateDocument)
      .createQueryBuilder('document')
      .where(
        this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('document'), 'doc'),
      )
      .andWhere("document.status = 'active'")
      .andWhere('document.stateId IN (:...stateIds)', { stateIds: steps.stateIds })
      .orderBy('document.title', 'ASC')
      .getMany();
    if (documents.length === 0) return new Map();
    const codes = new Map(
      (
        await this.dataSource
          .getRepository(Organisation)
          .find({ where: { id: In(steps.stateIds) }, select: { id: true, code: true } })
      ).map((state) => [state.id, state.code]),
    );
    return steps.link(
      documents,
      (document) => document.stateId,
      (document) => ({
        title: document.title,
        href: `/states/${codes.get(document.stateId)}/documents/${document.id}`,
        detail: {
          key: 'documents.stepLinks.active',
          params: {
            revision: document.revisionNumber,
            date: formatDate(document.updatedAt, actor.locale, actor.timeZone, 'date'),
          },
        },
      }),
    );
  }
}
