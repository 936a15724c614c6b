import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class SignedInVersion1796127993940 implements MigrationInterface {
  name = 'SignedInVersion1796127993940';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `organisation` ADD `version` int NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE `user` ADD `version` int NOT NULL DEFAULT '1'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `version`");
    await queryRunner.query("ALTER TABLE `organisation` DROP COLUMN `version`");
  }
}
