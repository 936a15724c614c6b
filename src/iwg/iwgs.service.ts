import { LiveEvents } from '../live/live-events.service';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { ReachCache } from '../common/visibility/reach-cache';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import { User } from '../users/user.entity';
import { ForumCategory } from './forum/forum-category.entity';
import { WATCH_LEVELS } from './forum/forum-watch.entity';
import { ForumReadService } from './forum/forum-read.service';
import { ForumWatchService } from './forum/forum-watch.service';
import { IwgAccess, type IwgMembership } from './iwg-access.service';
import { createDefaultCategories } from './iwg-categories';
import { IwgParticipant } from './iwg-participant.entity';
import { IwgPosition } from './iwg-position.entity';
import { Iwg } from './iwg.entity';
import { MeetingSummaries } from './meetings/meeting-summaries';
import { managesMeetings } from './meetings/meetings.service';

/**
 * The forum's script (progressive enhancement): it uses the page's one live connection, which the
 * layout opens (public/js/live.js) for members the socket accepts.
 */
export const FORUM_SCRIPTS = ['/assets/js/forum.js'];

/** A category as lists show it: its name is a catalogue key, a pillar's name or its own. */
export interface CategoryView {
  id: number;
  href: string;
  name: string | { key: string };
  unread: number;
}

