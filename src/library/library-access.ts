import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { RowAccess } from '../common/visibility/row-access';
import { LibraryResource } from './library-resource.entity';
import { reviews } from './library-rights';

/** How the audit log names a resource. */
export function resourceTarget(row: { id: number }) {
  return { type: 'library-resource', id: row.id };
}

/** The target columns of an audit row about a resource. */
export function auditTarget(row: { id: number }) {
  return { targetType: 'library-resource', targetId: row.id };
}

/** An id from a URL: a positive whole number, or a 404 like a resource that does not exist. */
export function resourceIdOf(text: string): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new NotFoundException();
  return Number(text);
}

/**
 * The one way the library hands a single resource to an actor: through RowAccess (404 and
 * `access.denied` for a row the policy hides), and a proposal that is not published yet is
 * only for its author and the reviewers (staff, admins): anyone else gets the same 404,
 * audited. A deleted resource is gone for everyone.
 */
@Injectable()
export class LibraryAccess {
  constructor(
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    private readonly rows: RowAccess,
  ) {}

  async visible(
    actor: Actor,
    id: string | number,
    relations: { pillars?: boolean; tags?: boolean; author?: boolean } = {},
  ): Promise<LibraryResource> {
    const resourceId = typeof id === 'number' ? id : resourceIdOf(id);
    const row = await this.resources.findOne({ where: { id: resourceId }, relations });
    const resource = await this.rows.visible(actor, row, (r) => r.visibility, resourceTarget);
    if (resource.status !== 'published') {
      const user = userOf(actor);
      if (resource.authorId !== user.id && !reviews(user))
        return this.rows.scoped<LibraryResource>(actor, resourceTarget(resource), null);
    }
    return resource;
  }
}
