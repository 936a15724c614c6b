import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class Init1795479050992 implements MigrationInterface {
  name = 'Init1795479050992';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "occurred_at" datetime(3) NOT NULL, "actor_id" integer, "actor_email" varchar(254), "ip" varchar(64), "action" varchar(64) NOT NULL, "target_type" varchar(32), "target_id" varchar(64), "reason" varchar(500), "details" text, "correlation_id" varchar(64))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event" ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_07611ee5dab9c96e7b276ce93d" ON "audit_event" ("action", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_806add0204f192a9f867d0515c" ON "audit_event" ("occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" varchar(64) PRIMARY KEY NOT NULL, "user_id" integer, "data" text NOT NULL, "expires_at" datetime(3) NOT NULL, "ip" varchar(64), "user_agent" varchar(255), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "last_seen_at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2223e981900a413ce4ce6386f9" ON "session" ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "one_time_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "purpose" varchar(20) NOT NULL, "token_hash" varchar(64) NOT NULL, "email" varchar(254), "role" varchar(16), "organisation_id" integer, "user_id" integer, "issued_by_id" integer, "expires_at" datetime(3) NOT NULL, "used_at" datetime(3), "revoked_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_5a751ff4e9106ceddfd3417de6" ON "one_time_token" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8b28059f6bee21e69d42224bbb" ON "one_time_token" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "iwg_region" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(200) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f8f05edc68e40682800ce7ef8d" ON "iwg_region" ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(200) NOT NULL, "alpha2" varchar(2), "un_region" varchar(40), "un_subregion" varchar(80), "iwg_region_id" integer, "programme_status" varchar(16), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6a3122daf3cb06cb4f1f87ae64" ON "organisation" ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(120) NOT NULL, "position" integer NOT NULL, "cross_cutting" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_955f14efe16bcf3e6c02cbd2c9" ON "pillar" ("code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "organisation_id" integer NOT NULL, "password_hash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "languages" varchar(100) NOT NULL DEFAULT (\'\'), "time_zone" varchar(64) NOT NULL DEFAULT (\'UTC\'), "totp_secret" varchar(160), "totp_last_step" bigint, "totp_enabled_at" datetime(3), "terms_version" varchar(32), "terms_accepted_at" datetime(3), "failed_logins" integer NOT NULL DEFAULT (0), "failed_login_window_start" datetime(3), "locked_until" datetime(3), "lockouts" integer NOT NULL DEFAULT (0), "last_login_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ',
    );
    await queryRunner.query(
      'CREATE TABLE "recovery_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "code_hash" varchar(128) NOT NULL, "used_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code" ("user_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_6a3122daf3cb06cb4f1f87ae64"');
    await queryRunner.query(
      'CREATE TABLE "temporary_organisation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(200) NOT NULL, "alpha2" varchar(2), "un_region" varchar(40), "un_subregion" varchar(80), "iwg_region_id" integer, "programme_status" varchar(16), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_00bb64a864cbf189dd562d8629f" FOREIGN KEY ("iwg_region_id") REFERENCES "iwg_region" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_organisation"("id", "kind", "code", "name", "alpha2", "un_region", "un_subregion", "iwg_region_id", "programme_status", "created_at", "updated_at") SELECT "id", "kind", "code", "name", "alpha2", "un_region", "un_subregion", "iwg_region_id", "programme_status", "created_at", "updated_at" FROM "organisation"',
    );
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('ALTER TABLE "temporary_organisation" RENAME TO "organisation"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6a3122daf3cb06cb4f1f87ae64" ON "organisation" ("code") ',
    );
    await queryRunner.query('DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query(
      'CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "organisation_id" integer NOT NULL, "password_hash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "languages" varchar(100) NOT NULL DEFAULT (\'\'), "time_zone" varchar(64) NOT NULL DEFAULT (\'UTC\'), "totp_secret" varchar(160), "totp_last_step" bigint, "totp_enabled_at" datetime(3), "terms_version" varchar(32), "terms_accepted_at" datetime(3), "failed_logins" integer NOT NULL DEFAULT (0), "failed_login_window_start" datetime(3), "locked_until" datetime(3), "lockouts" integer NOT NULL DEFAULT (0), "last_login_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_c7a4825eaaf9118259b890ad65d" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_user"("id", "email", "name", "role", "organisation_id", "password_hash", "active", "languages", "time_zone", "totp_secret", "totp_last_step", "totp_enabled_at", "terms_version", "terms_accepted_at", "failed_logins", "failed_login_window_start", "locked_until", "lockouts", "last_login_at", "created_at", "updated_at") SELECT "id", "email", "name", "role", "organisation_id", "password_hash", "active", "languages", "time_zone", "totp_secret", "totp_last_step", "totp_enabled_at", "terms_version", "terms_accepted_at", "failed_logins", "failed_login_window_start", "locked_until", "lockouts", "last_login_at", "created_at", "updated_at" FROM "user"',
    );
    await queryRunner.query('DROP TABLE "user"');
    await queryRunner.query('ALTER TABLE "temporary_user" RENAME TO "user"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ',
    );
    await queryRunner.query('DROP INDEX "IDX_f5c95d9ca2047afa670093e202"');
    await queryRunner.query(
      'CREATE TABLE "temporary_recovery_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "code_hash" varchar(128) NOT NULL, "used_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_recovery_code"("id", "user_id", "code_hash", "used_at", "created_at") SELECT "id", "user_id", "code_hash", "used_at", "created_at" FROM "recovery_code"',
    );
    await queryRunner.query('DROP TABLE "recovery_code"');
    await queryRunner.query('ALTER TABLE "temporary_recovery_code" RENAME TO "recovery_code"');
    await queryRunner.query(
      'CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code" ("user_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_f5c95d9ca2047afa670093e202"');
    await queryRunner.query('ALTER TABLE "recovery_code" RENAME TO "temporary_recovery_code"');
    await queryRunner.query(
      'CREATE TABLE "recovery_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "code_hash" varchar(128) NOT NULL, "used_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "recovery_code"("id", "user_id", "code_hash", "used_at", "created_at") SELECT "id", "user_id", "code_hash", "used_at", "created_at" FROM "temporary_recovery_code"',
    );
    await queryRunner.query('DROP TABLE "temporary_recovery_code"');
    await queryRunner.query(
      'CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code" ("user_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query('ALTER TABLE "user" RENAME TO "temporary_user"');
    await queryRunner.query(
      'CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "organisation_id" integer NOT NULL, "password_hash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "languages" varchar(100) NOT NULL DEFAULT (\'\'), "time_zone" varchar(64) NOT NULL DEFAULT (\'UTC\'), "totp_secret" varchar(160), "totp_last_step" bigint, "totp_enabled_at" datetime(3), "terms_version" varchar(32), "terms_accepted_at" datetime(3), "failed_logins" integer NOT NULL DEFAULT (0), "failed_login_window_start" datetime(3), "locked_until" datetime(3), "lockouts" integer NOT NULL DEFAULT (0), "last_login_at" datetime(3), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "user"("id", "email", "name", "role", "organisation_id", "password_hash", "active", "languages", "time_zone", "totp_secret", "totp_last_step", "totp_enabled_at", "terms_version", "terms_accepted_at", "failed_logins", "failed_login_window_start", "locked_until", "lockouts", "last_login_at", "created_at", "updated_at") SELECT "id", "email", "name", "role", "organisation_id", "password_hash", "active", "languages", "time_zone", "totp_secret", "totp_last_step", "totp_enabled_at", "terms_version", "terms_accepted_at", "failed_logins", "failed_login_window_start", "locked_until", "lockouts", "last_login_at", "created_at", "updated_at" FROM "temporary_user"',
    );
    await queryRunner.query('DROP TABLE "temporary_user"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ',
    );
    await queryRunner.query('DROP INDEX "IDX_6a3122daf3cb06cb4f1f87ae64"');
    await queryRunner.query('ALTER TABLE "organisation" RENAME TO "temporary_organisation"');
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(200) NOT NULL, "alpha2" varchar(2), "un_region" varchar(40), "un_subregion" varchar(80), "iwg_region_id" integer, "programme_status" varchar(16), "created_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "organisation"("id", "kind", "code", "name", "alpha2", "un_region", "un_subregion", "iwg_region_id", "programme_status", "created_at", "updated_at") SELECT "id", "kind", "code", "name", "alpha2", "un_region", "un_subregion", "iwg_region_id", "programme_status", "created_at", "updated_at" FROM "temporary_organisation"',
    );
    await queryRunner.query('DROP TABLE "temporary_organisation"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6a3122daf3cb06cb4f1f87ae64" ON "organisation" ("code") ',
    );
    await queryRunner.query('DROP INDEX "IDX_f5c95d9ca2047afa670093e202"');
    await queryRunner.query('DROP TABLE "recovery_code"');
    await queryRunner.query('DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query('DROP TABLE "user"');
    await queryRunner.query('DROP INDEX "IDX_955f14efe16bcf3e6c02cbd2c9"');
    await queryRunner.query('DROP TABLE "pillar"');
    await queryRunner.query('DROP INDEX "IDX_6a3122daf3cb06cb4f1f87ae64"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP INDEX "IDX_f8f05edc68e40682800ce7ef8d"');
    await queryRunner.query('DROP TABLE "iwg_region"');
    await queryRunner.query('DROP INDEX "IDX_8b28059f6bee21e69d42224bbb"');
    await queryRunner.query('DROP INDEX "IDX_5a751ff4e9106ceddfd3417de6"');
    await queryRunner.query('DROP TABLE "one_time_token"');
    await queryRunner.query('DROP INDEX "IDX_2223e981900a413ce4ce6386f9"');
    await queryRunner.query('DROP INDEX "IDX_30e98e8746699fb9af235410af"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "IDX_806add0204f192a9f867d0515c"');
    await queryRunner.query('DROP INDEX "IDX_07611ee5dab9c96e7b276ce93d"');
    await queryRunner.query('DROP INDEX "IDX_f44b7e9c0d50176bc07e018f63"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
