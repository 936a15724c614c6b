import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { AuditService } from '../audit/audit.service';
import { asList } from '../common/forms/form-values';
import { resolveDelivery, resolveDigestFrequency } from './delivery-rules';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationSettings } from './notification-settings.entity';
import { NotificationPillarFollow } from './notification-pillar-follow.entity';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import {
  DELIVERIES,
  DIGEST_FREQUENCIES,
  NOTIFICATION_TYPES,
  type Delivery,
  type DigestFrequency,
  type NotificationType,
} from './notification-types';
import type { UpdatePreferencesDto } from './dto/update-preferences.dto';
import type { UnsubscribeClaim } from './unsubscribe-token';

/** A member's choices: a delivery per type and how often the digest comes. */
export interface MemberPreferences {
  readonly deliveries: ReadonlyMap<NotificationType, Delivery>;
  readonly digestFrequency: DigestFrequency;
}

/** Per-member choices: what each type does, and the digest. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectRepository(NotificationPreference)
    private readonly preferences: Repository<NotificationPreference>,
    @InjectRepository(NotificationSettings)
    private readonly settings: Repository<NotificationSettings>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceDataCache,
  ) {}

  /** Who follows each of these pillars (the library's "new resource in my pillars"). */
  async pillarFollowers(codes: readonly string[]): Promise<Map<string, number[]>> {
    const followers = new Map<string, number[]>(codes.map((code) => [code, []]));
    if (codes.length === 0) return followers;
    const rows = await this.dataSource
      .getRepository(NotificationPillarFollow)
      .findBy({ pillarCode: In([...codes]) });
    for (const row of rows) followers.get(row.pillarCode)?.push(row.userId);
    return followers;
  }

  /** The delivery of one type for each of these members (one query). */
  async deliveriesOf(userIds: readonly number[], type: NotificationType) {
    const rows = userIds.length
      ? await this.preferences.findBy({ userId: In([...userIds]), type })
      : [];
    const stored = new Map(rows.map((row) => [row.userId, row.delivery]));
    return new Map(
      userIds.map((id) => {
        const choice = stored.get(id);
        return [id, resolveDelivery(type, new Map(choice ? [[type, choice]] : []))];
      }),
    );
  }

  async of(userId: number): Promise<MemberPreferences> {
    const [rows, settings] = await Promise.all([
      this.preferences.findBy({ userId }),
      this.settings.findOneBy({ userId }),
    ]);
    const stored = new Map(rows.map((row) => [row.type, row.delivery]));
    return {
      deliveries: new Map(
        NOTIFICATION_TYPES.map(({ type }) => [type, resolveDelivery(type, stored)]),
      ),
      digestFrequency: resolveDigestFrequency(settings?.digestFrequency),
    };
  }

  async formModel(actor: Actor, posted?: Record<string, unknown>) {
    const userId = userOf(actor).id;
    const [current, follows, pillars] = await Promise.all([
      this.of(userId),
      this.dataSource.getRepository(NotificationPillarFollow).findBy({ userId }),
      this.reference.pillars(),
    ]);
    const followed = posted
      ? asList({ value: posted.pillars })
      : follows.map((row) => row.pillarCode);
    const chosen = (type: string, fallback: string) => {
      const value = posted?.[`delivery_${type}`];
      return typeof value === 'string' ? value : fallback;
    };
    return {
      pageTitle: { key: 'notifications.preferences.title' },
      types: NOTIFICATION_TYPES.map(({ type }) => ({
        type,
        name: `delivery_${type}`,
        label: `notifications.type.${type}`,
        options: DELIVERIES.map((delivery) => ({
          value: delivery,
          labelKey: `notifications.delivery.${delivery}`,
          selected: chosen(type, current.deliveries.get(type)!) === delivery,
        })),
      })),
      digestOptions: DIGEST_FREQUENCIES.map((frequency) => ({
        value: frequency,
        labelKey: `notifications.digest.${frequency}`,
        selected:
          (typeof posted?.digestFrequency === 'string'
            ? posted.digestFrequency
            : current.digestFrequency) === frequency,
      })),
      pillars: pillars.map((pillar) => ({ value: pillar.code, label: pillar.name })),
      followed,
    };
  }

  /** Saves the whole form (every type and the digest) in one transaction. */
  async update(actor: Actor, form: UpdatePreferencesDto): Promise<void> {
    const userId = userOf(actor).id;
    await this.dataSource.transaction(async (manager) => {
      for (const { type } of NOTIFICATION_TYPES) {
        await this.setDelivery(manager, userId, type, form[`delivery_${type}`]);
      }
      await this.setDigest(manager, userId, form.digestFrequency);
      await this.setPillars(manager, userId, form.pillars);
    });
  }

  /**
   * A one-click unsubscribe: turns off one type's mails (the type keeps showing in the centre)
   * or the digest, for the member the signed link names, and audits it.
   */
  async unsubscribe(actor: Actor, claim: UnsubscribeClaim): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (claim.topic === 'digest') {
        await this.setDigest(manager, claim.userId, 'off');
      } else {
        const current = await manager
          .getRepository(NotificationPreference)
          .findOneBy({ userId: claim.userId, type: claim.topic });
        const delivery = resolveDelivery(
          claim.topic,
          new Map(current ? [[claim.topic, current.delivery]] : []),
        );
        // Off by mail means in the centre only; a type already off stays off.
        if (delivery !== 'off')
          await this.setDelivery(manager, claim.userId, claim.topic, 'in-app');
      }
      await this.audit.record(
        { ...actor, user: null },
        {
          action: 'notifications.unsubscribed',
          targetType: 'user',
          targetId: claim.userId,
          details: { topic: claim.topic },
        },
        manager,
      );
    });
  }

  private async setPillars(
    manager: EntityManager,
    userId: number,
    codes: readonly string[],
  ): Promise<void> {
    const repository = manager.getRepository(NotificationPillarFollow);
    const current = new Set((await repository.findBy({ userId })).map((row) => row.pillarCode));
    const wanted = new Set(codes);
    const dropped = [...current].filter((code) => !wanted.has(code));
    const added = [...wanted].filter((code) => !current.has(code));
    if (dropped.length) await repository.delete({ userId, pillarCode: In(dropped) });
    if (added.length) await repository.insert(added.map((pillarCode) => ({ userId, pillarCode })));
  }

  private async setDelivery(
    manager: EntityManager,
    userId: number,
    type: NotificationType,
    delivery: Delivery,
  ): Promise<void> {
    const repository = manager.getRepository(NotificationPreference);
    const row = await repository.findOneBy({ userId, type });
    if (row) {
      if (row.delivery !== delivery) await repository.update({ id: row.id }, { delivery });
    } else {
      await repository.insert({ userId, type, delivery });
    }
  }

  private async setDigest(
    manager: EntityManager,
    userId: number,
    digestFrequency: DigestFrequency,
  ): Promise<void> {
    const repository = manager.getRepository(NotificationSettings);
    const row = await repository.findOneBy({ userId });
    if (row) {
      if (row.digestFrequency !== digestFrequency) {
        await repository.update({ userId }, { digestFrequency });
      }
    } else {
      await repository.insert({ userId, digestFrequency, lastDigestAt: null });
    }
  }
}
