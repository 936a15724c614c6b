import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type Repository } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service';
import { type Actor } from '../../common/actor/actor';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { RecoveryCode } from '../../users/recovery-code.entity';
import { User } from '../../users/user.entity';
import { renderQrCodeSvg } from './qr-code-svg';
import { RecoveryCodes } from './recovery-codes';
import { SecretBox } from './secret-box';
import { TotpAuthenticator } from './totp-authenticator';

/** A sealed secret only opens in the row it was sealed for. */
const sealContext = (userId: number) => `totp:${userId}`;
/** An enrolment in progress is sealed apart: it never opens as (or for) a stored secret. */
const enrolmentContext = (userId: number) => `totp-enrolment:${userId}`;

export type SecondFactorResult = 'totp' | 'recovery-code' | false;

/** TOTP enrolment, verification at sign-in, recovery codes, and an admin's reset. */
@Injectable()
export class TwoFactorService {
  private readonly totp = new TotpAuthenticator();
  private readonly recoveryCodes: RecoveryCodes;
  private readonly box: SecretBox;
  /**
   * The current key first, then ENCRYPTION_KEYS_PREVIOUS: after a rotation, secrets and codes
   * made under an earlier key still work. A secret is sealed again under the current key at its
   * next use, and `screening:reencrypt` seals the rest.
   */
  private readonly boxes: SecretBox[];
  private readonly recoveryCodeRing: RecoveryCodes[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RecoveryCode) private readonly codes: Repository<RecoveryCode>,
    private readonly audit: AuditService,
  ) {
    const keys = [config.encryptionKey, ...config.encryptionKeysPrevious];
    this.recoveryCodeRing = keys.map((key) => new RecoveryCodes(RecoveryCodes.deriveKey(key)));
    this.boxes = keys.map((key) => new SecretBox(SecretBox.deriveKey(key)));
    this.recoveryCodes = this.recoveryCodeRing[0];
    this.box = this.boxes[0];
  }

  /**
   * The secret of an enrolment in progress, sealed for the session like the stored ones are
   * for the row: a copy of the session table yields no authenticator. `current` is kept when
   * it is this user's; anything else (none, another user's, unsealed) starts a new enrolment.
   */
  enrolmentSecret(userId: number, current: string | undefined): string {
    if (current !== undefined && this.openEnrolment(userId, current) !== null) return current;
    return this.box.seal(this.totp.generateSecret(), enrolmentContext(userId));
  }

  /** The plain secret of a sealed enrolment, or null when it is not this user's or altered. */
  private openEnrolment(userId: number, sealed: string): string | null {
    if (!SecretBox.isSealed(sealed)) return null;
    return this.openWithRing(sealed, enrolmentContext(userId));
  }

  /** The plaintext under the first key of the ring that opens it, or null. */
  private openWithRing(sealed: string, context: string): string | null {
    for (const box of this.boxes) {
      try {
        return box.open(sealed, context);
      } catch {
        // Sealed under another key (or altered): the next key, or none.
      }
    }
    return null;
  }

  /** What the enrolment page shows: the QR code (inline SVG) and the secret for manual entry. */
  async enrolmentModel(
    userId: number,
    sealed: string,
    email: string,
    /** The QR code's text for screen readers, in the reader's language. */
    label: string,
  ): Promise<{ qrSvg: string; secret: string }> {
    const secret = this.openEnrolment(userId, sealed);
    if (secret === null) throw new Error('enrolment secret does not open for this user');
    const uri = this.totp.keyUri(secret, email);
    return {
      qrSvg: await renderQrCodeSvg(uri, { label, size: 200 }),
      secret: this.totp.displaySecret(secret),
    };
  }

  /**
   * Confirms enrolment with a first valid code: stores the secret and a fresh set of recovery
   * codes in one transaction, returns the codes to show once (null when the code is wrong).
   */
  async confirmEnrolment(
    userId: number,
    sealed: string,
    code: string,
    actor: Actor,
  ): Promise<string[] | null> {
    const secret = this.openEnrolment(userId, sealed);
    if (secret === null) return null;
    const check = this.totp.verify(secret, code);
    if (!check.valid) return null;
    const generated = this.recoveryCodes.generate();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, userId, {
        totpSecret: this.box.seal(secret, sealContext(userId)),
        totpEnabledAt: new Date(),
        totpLastStep: String(check.step),
      });
      await manager.delete(RecoveryCode, { userId });
      await manager.insert(
        RecoveryCode,
        generated.hashes.map((codeHash) => ({ userId, codeHash })),
      );
      await this.audit.record(
        actor,
        { action: 'two-factor.enrolled', targetType: 'user', targetId: userId },
        manager,
      );
    });
    return [...generated.codes];
  }

  /** At sign-in: a current TOTP code (never the same step twice) or an unused recovery code. */
  async verifyForSignIn(
    user: User,
    code: string,
    actor: Actor | AuditActor,
  ): Promise<SecondFactorResult> {
    if (!user.totpSecret) return false;
    const totp = await this.verifyCurrentCode(user, code);
    if (totp !== null) return totp ? 'totp' : false;
    const unused = await this.codes.find({
      where: { userId: user.id, usedAt: IsNull() },
      order: { id: 'ASC' },
    });
    const hashes = unused.map((row) => row.codeHash);
    const use = this.recoveryCodeRing
      .map((ring) => ring.use(code, hashes))
      .find((attempt) => attempt.matched) ?? { matched: false as const };
    if (!use.matched) return false;
    const result = await this.codes.update(
      { id: unused[use.index].id, usedAt: IsNull() },
      { usedAt: new Date() },
    );
    if ((result.affected ?? 0) !== 1) return false;
    await this.audit.record(actor, {
      action: 'two-factor.recovery-code-used',
      targetType: 'user',
      targetId: user.id,
      details: { remaining: unused.length - 1 },
    });
    return 'recovery-code';
  }

  /**
   * A code of the user's authenticator, used once (never the same time step twice): true when
   * it is right, false when it is right but already used, null when it is no current code.
   */
  async verifyCurrentCode(user: User, code: string): Promise<boolean | null> {
    if (!user.totpSecret) return null;
    const lastUsedStep = user.totpLastStep === null ? null : Number(user.totpLastStep);
    const secret = this.openSecret(user);
    const check = this.totp.verify(secret, code, { lastUsedStep });
    if (!check.valid) return null;
    // Conditional update: two simultaneous posts of one code cannot both pass.
    const result = await this.users
      .createQueryBuilder()
      .update(User)
      // A secret stored before sealing existed is sealed on its first use.
      .set({
        totpLastStep: String(check.step),
        totpSecret: this.box.seal(secret, sealContext(user.id)),
      })
      .where('id = :id', { id: user.id })
      .andWhere('(totp_last_step IS NULL OR totp_last_step < :step)', { step: check.step })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The plain secret of an enrolled user (rows written before sealing are read as they are). */
  private openSecret(user: User): string {
    const stored = user.totpSecret!;
    if (!SecretBox.isSealed(stored)) return stored;
    const secret = this.openWithRing(stored, sealContext(user.id));
    if (secret === null) {
      throw new Error(
        `the TOTP secret of user ${user.id} opens under no configured key: add the key it was sealed with to ENCRYPTION_KEYS_PREVIOUS`,
      );
    }
    return secret;
  }

  /**
   * After a key rotation: seals every stored TOTP secret that the current key does not open
   * again under it (each is also resealed at its next use). Returns how many were resealed, and
   * how many open under no configured key (their owners must enrol again).
   */
  async resealSecrets(): Promise<{ resealed: number; unreadable: number }> {
    const enrolled = await this.users.find({
      where: { totpSecret: Not(IsNull()) },
      select: { id: true, totpSecret: true },
    });
    let resealed = 0;
    let unreadable = 0;
    for (const user of enrolled) {
      const stored = user.totpSecret!;
      const context = sealContext(user.id);
      if (SecretBox.isSealed(stored)) {
        try {
          this.box.open(stored, context);
          continue;
        } catch {
          // Not under the current key: try the earlier ones below.
        }
      }
      const secret = SecretBox.isSealed(stored) ? this.openWithRing(stored, context) : stored;
      if (secret === null) {
        unreadable++;
        continue;
      }
      // Only if the row still holds what was read: a sign-in meanwhile resealed it already.
      const result = await this.users.update(
        { id: user.id, totpSecret: stored },
        { totpSecret: this.box.seal(secret, context) },
      );
      resealed += result.affected ?? 0;
    }
    return { resealed, unreadable };
  }

  async remainingRecoveryCodes(userId: number): Promise<number> {
    return this.codes.count({ where: { userId, usedAt: IsNull() } });
  }

  /** Removes the second factor: by the person (optional roles) or by an admin (a reset). */
  async remove(
    userId: number,
    actor: Actor,
    action: 'two-factor.disabled' | 'two-factor.reset',
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, userId, {
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
      });
      await manager.delete(RecoveryCode, { userId });
      await this.audit.record(actor, { action, targetType: 'user', targetId: userId }, manager);
    });
  }
}
