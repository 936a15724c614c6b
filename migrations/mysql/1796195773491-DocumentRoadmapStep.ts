import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class DocumentRoadmapStep1796195773491 implements MigrationInterface {
  name = 'DocumentRoadmapStep1796195773491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `state_document` ADD `roadmap_step_id` int NULL");
    await queryRunner.query("CREATE INDEX `IDX_2a97c1d874c79e435a12ba06db` ON `state_document` (`roadmap_step_id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_2a97c1d874c79e435a12ba06db` ON `state_document`");
    await queryRunner.query("ALTER TABLE `state_document` DROP COLUMN `roadmap_step_id`");
  }
}
