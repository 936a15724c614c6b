import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import type { NotificationRecipient } from '../notifications/notification-types';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { LibraryResource } from './library-resource.entity';

/** Roles that use the library (PIU analysts work only in screening). */
const LIBRARY_ROLES = ['admin', 'staff', 'partner', 'focal-point', 'official', 'expert'] as const;

/**
 * Who should hear of a library event, as user ids, by the visibility policy: the notification
 * pipeline calls these (never its own rule). Only active members; never the author.
 */
@Injectable()
export class LibraryAudienceService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    private readonly policy: VisibilityPolicy,
  ) {}

  /**
   * "A new resource in my pillars or my State": members who may see the published resource
   * and either belong to the State it is for (a `state` resource; for a `region` resource, the
   * region's States) or follow one of its pillars. `pillarFollowers` maps a pillar code to the
   * ids of members who follow it (the notification preferences own that choice).
   */
  async newResourceRecipients(
    resourceId: number,
    pillarFollowers: (codes: readonly string[]) => Promise<ReadonlyMap<string, readonly number[]>>,
  ): Promise<NotificationRecipient[]> {
    const resource = await this.resources.findOne({
      where: { id: resourceId, status: 'published' },
      relations: { pillars: true },
    });
    if (!resource) return [];
    const byPillar = await pillarFollowers(resource.pillars.map((pillar) => pillar.code));
    const followers = new Set([...byPillar.values()].flat());
    const members = await this.members();
    return members
      .filter((user) => user.id !== resource.authorId)
      .filter((user) => this.policy.canSee(user, resource.visibility))
      .flatMap((user): NotificationRecipient[] => {
        const mine =
          (resource.visibility.level === 'state' && user.stateId === resource.visibility.stateId) ||
          (resource.visibility.level === 'region' &&
            user.iwgRegionId !== null &&
            user.iwgRegionId === resource.visibility.regionId);
        if (mine) return [{ userId: user.id, reason: 'state' }];
        return followers.has(user.id) ? [{ userId: user.id, reason: 'pillar' }] : [];
      });
  }

  /** "A review queue item for a moderator": active staff and admins (they approve proposals). */
  async reviewQueueRecipients(resourceId: number): Promise<number[]> {
    const resource = await this.resources.findOneBy({ id: resourceId, status: 'pending' });
    if (!resource) return [];
    return (await this.members(['admin', 'staff']))
      .filter((user) => user.id !== resource.authorId)
      .map((user) => user.id);
  }

  /** Active members as the policy reads them (experts' assignments come with the experts module). */
  private async members(roles: readonly string[] = LIBRARY_ROLES): Promise<AuthenticatedUser[]> {
    const users = await this.dataSource.getRepository(User).find({
      where: { active: true, role: In([...roles]) },
      select: { id: true, role: true, organisationId: true },
    });
    const organisations = new Map(
      (
        await this.dataSource
          .getRepository(Organisation)
          .find({ select: { id: true, kind: true, iwgRegionId: true } })
      ).map((org) => [org.id, org]),
    );
    return users.map((user) => {
      const organisation = organisations.get(user.organisationId);
      const inState = organisation?.kind === 'state';
      return {
        id: user.id,
        role: user.role,
        stateId: inState ? user.organisationId : null,
        iwgRegionId: inState ? (organisation?.iwgRegionId ?? null) : null,
        assignedStateIds: [],
      } as unknown as AuthenticatedUser;
    });
  }
}