/** The IWGs: the list, each IWG's page, and what staff change about them. */
@Injectable()
export class IwgsService {
  /** An IWG's categories per member reach (cleared here on a change; elsewhere within 30 s). */
  private readonly categoryRows: ReachCache<ForumCategory[]>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Iwg) private readonly iwgs: Repository<Iwg>,
    @InjectRepository(IwgPosition) private readonly positions: Repository<IwgPosition>,
    @InjectRepository(IwgParticipant) private readonly participants: Repository<IwgParticipant>,
    @InjectRepository(ForumCategory) private readonly categories: Repository<ForumCategory>,
    private readonly access: IwgAccess,
    private readonly policy: VisibilityPolicy,
    private readonly reads: ForumReadService,
    private readonly watches: ForumWatchService,
    private readonly reference: ReferenceDataCache,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly meetings: MeetingSummaries,
  ) {
    this.categoryRows = new ReachCache(policy);
  }

  /** The IWGs the actor may see, with their unread threads; staff also get the create form. */
  /** The IWGs of the regions the user may see, open ones first, by name. */
  async visible(user: AuthenticatedUser) {
    return this.iwgs
      .createQueryBuilder('iwg')
      .leftJoinAndSelect('iwg.region', 'region')
      .where(
        this.policy.condition(
          user,
          { level: `'region'`, regionId: 'iwg.regionId', stateId: 'NULL' },
          'iwg',
        ),
      )
      .orderBy('iwg.closedAt', 'ASC')
      .addOrderBy('iwg.name', 'ASC')
      .getMany();
  }

  async listModel(actor: Actor) {
    const user = userOf(actor);
    const iwgs = await this.visible(user);
    const unread = await this.reads.unreadByIwg(
      user,
      iwgs.map((iwg) => iwg.id),
    );
    const staff = user.role === 'admin' || user.role === 'staff';
    return {
      pageTitle: { key: 'iwg.title' },
      iwgs: iwgs.map((iwg) => ({
        id: iwg.id,
        name: iwg.name,
        region: iwg.region.name,
        closed: iwg.closedAt !== null,
        unread: unread.get(iwg.id) ?? 0,
      })),
      staff,
      regions: staff
        ? await this.dataSource.getRepository(IwgRegion).find({ order: { name: 'ASC' } })
        : [],
    };
  }

  /** One IWG: governance, categories with unread counts, the member's watching level. */
  async pageModel(actor: Actor, iwgId: number) {
    const membership = await this.access.load(actor, iwgId);
    const { iwg, user } = membership;
    const [categories, governance, level, upcomingMeetings, overdueActions] = await Promise.all([
      this.categoryViews(membership),
      this.governance(iwg),
      this.watches.levelOf(user.id, 'iwg', iwg.id),
      this.meetings.upcoming(actor, { iwgId: iwg.id, limit: 3 }),
      this.meetings.overdue(actor, iwg.id, 10),
    ]);
    return {
      pageTitle: { key: 'iwg.pageTitle', params: { name: iwg.name } },
      iwg: this.iwgView(membership),
      categories,
      unreadTotal: categories.reduce((sum, category) => sum + category.unread, 0),
      governance,
      watchLevel: level,
      watchLevels: WATCH_LEVELS,
      upcomingMeetings,
      overdueActions,
      meetingManager: managesMeetings(membership),
      participantKinds: ['guest', 'secretariat'],
      liveRoom: `iwg:${iwg.id}`,
      scripts: FORUM_SCRIPTS,
    };
  }

  /** Unread threads per category and in all, as the script shows them. */
  async unreadCounts(actor: Actor, iwgId: number) {
    const membership = await this.access.load(actor, iwgId);
    const counts = await this.reads.unreadByCategory(membership.user, membership.iwg.id);
    return {
      total: [...counts.values()].reduce((sum, count) => sum + count, 0),
      categories: Object.fromEntries(counts),
    };
  }

  /**
   * The IWG's categories in order, each with the member's unread threads (unless `unread` is
   * false: a moderator's "move to" list needs only the names, and the count is the dearest query).
   */
  async categoryViews(
    membership: IwgMembership,
    { unread: withUnread = true } = {},
  ): Promise<CategoryView[]> {
    const { iwg, user } = membership;
    const [categories, unread, pillars] = await Promise.all([
      // Categories change seldom (a secretariat adds one) and every IWG and thread page lists them.
      this.categoryRows.get(user, [iwg.id], () =>
        this.categories
          .createQueryBuilder('c')
          .where('c.iwgId = :iwgId', { iwgId: iwg.id })
          .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('c'), 'c'))
          .orderBy('c.position')
          .addOrderBy('c.id')
          .getMany(),
      ),
      withUnread ? this.reads.unreadByCategory(user, iwg.id) : new Map<number, number>(),
      this.reference.pillars(),
    ]);
    const pillarNames = new Map(pillars.map((pillar) => [pillar.code, pillar.name]));
    return categories.map((category) => ({
      id: category.id,
      href: `/iwg/${iwg.id}/categories/${category.id}`,
      name: categoryName(category, pillarNames),
      unread: unread.get(category.id) ?? 0,
    }));
  }

  iwgView(membership: IwgMembership) {
    const { iwg } = membership;
    return {
      id: iwg.id,
      name: iwg.name,
      closed: iwg.closedAt !== null,
      href: `/iwg/${iwg.id}`,
      moderator: membership.moderator,
      secretariat: membership.secretariat,
      staff: membership.staff,
      guest: membership.guest,
      mayPost: membership.mayPost,
    };
  }

  /** Chair, co-chairs, secretariat, guests and member States, for the IWG page. */
  async governance(iwg: Iwg) {
    const [positions, participants, states, pillars] = await Promise.all([
      this.positions.find({ where: { iwgId: iwg.id }, relations: { state: true } }),
      this.participants.find({
        where: { iwgId: iwg.id },
        relations: { user: { organisation: true } },
        order: { createdAt: 'ASC' },
      }),
      this.dataSource
        .getRepository(Organisation)
        .find({ where: { kind: 'state', iwgRegionId: iwg.regionId }, order: { name: 'ASC' } }),
      this.reference.pillars(),
    ]);
    const holder = new Map(positions.map((p) => [p.position, p.state]));
    const person = (p: IwgParticipant) => ({
      userId: p.userId,
      name: p.user.name,
      organisation: p.user.organisation.name,
      role: p.user.role,
    });
    return {
      chair: holder.get('chair')?.name ?? null,
      coChairs: pillars.map((pillar) => ({
        position: `co-chair:${pillar.code}`,
        pillar: pillar.name,
        state: holder.get(`co-chair:${pillar.code}`)?.name ?? null,
      })),
      positions: [
        { position: 'chair', label: { key: 'iwg.chair' }, state: holder.get('chair')?.code ?? '' },
        ...pillars.map((pillar) => ({
          position: `co-chair:${pillar.code}`,
          label: { key: 'iwg.coChairOf', params: { pillar: pillar.name } },
          state: holder.get(`co-chair:${pillar.code}`)?.code ?? '',
        })),
      ],
      secretariat: participants.filter((p) => p.kind === 'secretariat').map(person),
      guests: participants.filter((p) => p.kind === 'guest').map(person),
      states: states.map((state) => ({ code: state.code, name: state.name })),
    };
  }

  async create(actor: Actor, input: { regionId: number; name: string }): Promise<Iwg> {
    const region = await this.dataSource.getRepository(IwgRegion).findOneBy({ id: input.regionId });
    if (!region) throw FormError.field('regionId', 'iwg.regionInvalid');
    return this.dataSource.transaction(async (manager) => {
      const iwg = await manager
        .getRepository(Iwg)
        .save(manager.getRepository(Iwg).create({ regionId: region.id, name: input.name.trim() }));
      await createDefaultCategories(manager, iwg);
      await this.audit.record(
        actor,
        {
          action: 'iwg.created',
          targetType: 'iwg',
          targetId: String(iwg.id),
          details: { name: iwg.name, region: region.name },
        },
        manager,
      );
      return iwg;
    });
  }

  async rename(actor: Actor, iwgId: number, name: string): Promise<Iwg> {
    const { iwg } = await this.staffOnly(actor, iwgId);
    const from = iwg.name;
    iwg.name = name.trim();
    await this.iwgs.update({ id: iwg.id }, { name: iwg.name });
    await this.audit.record(actor, {
      action: 'iwg.renamed',
      targetType: 'iwg',
      targetId: String(iwg.id),
      details: { from, to: iwg.name },
    });
    return iwg;
  }

  /** Closes an open IWG or opens a closed one again. */
  async setClosed(actor: Actor, iwgId: number, closed: boolean): Promise<Iwg> {
    const { iwg } = await this.staffOnly(actor, iwgId);
    if ((iwg.closedAt !== null) === closed) return iwg;
    iwg.closedAt = closed ? new Date() : null;
    await this.iwgs.update({ id: iwg.id }, { closedAt: iwg.closedAt });
    await this.audit.record(actor, {
      action: closed ? 'iwg.closed' : 'iwg.reopened',
      targetType: 'iwg',
      targetId: String(iwg.id),
      details: { name: iwg.name },
    });
    return iwg;
  }

  /** Gives a position to a State of the region, or leaves it open (empty code). */
  async setPosition(actor: Actor, iwgId: number, position: string, stateCode: string) {
    const { iwg } = await this.staffOnly(actor, iwgId);
    const pillars = await this.reference.pillars();
    const valid = ['chair', ...pillars.map((pillar) => `co-chair:${pillar.code}`)];
    if (!valid.includes(position)) throw FormError.field('position', 'iwg.positionInvalid');
    const code = stateCode.trim().toUpperCase();
    if (code === '') {
      await this.positions.delete({ iwgId: iwg.id, position });
    } else {
      const state = await this.dataSource
        .getRepository(Organisation)
        .findOneBy({ kind: 'state', code, iwgRegionId: iwg.regionId });
      if (!state) throw FormError.field('state', 'iwg.stateInvalid');
      await this.positions.upsert({ iwgId: iwg.id, position, stateId: state.id }, [
        'iwgId',
        'position',
      ]);
    }
    await this.audit.record(actor, {
      action: 'iwg.position-changed',
      targetType: 'iwg',
      targetId: String(iwg.id),
      details: { position, state: code || null },
    });
  }

  /**
   * Adds a programme staff member to the secretariat, or invites a partner or expert as a
   * guest. A guest's signed-in copy is reloaded on their next request (their version is
   * bumped), since the visibility policy now grants them the IWG's region.
   */
  async addParticipant(
    actor: Actor,
    iwgId: number,
    kind: 'secretariat' | 'guest',
    email: string,
  ): Promise<User> {
    const { iwg } = await this.staffOnly(actor, iwgId);
    const person = await this.dataSource
      .getRepository(User)
      .findOneBy({ email: email.trim().toLowerCase(), active: true });
    if (!person) throw FormError.field('email', 'iwg.emailUnknown');
    const allowed = kind === 'secretariat' ? ['staff'] : ['partner', 'expert'];
    if (!allowed.includes(person.role))
      throw FormError.field('email', kind === 'secretariat' ? 'iwg.notStaff' : 'iwg.notGuestRole');
    if (await this.participants.existsBy({ iwgId: iwg.id, userId: person.id }))
      throw FormError.field('email', 'iwg.alreadyParticipant');
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(IwgParticipant)
        .insert({ iwgId: iwg.id, userId: person.id, kind, addedById: userOf(actor).id });
      if (kind === 'guest')
        await manager.getRepository(User).increment({ id: person.id }, 'version', 1);
      await this.audit.record(
        actor,
        {
          action: kind === 'guest' ? 'iwg.guest-invited' : 'iwg.secretariat-added',
          targetType: 'user',
          targetId: String(person.id),
          details: { iwg: iwg.name, email: person.email },
        },
        manager,
      );
    });
    return person;
  }

  /** Takes someone out of the secretariat or the guests; a guest's open pages lose the IWG. */
  async removeParticipant(actor: Actor, iwgId: number, userId: number): Promise<void> {
    const { iwg } = await this.staffOnly(actor, iwgId);
    const participant = await this.participants.findOne({
      where: { iwgId: iwg.id, userId },
      relations: { user: true },
    });
    if (!participant) throw new NotFoundException();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(IwgParticipant).delete({ id: participant.id });
      if (participant.kind === 'guest')
        await manager.getRepository(User).increment({ id: userId }, 'version', 1);
      await this.audit.record(
        actor,
        {
          action: participant.kind === 'guest' ? 'iwg.guest-removed' : 'iwg.secretariat-removed',
          targetType: 'user',
          targetId: String(userId),
          details: { iwg: iwg.name, email: participant.user.email },
        },
        manager,
      );
    });
    await this.live.rightsChanged(userId);
  }

  /** A category the secretariat (or staff) adds after the pillars' and "General". */
  async addCategory(actor: Actor, iwgId: number, name: string): Promise<ForumCategory> {
    const membership = await this.access.load(actor, iwgId);
    if (!membership.staff && !membership.secretariat) throw new ForbiddenException();
    const last = await this.categories
      .createQueryBuilder('c')
      .select('MAX(c.position)', 'position')
      .where('c.iwgId = :iwgId', { iwgId })
      .getRawOne<{ position: number | null }>();
    const saved = await this.categories.save(
      this.categories.create({
        iwgId,
        kind: 'custom',
        pillarCode: null,
        name: name.trim(),
        position: Number(last?.position ?? 0) + 1,
        visibility: VisibilityColumns.of('region', { regionId: membership.iwg.regionId }),
      }),
    );
    this.categoryRows.clear();
    return saved;
  }

  /** Loads the IWG for staff and admins; others may see it but not change it (403). */
  private async staffOnly(actor: Actor, iwgId: number): Promise<IwgMembership> {
    const membership = await this.access.load(actor, iwgId);
    if (!membership.staff) throw new ForbiddenException('iwg.staffOnly');
    return membership;
  }

  /** The users of these ids, for names in lists (one query). */
  async names(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } });
    return new Map(users.map((user) => [user.id, user.name]));
  }
}

/** A category's name as a page shows it. */
export function categoryName(
  category: ForumCategory,
  pillarNames: ReadonlyMap<string, string>,
): string | { key: string } {
  if (category.kind === 'general') return { key: 'forum.category.general' };
  if (category.kind === 'pillar')
    return pillarNames.get(category.pillarCode ?? '') ?? category.pillarCode ?? '';
  return category.name ?? '';
}
