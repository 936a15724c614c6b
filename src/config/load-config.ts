import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig, DatabaseConfig } from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}`, raw);
  }
  return value;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be an absolute URL', raw);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}`, raw);
  }
  return raw;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, 'must be true or false', raw);
}

/** `sqlite:<path>` or `mysql://` / `mariadb://user:pass@host:port/db`. */
export function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new ConfigError('DATABASE_URL', 'sqlite: needs a file path', raw);
    return { url: raw, engine: 'sqlite', sqlitePath: path === ':memory:' ? path : resolve(path) };
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      'must be sqlite:<path> or mysql://user:pass@host:port/db',
      raw,
    );
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new ConfigError('DATABASE_URL', 'must be sqlite:<path>, mysql:// or mariadb://', raw);
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!name) throw new ConfigError('DATABASE_URL', 'must name a database (…/dbname)', raw);
  return {
    url: raw,
    engine: 'mysql',
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    name,
  };
}

/**
 * A secret from `variable` when set; otherwise one generated on first start and kept in the
 * data folder with mode 0600, so it survives restarts without anyone having to invent it.
 */
function persistentSecret(env: Env, variable: string, dataDir: string, fileName: string): string {
  const configured = env[variable];
  if (configured) {
    if (configured.length < 32) {
      throw new ConfigError(variable, 'must be at least 32 characters', '(hidden)');
    }
    return configured;
  }
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** ENCRYPTION_KEYS_PREVIOUS: earlier encryption keys, comma-separated, each 32+ characters. */
function previousKeys(env: Env): string[] {
  const keys = (env.ENCRYPTION_KEYS_PREVIOUS ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  if (keys.some((key) => key.length < 32)) {
    throw new ConfigError(
      'ENCRYPTION_KEYS_PREVIOUS',
      'each key must be at least 32 characters',
      '(hidden)',
    );
  }
  return keys;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the environment; throws ConfigError naming the variable at fault. */
export function loadConfig(env: Env = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR || './data');
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(
    /\/$/,
    '',
  );
  const database = parseDatabaseUrl(env.DATABASE_URL || `sqlite:${join(dataDir, 'portal.sqlite')}`);
  const smtpUrl = env.SMTP_URL ? url(env, 'SMTP_URL', '', ['smtp:', 'smtps:']) : undefined;
  const adminEmail = env.ADMIN_EMAIL?.trim();
  const adminPassword = env.ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError(
      adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
      'must be set together with ' + (adminEmail ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD'),
      '(unset)',
    );
  }
  if (adminEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'must be an e-mail address', adminEmail);
  }
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`, logLevel);
  }
  const redisUrl = env.REDIS_URL ? url(env, 'REDIS_URL', '', ['redis:', 'rediss:']) : undefined;
  const redisPrefix = env.REDIS_PREFIX || 'cttp';
  if (!/^[\w-]{1,64}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX', 'must be 1 to 64 letters, digits, _ or -', redisPrefix);
  }
  return {
    port,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    dataDir,
    database,
    sessionSecret: persistentSecret(env, 'SESSION_SECRET', dataDir, 'session-secret'),
    encryptionKey: persistentSecret(env, 'ENCRYPTION_KEY', dataDir, 'encryption-key'),
    encryptionKeysPrevious: previousKeys(env),
    hashingKey: persistentSecret(env, 'HASHING_KEY', dataDir, 'hashing-key'),
    ingestion: {
      maxBytes: integer(env, 'INGEST_MAX_MB', 5, 1, 100) * 1024 * 1024,
      keyRequestsPerMinute: integer(env, 'INGEST_KEY_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
      partsWaitMinutes: integer(env, 'INGEST_PARTS_WAIT_MINUTES', 120, 1, 7 * 24 * 60),
    },
    mail: { smtpUrl, from: env.MAIL_FROM || 'CTTP Platform <no-reply@localhost>' },
    firstAdmin:
      adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    session: {
      idleTimeoutMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteLifetimeHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    },
    lockout: {
      maxFailures: integer(env, 'LOCKOUT_MAX_FAILURES', 10, 1, 1000),
      windowMinutes: integer(env, 'LOCKOUT_WINDOW_MINUTES', 15, 1, 24 * 60),
      baseLockMinutes: integer(env, 'LOCKOUT_MINUTES', 15, 1, 24 * 60),
      maxLockHours: integer(env, 'LOCKOUT_MAX_HOURS', 24, 1, 24 * 7),
    },
    throttle: {
      loginAttemptsPerMinute: integer(env, 'THROTTLE_LOGIN_PER_MINUTE', 20, 1, 100000),
      requestsPerMinute: integer(env, 'THROTTLE_REQUESTS_PER_MINUTE', 600, 1, 1000000),
    },
    invitationTtlDays: integer(env, 'INVITATION_TTL_DAYS', 7, 1, 90),
    notifications: {
      mailDelaySeconds: integer(env, 'NOTIFICATION_MAIL_DELAY_SECONDS', 60, 0, 86_400),
    },
    passwordResetTtlHours: integer(env, 'PASSWORD_RESET_TTL_HOURS', 2, 1, 72),
    // Up to 2,000 MB: sizes are stored in 32-bit integer columns.
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_MB', 50, 1, 2000) * 1024 * 1024,
    watchlists: {
      maxUploadBytes: integer(env, 'WATCHLIST_MAX_MB', 20, 1, 500) * 1024 * 1024,
      versionCheckSeconds: integer(env, 'WATCHLIST_CHECK_SECONDS', 15, 1, 3600),
    },
    screening: { rescreenHours: integer(env, 'SCREENING_RESCREEN_HOURS', 72, 1, 24 * 30) },
    redis: redisUrl ? { url: redisUrl, prefix: redisPrefix } : undefined,
    logLevel,
  };
}
