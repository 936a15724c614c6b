import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseDatabaseUrl } from './load-config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'cttp-config-'));

  it('has working defaults: port 3000, SQLite in the data folder, a generated secret kept with mode 0600', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({
      engine: 'sqlite',
      sqlitePath: join(dir, 'portal.sqlite'),
    });
    expect(config.session).toEqual({ idleTimeoutMinutes: 30, absoluteLifetimeHours: 12 });
    expect(config.lockout).toEqual({
      maxFailures: 10,
      windowMinutes: 15,
      baseLockMinutes: 15,
      maxLockHours: 24,
    });
    const file = join(dir, 'session-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
    expect(config.secureCookies).toBe(false);
  });

  it('names the variable, the rule and the value when one is wrong', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'abc' })).toThrow(
      'Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc")',
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://x/y' })).toThrow(
      /DATABASE_URL/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), ADMIN_EMAIL: 'a@b.org' })).toThrow(
      /ADMIN_PASSWORD/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET must be at least 32/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), SMTP_URL: 'http://mail' })).toThrow(
      /SMTP_URL must start with smtp: or smtps:/,
    );
  });

  it('limits library uploads to 50 MB unless UPLOAD_MAX_MB says otherwise, within 1 to 2000', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).uploadMaxBytes).toBe(50 * 1024 * 1024);
    expect(loadConfig({ DATA_DIR: dataDir(), UPLOAD_MAX_MB: '5' }).uploadMaxBytes).toBe(
      5 * 1024 * 1024,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), UPLOAD_MAX_MB: '0' })).toThrow(
      'UPLOAD_MAX_MB must be a whole number from 1 to 2000 (got "0")',
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), UPLOAD_MAX_MB: '1.5' })).toThrow(
      /UPLOAD_MAX_MB/,
    );
  });

  it('turns on secure cookies behind an https public URL', () => {
    expect(
      loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://cttp.example.org/' }),
    ).toMatchObject({
      publicUrl: 'https://cttp.example.org',
      secureCookies: true,
    });
  });

  it('uses Redis only when REDIS_URL is set, with a key prefix that defaults to cttp', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).redis).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      prefix: 'cttp',
    });
    expect(
      loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'rediss://r.internal', REDIS_PREFIX: 'run-7' })
        .redis,
    ).toEqual({ url: 'rediss://r.internal', prefix: 'run-7' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'http://r.internal' })).toThrow(
      /REDIS_URL must start with redis: or rediss:/,
    );
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'redis://r', REDIS_PREFIX: 'a:b' }),
    ).toThrow(/REDIS_PREFIX/);
  });
});

describe('parseDatabaseUrl', () => {
  it('reads MariaDB/MySQL addresses with escaped credentials', () => {
    expect(parseDatabaseUrl('mariadb://app:p%40ss@db.internal:3307/cttp')).toMatchObject({
      engine: 'mysql',
      host: 'db.internal',
      port: 3307,
      username: 'app',
      password: 'p@ss',
      name: 'cttp',
    });
  });

  it('refuses a server URL without a database name', () => {
    expect(() => parseDatabaseUrl('mysql://root@127.0.0.1:3306/')).toThrow(/must name a database/);
  });
});
