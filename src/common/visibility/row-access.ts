import { Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../actor/actor';
import { userOf } from '../actor/actor';
import type { VisibilityScope } from './visibility-level';
import { VisibilityPolicy } from './visibility-policy';

/** The row a refusal is about, as the audit log names it. */
export interface RowTarget {
  readonly type: string;
  readonly id: string | number;
  /** What else identifies the attempt (the code typed in a URL, say). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The one way a service hands a single row to an actor. A row the actor may not see answers
 * 404 exactly like a row that does not exist, so nobody learns what exists elsewhere, and the
 * attempt is written to the audit log as `access.denied`.
 */
@Injectable()
export class RowAccess {
  constructor(
    private readonly policy: VisibilityPolicy,
    private readonly audit: AuditService,
  ) {}

  /**
   * For content with visibility columns: `row` when the policy lets the actor see it. A missing
   * row is a plain 404 (there is nothing to deny); an unseen one is audited first.
   */
  async visible<T>(
    actor: Actor,
    row: T | null | undefined,
    scopeOf: (row: T) => VisibilityScope,
    targetOf: (row: T) => RowTarget,
  ): Promise<T> {
    if (row === null || row === undefined) throw new NotFoundException();
    if (!this.policy.canSee(userOf(actor), scopeOf(row))) await this.deny(actor, targetOf(row));
    return row;
  }

  /**
   * For rows loaded by a query already limited to what the actor may reach (an invitation
   * among those they issued, say): absent means absent or not theirs, and the two cannot be
   * told apart, so every miss is audited.
   */
  async scoped<T>(actor: Actor, target: RowTarget, row: T | null | undefined): Promise<T> {
    if (row === null || row === undefined) return this.deny(actor, target);
    return row;
  }

  private async deny(actor: Actor, target: RowTarget): Promise<never> {
    await this.audit.record(actor, {
      action: 'access.denied',
      targetType: target.type,
      targetId: String(target.id).slice(0, 64),
      details: { ...(actor.source ? { path: actor.source } : {}), ...target.details },
    });
    throw new NotFoundException();
  }
}
