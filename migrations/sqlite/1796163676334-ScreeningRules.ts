import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class ScreeningRules1796163676334 implements MigrationInterface {
  name = 'ScreeningRules1796163676334';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"screening_rule\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"name\" varchar(120) NOT NULL, \"description\" text NOT NULL, \"severity\" varchar(10) NOT NULL, \"criteria\" text NOT NULL, \"status\" varchar(8) NOT NULL DEFAULT ('draft'), \"current_version\" integer NOT NULL DEFAULT (1), \"active_version\" integer, \"created_by_id\" integer NOT NULL, \"updated_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_2803a808c1f15b052415ea62d6\" ON \"screening_rule\" (\"state_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"screening_rule_trial\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"rule_id\" integer NOT NULL, \"state_id\" integer NOT NULL, \"version_number\" integer NOT NULL, \"criteria_hash\" varchar(64) NOT NULL, \"status\" varchar(12) NOT NULL, \"since\" datetime(3) NOT NULL, \"requested_by_id\" integer NOT NULL, \"requested_at\" datetime(3) NOT NULL, \"finished_at\" datetime(3), \"messages\" integer NOT NULL DEFAULT (0), \"travellers\" integer NOT NULL DEFAULT (0), \"hits\" integer NOT NULL DEFAULT (0), \"partial\" boolean NOT NULL DEFAULT (0), \"examples\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_b2792ece0d863eadcfc95cef7d\" ON \"screening_rule_trial\" (\"rule_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"screening_rule_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"rule_id\" integer NOT NULL, \"number\" integer NOT NULL, \"name\" varchar(120) NOT NULL, \"description\" text NOT NULL, \"severity\" varchar(10) NOT NULL, \"criteria\" text NOT NULL, \"saved_by_id\" integer NOT NULL, \"saved_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_be65ef33bfa3c5aa6191bf4c63\" ON \"screening_rule_version\" (\"rule_id\", \"number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_be65ef33bfa3c5aa6191bf4c63\"");
    await queryRunner.query("DROP TABLE \"screening_rule_version\"");
    await queryRunner.query("DROP INDEX \"IDX_b2792ece0d863eadcfc95cef7d\"");
    await queryRunner.query("DROP TABLE \"screening_rule_trial\"");
    await queryRunner.query("DROP INDEX \"IDX_2803a808c1f15b052415ea62d6\"");
    await queryRunner.query("DROP TABLE \"screening_rule\"");
  }
}
