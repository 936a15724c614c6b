import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { AuditService } from '../audit/audit.service';
import { auditTarget, LibraryAccess } from './library-access';
import { LibraryEvents, type LibraryEvent } from './library-events';
import { LibraryResource } from './library-resource.entity';
import { reviews } from './library-rights';

/**
 * The review queue: staff and admins approve a proposal (partners', experts'), which publishes
 * it, or reject it with a reason its author sees. Each decision is audited with the reason.
 */
@Injectable()
export class LibraryReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: LibraryAccess,
    private readonly audit: AuditService,
    private readonly events: LibraryEvents,
  ) {}

  async approve(actor: Actor, id: string): Promise<void> {
    await this.review(actor, id, 'published', null);
  }

  async reject(actor: Actor, id: string, reason: string): Promise<void> {
    await this.review(actor, id, 'rejected', reason);
  }

  private async review(
    actor: Actor,
    id: string,
    status: 'published' | 'rejected',
    reason: string | null,
  ): Promise<void> {
    const user = userOf(actor);
    if (!reviews(user)) throw new NotFoundException();
    const resource = await this.access.visible(actor, id);
    if (resource.status !== 'pending') throw new NotFoundException();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(LibraryResource).update(resource.id, {
        status,
        reviewNote: reason,
        reviewedById: user.id,
        reviewedAt: new Date(),
      });
      await this.audit.record(
        actor,
        {
          action:
            status === 'published' ? 'library.resource-approved' : 'library.resource-rejected',
          ...auditTarget(resource),
          reason: reason ?? undefined,
          details: { title: resource.title },
        },
        manager,
      );
    });
    const event: LibraryEvent = {
      type: status === 'published' ? 'resource.approved' : 'resource.rejected',
      resourceId: resource.id,
      actorId: user.id,
    };
    await this.events.emit(event);
  }
}
