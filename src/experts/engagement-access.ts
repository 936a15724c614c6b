import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { RowAccess } from '../common/visibility/row-access';
import { Engagement } from './engagement.entity';

/** How the actor stands to an engagement. Staff and admins run the pool; the others are parties. */
export type EngagementRole = 'staff' | 'expert' | 'state-focal-point' | 'state-official';

export function isStaff(user: AuthenticatedUser): boolean {
  return user.role === 'staff' || user.role === 'admin';
}

/** Staff-only pages of the pool (the list, vetting, figures, matching): others 403. */
export function requireStaff(actor: Actor): AuthenticatedUser {
  const user = userOf(actor);
  if (!isStaff(user)) throw new ForbiddenException();
  return user;
}

export function engagementRoleOf(
  user: AuthenticatedUser,
  engagement: Engagement,
): EngagementRole | null {
  if (isStaff(user)) return 'staff';
  if (user.role === 'expert' && engagement.expertUserId === user.id) return 'expert';
  if (user.stateId !== null && user.stateId === engagement.stateId) {
    if (user.role === 'focal-point') return 'state-focal-point';
    if (user.role === 'official') return 'state-official';
  }
  return null;
}

/**
 * An engagement and how the actor stands to it. Someone who is neither staff nor a party (the
 * expert, the State's focal point or officials) gets 404 and an `access.denied` audit row, as
 * for an engagement that does not exist.
 */
@Injectable()
export class EngagementAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
  ) {}

  async load(
    actor: Actor,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ engagement: Engagement; role: EngagementRole }> {
    const engagement = await manager.getRepository(Engagement).findOne({
      where: { id },
      relations: { request: { state: true }, expert: { user: true } },
    });
    const role = engagement ? engagementRoleOf(userOf(actor), engagement) : null;
    const found = await this.rows.scoped(
      actor,
      { type: 'expert-engagement', id },
      role === null ? null : engagement,
    );
    return { engagement: found, role: role! };
  }
}
