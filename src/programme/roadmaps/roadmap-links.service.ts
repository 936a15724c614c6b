import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { FormError } from '../../common/forms/form-error';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { ForumThread } from '../../iwg/forum/forum-thread.entity';
import { Iwg } from '../../iwg/iwg.entity';
import { LibraryResource } from '../../library/library-resource.entity';
import { RoadmapAccess, type RoadmapState } from './roadmap-access';
import { RoadmapEditing } from './roadmap-editing.service';
import { RoadmapStepLink, type StepLinkKind } from './roadmap-step-link.entity';
import type { StepLinkItem } from './step-link-sources';

/** How many candidates each "link" list offers (the newest first). */
const CANDIDATES = 100;

export interface LinkCandidate {
  readonly id: number;
  readonly title: string;
}

export interface ShownLink extends StepLinkItem {
  readonly id: number;
  readonly kind: StepLinkKind;
}

/**
 * A step's links to library resources and IWG threads. A resource must be the State's own or
 * programme-wide (another State's, another region's or a staff-only resource is refused: the
 * step's readers could not open it); a thread must be in an IWG of the State's region. Links
 * are shown to each reader only where the policy lets them see the target.
 */
@Injectable()
export class RoadmapLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly access: RoadmapAccess,
    private readonly editing: RoadmapEditing,
  ) {}

  async link(
    actor: Actor,
    code: string,
    stepId: number,
    input: { kind: StepLinkKind; targetId: number },
  ): Promise<string> {
    const state = await this.access.state(actor, code);
    const step = await this.access.step(actor, state, stepId);
    this.access.assertEditor(actor);
    const title =
      input.kind === 'resource'
        ? await this.checkedResource(userOf(actor), state, input.targetId)
        : await this.checkedThread(userOf(actor), state, input.targetId);
    const links = this.dataSource.getRepository(RoadmapStepLink);
    if (await links.existsBy({ stepId: step.id, kind: input.kind, targetId: input.targetId }))
      throw FormError.field('targetId', 'roadmaps.link.already');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(RoadmapStepLink).insert({
        stepId: step.id,
        kind: input.kind,
        targetId: input.targetId,
        createdById: userOf(actor).id,
      });
      await this.editing.record(manager, actor, state, step, 'linked', [
        { field: input.kind, from: null, to: title },
      ]);
    });
    return title;
  }

  async unlink(actor: Actor, code: string, stepId: number, linkId: number): Promise<void> {
    const state = await this.access.state(actor, code);
    const step = await this.access.step(actor, state, stepId);
    this.access.assertEditor(actor);
    const link = Number.isSafeInteger(linkId)
      ? await this.dataSource
          .getRepository(RoadmapStepLink)
          .findOneBy({ id: linkId, stepId: step.id })
      : null;
    if (!link) throw new NotFoundException();
    const title =
      (await this.titles(link.kind, [link.targetId])).get(link.targetId) ?? `#${link.targetId}`;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(RoadmapStepLink).delete({ id: link.id });
      await this.editing.record(manager, actor, state, step, 'unlinked', [
        { field: link.kind, from: title, to: null },
      ]);
    });
  }

  /** The step's links the reader may open, resources first, each list by title. */
  async shown(user: AuthenticatedUser, stepId: number): Promise<ShownLink[]> {
    const links = await this.dataSource.getRepository(RoadmapStepLink).findBy({ stepId });
    const resourceIds = links.filter((l) => l.kind === 'resource').map((l) => l.targetId);
    const threadIds = links.filter((l) => l.kind === 'thread').map((l) => l.targetId);
    const resources = resourceIds.length
      ? await this.dataSource
          .getRepository(LibraryResource)
          .findBy({ id: In(resourceIds), deletedAt: IsNull() })
      : [];
    const threads = threadIds.length
      ? await this.dataSource.getRepository(ForumThread).findBy({ id: In(threadIds) })
      : [];
    const resourceOf = new Map(
      resources.filter((r) => this.policy.canSee(user, r.visibility)).map((r) => [r.id, r]),
    );
    const threadOf = new Map(
      threads.filter((t) => this.policy.canSee(user, t.visibility)).map((t) => [t.id, t]),
    );
    const shown: ShownLink[] = [];
    for (const link of links) {
      const resource = link.kind === 'resource' ? resourceOf.get(link.targetId) : undefined;
      const thread = link.kind === 'thread' ? threadOf.get(link.targetId) : undefined;
      if (resource)
        shown.push({
          id: link.id,
          kind: 'resource',
          title: resource.title,
          href: `/library/${resource.id}`,
        });
      if (thread)
        shown.push({
          id: link.id,
          kind: 'thread',
          title: thread.title,
          href: `/iwg/${thread.iwgId}/threads/${thread.id}`,
        });
    }
    return shown.sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  }

  /** What a step of this State may link to: its own and programme-wide resources, its IWG's threads. */
  async candidates(
    state: RoadmapState,
  ): Promise<{ resources: LinkCandidate[]; threads: LinkCandidate[] }> {
    const resources = await this.dataSource
      .getRepository(LibraryResource)
      .createQueryBuilder('resource')
      .select(['resource.id', 'resource.title'])
      .where('resource.deletedAt IS NULL')
      .andWhere('resource.status = :published', { published: 'published' })
      .andWhere(
        `(resource.visibility.level = :programme OR (resource.visibility.level = :state AND resource.visibility.stateId = :stateId)${
          state.iwgRegionId === null
            ? ''
            : ' OR (resource.visibility.level = :region AND resource.visibility.regionId = :regionId)'
        })`,
        {
          programme: 'programme',
          state: 'state',
          stateId: state.id,
          region: 'region',
          regionId: state.iwgRegionId,
        },
      )
      .orderBy('resource.createdAt', 'DESC')
      .addOrderBy('resource.id', 'DESC')
      .take(CANDIDATES)
      .getMany();
    const threads =
      state.iwgRegionId === null
        ? []
        : await this.dataSource
            .getRepository(ForumThread)
            .createQueryBuilder('thread')
            .select(['thread.id', 'thread.title'])
            .innerJoin(Iwg, 'iwg', 'iwg.id = thread.iwgId')
            .where('iwg.regionId = :regionId', { regionId: state.iwgRegionId })
            .orderBy('thread.id', 'DESC')
            .take(CANDIDATES)
            .getMany();
    return {
      resources: resources.map((r) => ({ id: r.id, title: r.title })),
      threads: threads.map((t) => ({ id: t.id, title: t.title })),
    };
  }

  /**
   * A resource the step may link to, or a message saying why not. One the actor cannot see
   * is "not found", as anywhere else.
   */
  private async checkedResource(user: AuthenticatedUser, state: RoadmapState, id: number) {
    const resource = await this.dataSource
      .getRepository(LibraryResource)
      .findOneBy({ id, deletedAt: IsNull() });
    if (!resource || !this.policy.canSee(user, resource.visibility))
      throw FormError.field('targetId', 'roadmaps.link.notFound');
    const { level, stateId, regionId } = resource.visibility;
    if (level === 'state' && stateId !== state.id)
      throw FormError.field('targetId', {
        key: 'roadmaps.link.otherState',
        params: { state: state.name },
      });
    if (level === 'region' && regionId !== state.iwgRegionId)
      throw FormError.field('targetId', 'roadmaps.link.otherRegion');
    if (level === 'staff') throw FormError.field('targetId', 'roadmaps.link.staffOnly');
    if (resource.status !== 'published')
      throw FormError.field('targetId', 'roadmaps.link.notPublished');
    return resource.title;
  }

  private async checkedThread(user: AuthenticatedUser, state: RoadmapState, id: number) {
    const thread = await this.dataSource.getRepository(ForumThread).findOneBy({ id });
    if (!thread || !this.policy.canSee(user, thread.visibility))
      throw FormError.field('targetId', 'roadmaps.link.notFound');
    const iwg = await this.dataSource.getRepository(Iwg).findOneBy({ id: thread.iwgId });
    if (!iwg || state.iwgRegionId === null || iwg.regionId !== state.iwgRegionId)
      throw FormError.field('targetId', {
        key: 'roadmaps.link.otherIwg',
        params: { state: state.name },
      });
    return thread.title;
  }

  private async titles(kind: StepLinkKind, ids: number[]): Promise<Map<number, string>> {
    const rows: { id: number; title: string }[] =
      kind === 'resource'
        ? await this.dataSource
            .getRepository(LibraryResource)
            .find({ where: { id: In(ids) }, withDeleted: true })
        : await this.dataSource.getRepository(ForumThread).findBy({ id: In(ids) });
    return new Map(rows.map((row) => [row.id, row.title]));
  }
}
