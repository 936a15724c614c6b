import { timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** The name authenticator apps show above the account's e-mail. */
export const TOTP_ISSUER = 'CTTP Platform';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export interface TotpSettings {
  readonly issuer: string;
  /** SHA1 is what every authenticator app supports; the others exist for the RFC vectors. */
  readonly algorithm: TotpAlgorithm;
  readonly digits: number;
  /** Seconds per time step. */
  readonly period: number;
  /** Steps accepted either side of the current one, for clock drift and slow typing. */
  readonly window: number;
}

const DEFAULT_SETTINGS: TotpSettings = {
  issuer: TOTP_ISSUER,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  window: 1,
};

/** 160 bits, the HMAC-SHA-1 block-size key RFC 4226 §4 recommends; 32 base32 characters. */
const SECRET_BYTES = 20;

export type TotpCheck =
  | { readonly valid: true; readonly step: number }
  | { readonly valid: false; readonly reason: 'malformed' | 'invalid' | 'replayed' };

export interface TotpVerifyOptions {
  /**
   * The time step of the last code this account used successfully (stored by the caller).
   * A code from that step or an earlier one is refused, so a code seen over someone's shoulder
   * or replayed from a captured form cannot log in again within its validity window.
   */
  readonly lastUsedStep?: number | null;
  /** The time to verify at; now by default. */
  readonly at?: Date | number;
}

/**
 * Time-based one-time passwords (RFC 6238) through `otpauth`. Secrets are base32 strings (what
 * authenticator apps take and what the account row stores); codes are verified in a window of
 * ±1 step, and the step a code belongs to is returned so the caller can store it and refuse a
 * replay (RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the OTP after the
 * successful validation has been issued for the first OTP").
 */
export class TotpAuthenticator {
  readonly settings: TotpSettings;

  constructor(settings: Partial<TotpSettings> = {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  /** A new random 160-bit secret, base32-encoded (no padding). */
  generateSecret(): string {
    return new Secret({ size: SECRET_BYTES }).base32;
  }

  /** The otpauth:// URI the QR code carries: issuer "CTTP Platform", label the account e-mail. */
  keyUri(secret: string, accountEmail: string): string {
    return new TOTP({
      issuer: this.settings.issuer,
      label: accountEmail,
      secret: parseSecret(secret),
      algorithm: this.settings.algorithm,
      digits: this.settings.digits,
      period: this.settings.period,
    }).toString();
  }

  /** The secret in groups of four, for people who type it into their app instead of scanning. */
  displaySecret(secret: string): string {
    return parseSecret(secret).base32.replace(/(.{4})(?=.)/g, '$1 ');
  }

  /** The time step (counter) a moment falls in. */
  stepAt(at: Date | number = Date.now()): number {
    return Math.floor(toMilliseconds(at) / 1000 / this.settings.period);
  }

  /** The code for a moment: what the user's app shows (tests and the browser flow use it). */
  codeAt(secret: string, at: Date | number = Date.now()): string {
    return this.codeForStep(parseSecret(secret), this.stepAt(at));
  }

  /**
   * Checks a code typed by the user. Spaces and hyphens are ignored ("123 456"). Every step in
   * the window is computed and compared in constant time, and the newest matching step wins, so
   * the answer does not depend on where in the window a code matched.
   */
  verify(secret: string, code: string, options: TotpVerifyOptions = {}): TotpCheck {
    const typed = code.replace(/[\s-]/g, '');
    if (!new RegExp(`^\\d{${this.settings.digits}}$`).test(typed)) {
      return { valid: false, reason: 'malformed' };
    }
    const key = parseSecret(secret);
    const current = this.stepAt(options.at ?? Date.now());
    const typedBytes = Buffer.from(typed);
    let matched: number | null = null;
    for (
      let step = current - this.settings.window;
      step <= current + this.settings.window;
      step++
    ) {
      if (timingSafeEqual(Buffer.from(this.codeForStep(key, step)), typedBytes)) matched = step;
    }
    if (matched === null) return { valid: false, reason: 'invalid' };
    const last = options.lastUsedStep;
    if (last !== undefined && last !== null && matched <= last) {
      return { valid: false, reason: 'replayed' };
    }
    return { valid: true, step: matched };
  }

  private codeForStep(secret: Secret, step: number): string {
    return TOTP.generate({
      secret,
      algorithm: this.settings.algorithm,
      digits: this.settings.digits,
      period: this.settings.period,
      timestamp: step * this.settings.period * 1000,
    });
  }
}

/** Reads a stored base32 secret; throws on anything else (corrupt data, not a user error). */
function parseSecret(secret: string): Secret {
  const normalised = secret.replace(/[\s=]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(normalised)) throw new Error('TOTP secret is not base32');
  return Secret.fromBase32(normalised);
}

function toMilliseconds(at: Date | number): number {
  return typeof at === 'number' ? at : at.getTime();
}
