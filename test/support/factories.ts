import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/auth/passwords/password-hasher';
import { CURRENT_TERMS_VERSION } from '../../src/auth/terms/terms-version';
import { TotpAuthenticator } from '../../src/auth/two-factor/totp-authenticator';
import { Organisation } from '../../src/organisations/organisation.entity';
import type { Role } from '../../src/common/identity/role';
import { User } from '../../src/users/user.entity';

/** A password zxcvbn scores 4: long, random words. */
export const STRONG_PASSWORD = 'violet-harbour-quantum-47-lantern';

const hasher = new PasswordHasher();
let hashed: Promise<string> | undefined;
export const totp = new TotpAuthenticator();

export interface UserOverrides extends Partial<User> {
  /** Organisation code: ISO3 for a State (default for State roles: KEN), UNOCT, CTED… */
  org?: string;
  password?: string;
  /** Give the account an enrolled TOTP secret (returned on the user as `totpSecret`). */
  withTwoFactor?: boolean;
}

const DEFAULT_ORG: Record<Role, string> = {
  admin: 'UNOCT',
  staff: 'UNOCT',
  partner: 'CTED',
  'focal-point': 'KEN',
  official: 'KEN',
  expert: 'UNOCT',
  'piu-analyst': 'KEN',
};

/** Creates an active user who has accepted the current terms. */
export async function createUser(
  dataSource: DataSource,
  overrides: UserOverrides = {},
): Promise<User> {
  const role = overrides.role ?? 'official';
  const { org, password, withTwoFactor, ...fields } = overrides;
  const organisation = await dataSource
    .getRepository(Organisation)
    .findOneByOrFail({ code: org ?? DEFAULT_ORG[role] });
  // Hashing the shared password once keeps suites fast; other passwords are hashed as given.
  const passwordHash = password
    ? await hasher.hash(password)
    : await (hashed ??= hasher.hash(STRONG_PASSWORD));
  const users = dataSource.getRepository(User);
  return users.save(
    users.create({
      email: `user-${randomBytes(4).toString('hex')}@example.org`,
      name: 'Test User',
      role,
      organisationId: organisation.id,
      passwordHash,
      termsVersion: CURRENT_TERMS_VERSION,
      termsAcceptedAt: new Date(),
      totpSecret: withTwoFactor ? totp.generateSecret() : null,
      totpEnabledAt: withTwoFactor ? new Date() : null,
      ...fields,
    }),
  );
}
