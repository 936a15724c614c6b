/** The whole configuration, read from the environment once at boot (see load-config.ts). */
export interface AppConfig {
  port: number;
  /** Base of links in e-mails and on screen (invitations, resets, set-up). */
  publicUrl: string;
  /** Cookies get `Secure` when the portal is served over HTTPS (PUBLIC_URL https://…). */
  secureCookies: boolean;
  /** Express "trust proxy": set when a reverse proxy terminates TLS in front of the portal. */
  trustProxy: boolean;
  dataDir: string;
  database: DatabaseConfig;
  sessionSecret: string;
  /**
   * Master key for data the server must read back (TOTP secrets) and for the recovery-code
   * hashes. Kept apart from the session secret, so rotating sessions does not void two-factor.
   */
  encryptionKey: string;
  /**
   * Earlier values of ENCRYPTION_KEY (ENCRYPTION_KEYS_PREVIOUS, comma-separated): personal data
   * sealed under them is still read, and `screening:reencrypt` seals it again under the current one.
   */
  encryptionKeysPrevious: string[];
  /**
   * Key of the keyed hashes (carriers' API keys, message content hashes per State). Never
   * rotated: a new value voids every issued carrier key.
   */
  hashingKey: string;
  /** Carriers' messages (POST /api/v1/messages and the upload page). */
  ingestion: {
    /** Largest message accepted, in bytes (INGEST_MAX_MB). */
    maxBytes: number;
    /** Requests one carrier key may make per minute (INGEST_KEY_REQUESTS_PER_MINUTE). */
    keyRequestsPerMinute: number;
    /** A multi-part message still missing parts this long after its first is incomplete. */
    partsWaitMinutes: number;
  };
  mail: { smtpUrl?: string; from: string };
  firstAdmin?: { email: string; password: string };
  session: { idleTimeoutMinutes: number; absoluteLifetimeHours: number };
  lockout: {
    maxFailures: number;
    windowMinutes: number;
    baseLockMinutes: number;
    maxLockHours: number;
  };
  throttle: { loginAttemptsPerMinute: number; requestsPerMinute: number };
  invitationTtlDays: number;
  /** A notification is mailed only if still unread this long after it was made. */
  notifications: { mailDelaySeconds: number };
  passwordResetTtlHours: number;
  /** Largest file the library accepts, in bytes (UPLOAD_MAX_MB). */
  uploadMaxBytes: number;
  /**
   * Watchlists of the PIUs: the largest list file accepted (WATCHLIST_MAX_MB), and how often an
   * instance checks whether another loaded a version (WATCHLIST_CHECK_SECONDS).
   */
  watchlists: { maxUploadBytes: number; versionCheckSeconds: number };
  /**
   * Screening on arrival: a new list version or rule re-screens the travellers of flights
   * departing within this many hours (SCREENING_RESCREEN_HOURS).
   */
  screening: { rescreenHours: number };
  /**
   * Set with REDIS_URL: live updates fan out across instances and background jobs queue in
   * Redis (surviving restarts). Without it, one process does both in memory.
   */
  redis?: RedisConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export interface RedisConfig {
  url: string;
  /** Starts every key and channel, so several portals (or test runs) can share one Redis. */
  prefix: string;
}

export type DatabaseEngine = 'sqlite' | 'mysql';

export interface DatabaseConfig {
  url: string;
  engine: DatabaseEngine;
  /** SQLite file path (engine sqlite). */
  sqlitePath?: string;
  /** Parsed server address (engine mysql). */
  host?: string;
  port?: number;
  username?: string;
  password?: string;
  name?: string;
}
