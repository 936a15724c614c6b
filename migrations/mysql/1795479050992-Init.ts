import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class Init1795479050992 implements MigrationInterface {
  name = 'Init1795479050992';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `audit_event` (`id` int NOT NULL AUTO_INCREMENT, `occurred_at` datetime(3) NOT NULL, `actor_id` int NULL, `actor_email` varchar(254) NULL, `ip` varchar(64) NULL, `action` varchar(64) NOT NULL, `target_type` varchar(32) NULL, `target_id` varchar(64) NULL, `reason` varchar(500) NULL, `details` text NULL, `correlation_id` varchar(64) NULL, INDEX `IDX_f44b7e9c0d50176bc07e018f63` (`actor_id`), INDEX `IDX_07611ee5dab9c96e7b276ce93d` (`action`, `occurred_at`), INDEX `IDX_806add0204f192a9f867d0515c` (`occurred_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `session` (`id` varchar(64) NOT NULL, `user_id` int NULL, `data` text NOT NULL, `expires_at` datetime(3) NOT NULL, `ip` varchar(64) NULL, `user_agent` varchar(255) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `last_seen_at` datetime(3) NOT NULL, INDEX `IDX_30e98e8746699fb9af235410af` (`user_id`), INDEX `IDX_2223e981900a413ce4ce6386f9` (`expires_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `one_time_token` (`id` int NOT NULL AUTO_INCREMENT, `purpose` varchar(20) NOT NULL, `token_hash` varchar(64) NOT NULL, `email` varchar(254) NULL, `role` varchar(16) NULL, `organisation_id` int NULL, `user_id` int NULL, `issued_by_id` int NULL, `expires_at` datetime(3) NOT NULL, `used_at` datetime(3) NULL, `revoked_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_5a751ff4e9106ceddfd3417de6` (`token_hash`), INDEX `IDX_8b28059f6bee21e69d42224bbb` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `iwg_region` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(32) NOT NULL, `name` varchar(200) NOT NULL, UNIQUE INDEX `IDX_f8f05edc68e40682800ce7ef8d` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `organisation` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(16) NOT NULL, `code` varchar(16) NOT NULL, `name` varchar(200) NOT NULL, `alpha2` varchar(2) NULL, `un_region` varchar(40) NULL, `un_subregion` varchar(80) NULL, `iwg_region_id` int NULL, `programme_status` varchar(16) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_6a3122daf3cb06cb4f1f87ae64` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `pillar` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(32) NOT NULL, `name` varchar(120) NOT NULL, `position` int NOT NULL, `cross_cutting` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `IDX_955f14efe16bcf3e6c02cbd2c9` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `user` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(254) NOT NULL, `name` varchar(200) NOT NULL, `role` varchar(16) NOT NULL, `organisation_id` int NOT NULL, `password_hash` varchar(255) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `languages` varchar(100) NOT NULL DEFAULT '', `time_zone` varchar(64) NOT NULL DEFAULT 'UTC', `totp_secret` varchar(160) NULL, `totp_last_step` bigint NULL, `totp_enabled_at` datetime(3) NULL, `terms_version` varchar(32) NULL, `terms_accepted_at` datetime(3) NULL, `failed_logins` int NOT NULL DEFAULT '0', `failed_login_window_start` datetime(3) NULL, `locked_until` datetime(3) NULL, `lockouts` int NOT NULL DEFAULT '0', `last_login_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `recovery_code` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `code_hash` varchar(128) NOT NULL, `used_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_f5c95d9ca2047afa670093e202` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `organisation` ADD CONSTRAINT `FK_00bb64a864cbf189dd562d8629f` FOREIGN KEY (`iwg_region_id`) REFERENCES `iwg_region`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `user` ADD CONSTRAINT `FK_c7a4825eaaf9118259b890ad65d` FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `recovery_code` ADD CONSTRAINT `FK_f5c95d9ca2047afa670093e2028` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `recovery_code` DROP FOREIGN KEY `FK_f5c95d9ca2047afa670093e2028`',
    );
    await queryRunner.query('ALTER TABLE `user` DROP FOREIGN KEY `FK_c7a4825eaaf9118259b890ad65d`');
    await queryRunner.query(
      'ALTER TABLE `organisation` DROP FOREIGN KEY `FK_00bb64a864cbf189dd562d8629f`',
    );
    await queryRunner.query('DROP INDEX `IDX_f5c95d9ca2047afa670093e202` ON `recovery_code`');
    await queryRunner.query('DROP TABLE `recovery_code`');
    await queryRunner.query('DROP INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` ON `user`');
    await queryRunner.query('DROP TABLE `user`');
    await queryRunner.query('DROP INDEX `IDX_955f14efe16bcf3e6c02cbd2c9` ON `pillar`');
    await queryRunner.query('DROP TABLE `pillar`');
    await queryRunner.query('DROP INDEX `IDX_6a3122daf3cb06cb4f1f87ae64` ON `organisation`');
    await queryRunner.query('DROP TABLE `organisation`');
    await queryRunner.query('DROP INDEX `IDX_f8f05edc68e40682800ce7ef8d` ON `iwg_region`');
    await queryRunner.query('DROP TABLE `iwg_region`');
    await queryRunner.query('DROP INDEX `IDX_8b28059f6bee21e69d42224bbb` ON `one_time_token`');
    await queryRunner.query('DROP INDEX `IDX_5a751ff4e9106ceddfd3417de6` ON `one_time_token`');
    await queryRunner.query('DROP TABLE `one_time_token`');
    await queryRunner.query('DROP INDEX `IDX_2223e981900a413ce4ce6386f9` ON `session`');
    await queryRunner.query('DROP INDEX `IDX_30e98e8746699fb9af235410af` ON `session`');
    await queryRunner.query('DROP TABLE `session`');
    await queryRunner.query('DROP INDEX `IDX_806add0204f192a9f867d0515c` ON `audit_event`');
    await queryRunner.query('DROP INDEX `IDX_07611ee5dab9c96e7b276ce93d` ON `audit_event`');
    await queryRunner.query('DROP INDEX `IDX_f44b7e9c0d50176bc07e018f63` ON `audit_event`');
    await queryRunner.query('DROP TABLE `audit_event`');
  }
}
