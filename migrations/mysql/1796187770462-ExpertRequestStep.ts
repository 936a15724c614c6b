import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class ExpertRequestStep1796187770462 implements MigrationInterface {
  name = 'ExpertRequestStep1796187770462';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_15c588e1ac052b295b4d167c1e` ON `expert_request` (`roadmap_step_id`)");
    await queryRunner.query("ALTER TABLE `expert_request` ADD CONSTRAINT `FK_15c588e1ac052b295b4d167c1e6` FOREIGN KEY (`roadmap_step_id`) REFERENCES `roadmap_step`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `expert_request` DROP FOREIGN KEY `FK_15c588e1ac052b295b4d167c1e6`");
    await queryRunner.query("DROP INDEX `IDX_15c588e1ac052b295b4d167c1e` ON `expert_request`");
  }
}
