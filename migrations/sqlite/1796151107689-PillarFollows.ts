import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class PillarFollows1796151107689 implements MigrationInterface {
  name = 'PillarFollows1796151107689';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_pillar_follow\" (\"user_id\" integer NOT NULL, \"pillar_code\" varchar(32) NOT NULL, PRIMARY KEY (\"user_id\", \"pillar_code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6730d517ada079191b1d1967b3\" ON \"notification_pillar_follow\" (\"pillar_code\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6730d517ada079191b1d1967b3\"");
    await queryRunner.query("DROP TABLE \"notification_pillar_follow\"");
  }
}
