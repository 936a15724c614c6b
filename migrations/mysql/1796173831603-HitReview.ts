import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class HitReview1796173831603 implements MigrationInterface {
  name = 'HitReview1796173831603';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `screening_hit_event` (`id` int NOT NULL AUTO_INCREMENT, `hit_id` int NOT NULL, `state_id` int NOT NULL, `kind` varchar(12) NOT NULL, `at` datetime(3) NOT NULL, `actor_id` int NOT NULL, `from_status` varchar(12) NULL, `to_status` varchar(12) NULL, `reason` varchar(32) NULL, `remembered` tinyint NOT NULL DEFAULT 0, `note` text NULL, `escalated_to` text NULL, `reference` varchar(120) NULL, `format` varchar(8) NULL, INDEX `IDX_63007bbabf762358a1216a5af1` (`hit_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_63007bbabf762358a1216a5af1` ON `screening_hit_event`");
    await queryRunner.query("DROP TABLE `screening_hit_event`");
  }
}
