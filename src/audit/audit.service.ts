import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { AuditAction } from './audit-actions';
import { AuditEvent } from './audit-event.entity';
import { boundedDetails } from './bounded-details';
import type { Actor } from '../common/actor/actor';

/** Who an audit row names. Usually derived from an Actor; see `auditActor`. */
export interface AuditActor {
  actorId: number | null;
  actorEmail: string | null;
  ip: string | null;
  correlationId: string | null;
}

/**
 * The audit identity of an actor, or of the request acting for someone it has just identified
 * (the person who completed a sign-in or a reset is the actor, though no session holds them
 * yet), or of the command line (`{ id: null, email: 'cli' }`).
 */
export function auditActor(
  actor: Actor,
  as?: { id: number | null; email: string | null },
): AuditActor {
  return {
    actorId: as ? as.id : (actor.user?.id ?? null),
    actorEmail: as ? as.email : (actor.user?.email ?? null),
    ip: actor.ip,
    correlationId: actor.correlationId,
  };
}

export interface AuditInput {
  action: AuditAction;
  targetType?: string;
  targetId?: string | number;
  reason?: string;
  details?: Record<string, unknown>;
}

/**
 * Writes the append-only audit log. There is deliberately no update or delete here: the only
 * way to change the log is outside the application.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Records one event; pass `manager` to write it in the caller's transaction. */
  async record(
    actor: Actor | AuditActor,
    input: AuditInput,
    manager?: EntityManager,
  ): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    const who = 'actorId' in actor ? actor : auditActor(actor);
    await repository.insert({
      occurredAt: new Date(),
      actorId: who.actorId,
      actorEmail: who.actorEmail,
      ip: who.ip?.slice(0, 64) ?? null,
      correlationId: who.correlationId?.slice(0, 64) ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId === undefined ? null : String(input.targetId),
      reason: input.reason?.slice(0, 500) ?? null,
      details: input.details ? boundedDetails(input.details) : null,
    });
  }
}
