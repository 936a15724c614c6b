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
 * roadmap, and a document tied to a step (the one it fulfils) on that step first, whatever its
 * status, read through the visibility policy on the documents so a reader of the roadmap (a
 * partner it is shared with) sees only what the documents' own rule lets them see.
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
    const visible = () =>
      this.dataSource
        .getRepository(StateDocument)
        .createQueryBuilder('document')
        .where(
          this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('document'), 'doc'),
        )
        .orderBy('document.title', 'ASC');
    // In force: the State's active documents, on each PIU step.
    const active =
      steps.stateIds.length === 0
        ? []
        : await visible()
            .andWhere("document.status = 'active'")
            .andWhere('document.stateId IN (:...stateIds)', { stateIds: steps.stateIds })
            .getMany();
    // Tied: the documents that fulfil a step, on that step, whatever its pillar (not history).
    const tied =
      stepIds.length === 0
        ? []
        : await visible()
            .andWhere('document.roadmapStepId IN (:...stepIds)', { stepIds: [...stepIds] })
            .andWhere("document.status NOT IN ('superseded', 'archived')")
            .getMany();
    if (active.length === 0 && tied.length === 0) return new Map();
    const stateIds = [...new Set([...active, ...tied].map((document) => document.stateId))];
    const codes = new Map(
      (
        await this.dataSource
          .getRepository(Organisation)
          .find({ where: { id: In(stateIds) }, select: { id: true, code: true } })
      ).map((state) => [state.id, state.code]),
    );
    const href = (document: StateDocument) =>
      `/states/${codes.get(document.stateId)}/documents/${document.id}`;
    const links = steps.link(
      active.filter((document) => !tied.some((other) => other.id === document.id)),
      (document) => document.stateId,
      (document) => ({
        title: document.title,
        href: href(document),
        detail: {
          key: 'documents.stepLinks.active',
          params: {
            revision: document.revisionNumber,
            date: formatDate(document.updatedAt, actor.locale, actor.timeZone, 'date'),
          },
        },
      }),
    );
    for (const document of tied) {
      const stepId = document.roadmapStepId!;
      const list = links.get(stepId) ?? [];
      list.unshift({
        title: document.title,
        href: href(document),
        detail: {
          key: 'documents.stepLinks.fulfils',
          // An ICU select key has no hyphen: `in-review` is `review` there.
          params: { status: document.status.replace('in-', ''), revision: document.revisionNumber },
        },
      });
      links.set(stepId, list);
    }
    return links;
  }
}
