import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, type EntityManager, type Repository } from 'typeorm';
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
  constructor(@InjectRepository(OneTimeToken) private readonly tokens: Repository<OneTimeToken>) {}

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
