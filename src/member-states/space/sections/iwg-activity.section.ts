import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { userOf, type Actor } from '../../../common/actor/actor';
import { mayUse } from '../../../common/areas/area';
import { VisibilityPolicy } from '../../../common/visibility/visibility-policy';
import { ForumThread } from '../../../iwg/forum/forum-thread.entity';
import { IWG_AREA } from '../../../iwg/iwg.area';
import { Iwg } from '../../../iwg/iwg.entity';
import { MeetingSummaries } from '../../../iwg/meetings/meeting-summaries';
import { StateSpaceSections, type SpaceState } from '../state-space-sections';

const THREADS = 5;
const MEETINGS = 3;

/**
 * The State's space: recent activity of the State's IWG, as far as the reader may see it (the
 * newest threads and the next meetings). The meetings come from the IWG module's summaries;
 * the threads are read here with the same visibility condition the forum uses.
 */
@Injectable()
export class IwgActivitySection implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly meetings: MeetingSummaries,
    private readonly policy: VisibilityPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'iwg-activity',
      title: 'states.space.iwgActivity',
      order: 50,
      partial: 'space-iwg-activity',
      appliesTo: (user) => mayUse(IWG_AREA, user.role) && user.role !== 'partner',
      load: (actor, state) => this.model(actor, state),
    });
  }

  async model(actor: Actor, state: SpaceState) {
    if (state.iwgRegionId === null) return { iwg: null, threads: [], meetings: [] };
    const iwg = await this.dataSource.getRepository(Iwg).findOne({
      where: { regionId: state.iwgRegionId, closedAt: IsNull() },
      order: { id: 'ASC' },
    });
    if (!iwg) return { iwg: null, threads: [], meetings: [] };
    const [threads, meetings] = await Promise.all([
      this.dataSource
        .getRepository(ForumThread)
        .createQueryBuilder('thread')
        .where('thread.iwgId = :iwgId', { iwgId: iwg.id })
        .andWhere(this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('thread')))
        .orderBy('thread.lastPostAt', 'DESC')
        .addOrderBy('thread.id', 'DESC')
        .take(THREADS)
        .getMany(),
      this.meetings.upcoming(actor, { iwgId: iwg.id, limit: MEETINGS }),
    ]);
    return {
      iwg: { name: iwg.name, href: `/iwg/${iwg.id}` },
      threads: threads.map((thread) => ({
        title: thread.title,
        href: `/iwg/${iwg.id}/threads/${thread.id}`,
        posts: thread.postCount,
        lastPostAt: thread.lastPostAt ?? thread.createdAt,
      })),
      meetings,
    };
  }
}
