import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class ExpertPoolState1796195382043 implements MigrationInterface {
  name = 'ExpertPoolState1796195382043';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"expert_pool_state\" (\"id\" integer PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (0))");
    // The pool's one version row (ExpertPoolState): no first change has to create it.
    await queryRunner.query("INSERT INTO \"expert_pool_state\" (\"id\", \"version\") VALUES (1, 0)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"expert_pool_state\"");
  }
}
