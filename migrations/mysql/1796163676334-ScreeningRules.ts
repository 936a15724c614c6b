import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ScreeningRules1796163676334 implements MigrationInterface {
  name = 'ScreeningRules1796163676334';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `screening_rule` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `name` varchar(120) NOT NULL, `description` text NOT NULL, `severity` varchar(10) NOT NULL, `criteria` text NOT NULL, `status` varchar(8) NOT NULL DEFAULT 'draft', `current_version` int NOT NULL DEFAULT '1', `active_version` int NULL, `created_by_id` int NOT NULL, `updated_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(3) NOT NULL, INDEX `IDX_2803a808c1f15b052415ea62d6` (`state_id`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_rule_trial` (`id` int NOT NULL AUTO_INCREMENT, `rule_id` int NOT NULL, `state_id` int NOT NULL, `version_number` int NOT NULL, `criteria_hash` varchar(64) NOT NULL, `status` varchar(12) NOT NULL, `since` datetime(3) NOT NULL, `requested_by_id` int NOT NULL, `requested_at` datetime(3) NOT NULL, `finished_at` datetime(3) NULL, `messages` int NOT NULL DEFAULT '0', `travellers` int NOT NULL DEFAULT '0', `hits` int NOT NULL DEFAULT '0', `partial` tinyint NOT NULL DEFAULT 0, `examples` text NOT NULL, INDEX `IDX_b2792ece0d863eadcfc95cef7d` (`rule_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `screening_rule_version` (`id` int NOT NULL AUTO_INCREMENT, `rule_id` int NOT NULL, `number` int NOT NULL, `name` varchar(120) NOT NULL, `description` text NOT NULL, `severity` varchar(10) NOT NULL, `criteria` text NOT NULL, `saved_by_id` int NOT NULL, `saved_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_be65ef33bfa3c5aa6191bf4c63` (`rule_id`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_be65ef33bfa3c5aa6191bf4c63` ON `screening_rule_version`");
    await queryRunner.query("DROP TABLE `screening_rule_version`");
    await queryRunner.query("DROP INDEX `IDX_b2792ece0d863eadcfc95cef7d` ON `screening_rule_trial`");
    await queryRunner.query("DROP TABLE `screening_rule_trial`");
    await queryRunner.query("DROP INDEX `IDX_2803a808c1f15b052415ea62d6` ON `screening_rule`");
    await queryRunner.query("DROP TABLE `screening_rule`");
  }
}
