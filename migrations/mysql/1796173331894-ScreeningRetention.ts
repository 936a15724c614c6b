import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ScreeningRetention1796173331894 implements MigrationInterface {
  name = 'ScreeningRetention1796173331894';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `screening_retention_settings` (`state_id` int NOT NULL, `depersonalise_after_days` int NOT NULL, `delete_after_days` int NOT NULL, `confirmed_hit_days` int NOT NULL, `changed_by_id` int NULL, `changed_at` datetime(3) NULL, `last_run_at` datetime(3) NULL, `last_run_summary` varchar(1000) NULL, PRIMARY KEY (`state_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_retention_flight` (`flight_id` int NOT NULL, `state_id` int NOT NULL, `last_message_at` datetime(3) NOT NULL, `depersonalised_at` datetime(3) NOT NULL, PRIMARY KEY (`flight_id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `screening_traveller` ADD `depersonalised_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `screening_message` ADD `depersonalised_at` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `screening_message` DROP COLUMN `depersonalised_at`");
    await queryRunner.query("ALTER TABLE `screening_traveller` DROP COLUMN `depersonalised_at`");
    await queryRunner.query("DROP TABLE `screening_retention_flight`");
    await queryRunner.query("DROP TABLE `screening_retention_settings`");
  }
}
