import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ScreeningOnArrival1796172328249 implements MigrationInterface {
  name = 'ScreeningOnArrival1796172328249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `screening_flight` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `flight_key` varchar(120) NOT NULL, `carrier` varchar(3) NULL, `number` varchar(8) NULL, `departure_local` varchar(16) NULL, `departure_at` datetime NULL, `departure_location` varchar(8) NULL, `arrival_location` varchar(8) NULL, `arrival_local` varchar(16) NULL, `traveller_count` int NOT NULL DEFAULT '0', `first_message_at` datetime(3) NOT NULL, `last_message_at` datetime(3) NOT NULL, INDEX `IDX_7319e650b0f7d5dba1391c08ab` (`state_id`, `departure_at`), UNIQUE INDEX `IDX_1732b7cc7ed3e443edf74f3595` (`state_id`, `flight_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_traveller` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `flight_id` int NOT NULL, `role` varchar(24) NOT NULL, `nationality` varchar(3) NULL, `from_api` tinyint NOT NULL DEFAULT 0, `from_pnr` tinyint NOT NULL DEFAULT 0, `document_hash` varchar(64) NULL, `name_dob_hash` varchar(64) NULL, `booking_hash` varchar(64) NULL, `name_hash` varchar(64) NOT NULL, `data_hash` varchar(64) NOT NULL, `personal` text NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `IDX_750cbfe3c3dbaec3c563857376` (`state_id`, `name_dob_hash`), INDEX `IDX_222cd71ae7da835e0a2dd3b6ba` (`state_id`, `document_hash`), INDEX `IDX_568a6f7f200a2566a5699101bf` (`flight_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_traveller_source` (`id` int NOT NULL AUTO_INCREMENT, `traveller_id` int NOT NULL, `message_id` int NOT NULL, `unit` int NOT NULL, `position` int NOT NULL, INDEX `IDX_7facbd89acacc6f549868d67b5` (`traveller_id`), UNIQUE INDEX `IDX_7ddb347ea2ac600e3dee08ddb1` (`message_id`, `unit`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_hit` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `flight_id` int NOT NULL, `traveller_id` int NOT NULL, `message_id` int NOT NULL, `kind` varchar(10) NOT NULL, `severity` varchar(10) NOT NULL, `severity_rank` int NOT NULL, `score` float NOT NULL, `dedupe_key` varchar(191) NOT NULL, `list_id` int NULL, `list_version_id` int NULL, `entry_reference` varchar(191) NULL, `entry_fingerprint` varchar(64) NULL, `rule_id` int NULL, `rule_version` int NULL, `detail` text NOT NULL, `status` varchar(12) NOT NULL DEFAULT 'new', `assignee_id` int NULL, `departure_at` datetime NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `revision` int NOT NULL DEFAULT '1', INDEX `IDX_36d43627b0d420db531441aeb6` (`flight_id`), INDEX `IDX_7b621301059619d821078f516f` (`state_id`, `status`, `severity_rank`, `departure_at`), UNIQUE INDEX `IDX_aa9f1b11a9d6a207ed8e3d4cbf` (`traveller_id`, `dedupe_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_false_match` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `identity_hash` varchar(64) NOT NULL, `data_hash` varchar(64) NOT NULL, `entry_reference` varchar(191) NOT NULL, `entry_fingerprint` varchar(64) NOT NULL, `hit_id` int NOT NULL, `created_by_id` int NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_7506c571e40b5add0a033d0843` (`state_id`, `identity_hash`, `entry_reference`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `screening_message` ADD `flight_id` int NULL");
    await queryRunner.query("ALTER TABLE `screening_message` ADD `screened_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `screening_message` ADD `screened_with` varchar(1000) NULL");
    await queryRunner.query("CREATE INDEX `IDX_dd744ebcc69b3d60770c6352c1` ON `screening_message` (`flight_id`)");
    await queryRunner.query("CREATE INDEX `IDX_03f19245c33040fa4220b4ea6d` ON `screening_message` (`screening_state`, `received_at`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_03f19245c33040fa4220b4ea6d` ON `screening_message`");
    await queryRunner.query("DROP INDEX `IDX_dd744ebcc69b3d60770c6352c1` ON `screening_message`");
    await queryRunner.query("ALTER TABLE `screening_message` DROP COLUMN `screened_with`");
    await queryRunner.query("ALTER TABLE `screening_message` DROP COLUMN `screened_at`");
    await queryRunner.query("ALTER TABLE `screening_message` DROP COLUMN `flight_id`");
    await queryRunner.query("DROP INDEX `IDX_7506c571e40b5add0a033d0843` ON `screening_false_match`");
    await queryRunner.query("DROP TABLE `screening_false_match`");
    await queryRunner.query("DROP INDEX `IDX_aa9f1b11a9d6a207ed8e3d4cbf` ON `screening_hit`");
    await queryRunner.query("DROP INDEX `IDX_7b621301059619d821078f516f` ON `screening_hit`");
    await queryRunner.query("DROP INDEX `IDX_36d43627b0d420db531441aeb6` ON `screening_hit`");
    await queryRunner.query("DROP TABLE `screening_hit`");
    await queryRunner.query("DROP INDEX `IDX_7ddb347ea2ac600e3dee08ddb1` ON `screening_traveller_source`");
    await queryRunner.query("DROP INDEX `IDX_7facbd89acacc6f549868d67b5` ON `screening_traveller_source`");
    await queryRunner.query("DROP TABLE `screening_traveller_source`");
    await queryRunner.query("DROP INDEX `IDX_568a6f7f200a2566a5699101bf` ON `screening_traveller`");
    await queryRunner.query("DROP INDEX `IDX_222cd71ae7da835e0a2dd3b6ba` ON `screening_traveller`");
    await queryRunner.query("DROP INDEX `IDX_750cbfe3c3dbaec3c563857376` ON `screening_traveller`");
    await queryRunner.query("DROP TABLE `screening_traveller`");
    await queryRunner.query("DROP INDEX `IDX_1732b7cc7ed3e443edf74f3595` ON `screening_flight`");
    await queryRunner.query("DROP INDEX `IDX_7319e650b0f7d5dba1391c08ab` ON `screening_flight`");
    await queryRunner.query("DROP TABLE `screening_flight`");
  }
}
