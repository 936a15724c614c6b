import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { invalidLink, type LinkKind } from '../../invitations/invalid-link';
import { OneTimeToken, type TokenPurpose } from './one-time-token.entity';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

type TokenFields = Partial<
  Pick<OneTimeToken, 'email' | 'role' | 'organisationId' | 'userId' | 'issuedById'>
>;

/** Issues and redeems single-use links. The raw token exists only in the link. */
@Injectable()
export class OneTimeTokensService {
  constructor(
    @InjectRepository(OneTimeToken) private readonly tokens: Repository<OneTimeToken>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The live link for a token taken from a URL, or the one invalid-link page (404) that says
   * nothing about why: malformed, unknown, used, expired and revoked links all look alike.
   */
  async liveLink(purpose: TokenPurpose, kind: LinkKind, token: string): Promise<OneTimeToken> {
    const row = /^[\w-]{20,100}$/.test(token) ? await this.findLive(purpose, token) : null;
    if (!row) throw invalidLink(kind);
    return row;
  }

  /**
   * Redeems a link that creates an account (first-admin set-up, invitation), in one
   * transaction: the link is consumed first, so a second submission of the same link waits
   * and then matches nothing instead of racing to create the account twice; `create` makes the
   * account (and may refuse with a FormError, which rolls everything back); the link then
   * records whom it made.
   */
  async redeemForAccount<T extends { id: number }>(
    link: OneTimeToken,
    kind: LinkKind,
    create: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.consume(link.id, manager))) throw invalidLink(kind);
      const account = await create(manager);
      await manager.getRepository(OneTimeToken).update(link.id, { userId: account.id });
      return account;
    });
  }

  async issue(
    purpose: TokenPurpose,
    ttlMs: number,
    fields: TokenFields,
    manager?: EntityManager,
  ): Promise<{ token: string; row: OneTimeToken }> {
    const token = randomBytes(32).toString('base64url');
    const repository = manager ? manager.getRepository(OneTimeToken) : this.tokens;
    const row = await repository.save(
      repository.create({
        purpose,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + ttlMs),
        ...fields,
      }),
    );
    return { token, row };
  }

  /** The live token (unused, unrevoked, unexpired) for this raw value, or null. */
  findLive(
    purpose: TokenPurpose,
    token: string,
    manager?: EntityManager,
  ): Promise<OneTimeToken | null> {
    const repository = manager ? manager.getRepository(OneTimeToken) : this.tokens;
    return repository.findOneBy({
      purpose,
      tokenHash: hashToken(token),
      usedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }

  /**
   * Marks a token used, atomically: the UPDATE only matches a still-unused row, so two
   * simultaneous submissions of one link cannot both succeed.
   */
  async consume(id: number, manager: EntityManager, userId?: number): Promise<boolean> {
    const result = await manager
      .getRepository(OneTimeToken)
      .update(
        { id, usedAt: IsNull(), revokedAt: IsNull() },
        { usedAt: new Date(), ...(userId ? { userId } : {}) },
      );
    return (result.affected ?? 0) === 1;
  }
}
