import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { EntityManager, Repository } from 'typeorm';
import type { AuditAction } from './audit-actions';
import { AuditEvent } from './audit-event.entity';
import { correlationIdOf } from '../common/logging/correlation-id';

/** Who did it and from where: taken from the request, or given for CLI and system events. */
export interface AuditActor {
  actorId: number | null;
  actorEmail: string | null;
  ip: string | null;
  correlationId: string | null;
}

export interface AuditInput {
  action: AuditAction;
  targetType?: string;
  targetId?: string | number;
  reason?: string;
  details?: Record<string, unknown>;
}

export const SYSTEM_ACTOR: AuditActor = {
  actorId: null,
  actorEmail: null,
  ip: null,
  correlationId: null,
};

/** The actor of a web request: its signed-in user (if any), client address and correlation id. */
export function actorOf(request: Request): AuditActor {
  return {
    actorId: request.user?.id ?? null,
    actorEmail: request.user?.email ?? null,
    ip: request.ip ?? null,
    correlationId: correlationIdOf(request) || null,
  };
}

/**
 * Writes the append-only audit log. There is deliberately no update or delete here: the only
 * way to change the log is outside the application.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Records one event; pass `manager` to write it in the caller's transaction. */
  async record(actor: AuditActor, input: AuditInput, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    await repository.insert({
      occurredAt: new Date(),
      actorId: actor.actorId,
      actorEmail: actor.actorEmail,
      ip: actor.ip?.slice(0, 64) ?? null,
      correlationId: actor.correlationId?.slice(0, 64) ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId === undefined ? null : String(input.targetId),
      reason: input.reason?.slice(0, 500) ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
    });
  }
}
