import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class Roadmaps1796185712230 implements MigrationInterface {
  name = 'Roadmaps1796185712230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"roadmap_step\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"pillar\" varchar(32) NOT NULL, \"title\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"owner_id\" integer, \"start_on\" varchar(10) NOT NULL, \"due_on\" varchar(10) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('not-started'), \"blocked_reason\" varchar(500), \"weight\" integer NOT NULL DEFAULT (1), \"source_assessment_id\" integer, \"source_indicator_id\" integer, \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE INDEX \"IDX_2252f983d76271ad39d34e2e61\" ON \"roadmap_step\" (\"state_id\", \"source_assessment_id\", \"source_indicator_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b8e89d060286b641e2c5b209d6\" ON \"roadmap_step\" (\"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6a349c377ddb9fd2c71fa1f95e\" ON \"roadmap_step\" (\"state_id\", \"pillar\") ");
    await queryRunner.query("CREATE TABLE \"roadmap_step_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"step_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"author_id\" integer, \"author_name\" varchar(200) NOT NULL, \"changes\" text NOT NULL, \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_2801ba25e568f0c343c747faf6\" ON \"roadmap_step_change\" (\"step_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"roadmap_step_dependency\" (\"step_id\" integer NOT NULL, \"depends_on_id\" integer NOT NULL, PRIMARY KEY (\"step_id\", \"depends_on_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6beddde465aab76a897d3602df\" ON \"roadmap_step_dependency\" (\"depends_on_id\") ");
    await queryRunner.query("CREATE TABLE \"roadmap_step_link\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"step_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"target_id\" integer NOT NULL, \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_aa2779f06d75be72b1bccdedfb\" ON \"roadmap_step_link\" (\"kind\", \"target_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4685b6fc0c3aac9afd64afc4fd\" ON \"roadmap_step_link\" (\"step_id\", \"kind\", \"target_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_2252f983d76271ad39d34e2e61\"");
    await queryRunner.query("DROP INDEX \"IDX_b8e89d060286b641e2c5b209d6\"");
    await queryRunner.query("DROP INDEX \"IDX_6a349c377ddb9fd2c71fa1f95e\"");
    await queryRunner.query("CREATE TABLE \"temporary_roadmap_step\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"pillar\" varchar(32) NOT NULL, \"title\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"owner_id\" integer, \"start_on\" varchar(10) NOT NULL, \"due_on\" varchar(10) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('not-started'), \"blocked_reason\" varchar(500), \"weight\" integer NOT NULL DEFAULT (1), \"source_assessment_id\" integer, \"source_indicator_id\" integer, \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"FK_8636e74b4b7f987d013b1bac55a\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_c00f760b1af179fb4938acad4fa\" FOREIGN KEY (\"owner_id\") REFERENCES \"user\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_roadmap_step\"(\"id\", \"state_id\", \"pillar\", \"title\", \"description\", \"owner_id\", \"start_on\", \"due_on\", \"status\", \"blocked_reason\", \"weight\", \"source_assessment_id\", \"source_indicator_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"state_id\", \"pillar\", \"title\", \"description\", \"owner_id\", \"start_on\", \"due_on\", \"status\", \"blocked_reason\", \"weight\", \"source_assessment_id\", \"source_indicator_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"version\" FROM \"roadmap_step\"");
    await queryRunner.query("DROP TABLE \"roadmap_step\"");
    await queryRunner.query("ALTER TABLE \"temporary_roadmap_step\" RENAME TO \"roadmap_step\"");
    await queryRunner.query("CREATE INDEX \"IDX_2252f983d76271ad39d34e2e61\" ON \"roadmap_step\" (\"state_id\", \"source_assessment_id\", \"source_indicator_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b8e89d060286b641e2c5b209d6\" ON \"roadmap_step\" (\"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6a349c377ddb9fd2c71fa1f95e\" ON \"roadmap_step\" (\"state_id\", \"pillar\") ");
    await queryRunner.query("DROP INDEX \"IDX_2801ba25e568f0c343c747faf6\"");
    await queryRunner.query("CREATE TABLE \"temporary_roadmap_step_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"step_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"author_id\" integer, \"author_name\" varchar(200) NOT NULL, \"changes\" text NOT NULL, \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_c0ec5f99fee84d708e389c7ed2d\" FOREIGN KEY (\"step_id\") REFERENCES \"roadmap_step\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_roadmap_step_change\"(\"id\", \"step_id\", \"kind\", \"author_id\", \"author_name\", \"changes\", \"at\") SELECT \"id\", \"step_id\", \"kind\", \"author_id\", \"author_name\", \"changes\", \"at\" FROM \"roadmap_step_change\"");
    await queryRunner.query("DROP TABLE \"roadmap_step_change\"");
    await queryRunner.query("ALTER TABLE \"temporary_roadmap_step_change\" RENAME TO \"roadmap_step_change\"");
    await queryRunner.query("CREATE INDEX \"IDX_2801ba25e568f0c343c747faf6\" ON \"roadmap_step_change\" (\"step_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_6beddde465aab76a897d3602df\"");
    await queryRunner.query("CREATE TABLE \"temporary_roadmap_step_dependency\" (\"step_id\" integer NOT NULL, \"depends_on_id\" integer NOT NULL, CONSTRAINT \"FK_cfa179ee3d0d3b32501ef8b90c6\" FOREIGN KEY (\"step_id\") REFERENCES \"roadmap_step\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_6beddde465aab76a897d3602df2\" FOREIGN KEY (\"depends_on_id\") REFERENCES \"roadmap_step\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"step_id\", \"depends_on_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_roadmap_step_dependency\"(\"step_id\", \"depends_on_id\") SELECT \"step_id\", \"depends_on_id\" FROM \"roadmap_step_dependency\"");
    await queryRunner.query("DROP TABLE \"roadmap_step_dependency\"");
    await queryRunner.query("ALTER TABLE \"temporary_roadmap_step_dependency\" RENAME TO \"roadmap_step_dependency\"");
    await queryRunner.query("CREATE INDEX \"IDX_6beddde465aab76a897d3602df\" ON \"roadmap_step_dependency\" (\"depends_on_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_aa2779f06d75be72b1bccdedfb\"");
    await queryRunner.query("DROP INDEX \"IDX_4685b6fc0c3aac9afd64afc4fd\"");
    await queryRunner.query("CREATE TABLE \"temporary_roadmap_step_link\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"step_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"target_id\" integer NOT NULL, \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_98e3f0251a88c4a22be82965a47\" FOREIGN KEY (\"step_id\") REFERENCES \"roadmap_step\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_roadmap_step_link\"(\"id\", \"step_id\", \"kind\", \"target_id\", \"created_by_id\", \"created_at\") SELECT \"id\", \"step_id\", \"kind\", \"target_id\", \"created_by_id\", \"created_at\" FROM \"roadmap_step_link\"");
    await queryRunner.query("DROP TABLE \"roadmap_step_link\"");
    await queryRunner.query("ALTER TABLE \"temporary_roadmap_step_link\" RENAME TO \"roadmap_step_link\"");
    await queryRunner.query("CREATE INDEX \"IDX_aa2779f06d75be72b1bccdedfb\" ON \"roadmap_step_link\" (\"kind\", \"target_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4685b6fc0c3aac9afd64afc4fd\" ON \"roadmap_step_link\" (\"step_id\", \"kind\", \"target_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_4685b6fc0c3aac9afd64afc4fd\"");
    await queryRunner.query("DROP INDEX \"IDX_aa2779f06d75be72b1bccdedfb\"");
    await queryRunner.query("ALTER TABLE \"roadmap_step_link\" RENAME TO \"temporary_roadmap_step_link\"");
    await queryRunner.query("CREATE TABLE \"roadmap_step_link\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"step_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"target_id\" integer NOT NULL, \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"roadmap_step_link\"(\"id\", \"step_id\", \"kind\", \"target_id\", \"created_by_id\", \"created_at\") SELECT \"id\", \"step_id\", \"kind\", \"target_id\", \"created_by_id\", \"created_at\" FROM \"temporary_roadmap_step_link\"");
    await queryRunner.query("DROP TABLE \"temporary_roadmap_step_link\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_4685b6fc0c3aac9afd64afc4fd\" ON \"roadmap_step_link\" (\"step_id\", \"kind\", \"target_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_aa2779f06d75be72b1bccdedfb\" ON \"roadmap_step_link\" (\"kind\", \"target_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_6beddde465aab76a897d3602df\"");
    await queryRunner.query("ALTER TABLE \"roadmap_step_dependency\" RENAME TO \"temporary_roadmap_step_dependency\"");
    await queryRunner.query("CREATE TABLE \"roadmap_step_dependency\" (\"step_id\" integer NOT NULL, \"depends_on_id\" integer NOT NULL, PRIMARY KEY (\"step_id\", \"depends_on_id\"))");
    await queryRunner.query("INSERT INTO \"roadmap_step_dependency\"(\"step_id\", \"depends_on_id\") SELECT \"step_id\", \"depends_on_id\" FROM \"temporary_roadmap_step_dependency\"");
    await queryRunner.query("DROP TABLE \"temporary_roadmap_step_dependency\"");
    await queryRunner.query("CREATE INDEX \"IDX_6beddde465aab76a897d3602df\" ON \"roadmap_step_dependency\" (\"depends_on_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_2801ba25e568f0c343c747faf6\"");
    await queryRunner.query("ALTER TABLE \"roadmap_step_change\" RENAME TO \"temporary_roadmap_step_change\"");
    await queryRunner.query("CREATE TABLE \"roadmap_step_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"step_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"author_id\" integer, \"author_name\" varchar(200) NOT NULL, \"changes\" text NOT NULL, \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"roadmap_step_change\"(\"id\", \"step_id\", \"kind\", \"author_id\", \"author_name\", \"changes\", \"at\") SELECT \"id\", \"step_id\", \"kind\", \"author_id\", \"author_name\", \"changes\", \"at\" FROM \"temporary_roadmap_step_change\"");
    await queryRunner.query("DROP TABLE \"temporary_roadmap_step_change\"");
    await queryRunner.query("CREATE INDEX \"IDX_2801ba25e568f0c343c747faf6\" ON \"roadmap_step_change\" (\"step_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_6a349c377ddb9fd2c71fa1f95e\"");
    await queryRunner.query("DROP INDEX \"IDX_b8e89d060286b641e2c5b209d6\"");
    await queryRunner.query("DROP INDEX \"IDX_2252f983d76271ad39d34e2e61\"");
    await queryRunner.query("ALTER TABLE \"roadmap_step\" RENAME TO \"temporary_roadmap_step\"");
    await queryRunner.query("CREATE TABLE \"roadmap_step\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"pillar\" varchar(32) NOT NULL, \"title\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"owner_id\" integer, \"start_on\" varchar(10) NOT NULL, \"due_on\" varchar(10) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('not-started'), \"blocked_reason\" varchar(500), \"weight\" integer NOT NULL DEFAULT (1), \"source_assessment_id\" integer, \"source_indicator_id\" integer, \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("INSERT INTO \"roadmap_step\"(\"id\", \"state_id\", \"pillar\", \"title\", \"description\", \"owner_id\", \"start_on\", \"due_on\", \"status\", \"blocked_reason\", \"weight\", \"source_assessment_id\", \"source_indicator_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"state_id\", \"pillar\", \"title\", \"description\", \"owner_id\", \"start_on\", \"due_on\", \"status\", \"blocked_reason\", \"weight\", \"source_assessment_id\", \"source_indicator_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"version\" FROM \"temporary_roadmap_step\"");
    await queryRunner.query("DROP TABLE \"temporary_roadmap_step\"");
    await queryRunner.query("CREATE INDEX \"IDX_6a349c377ddb9fd2c71fa1f95e\" ON \"roadmap_step\" (\"state_id\", \"pillar\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b8e89d060286b641e2c5b209d6\" ON \"roadmap_step\" (\"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2252f983d76271ad39d34e2e61\" ON \"roadmap_step\" (\"state_id\", \"source_assessment_id\", \"source_indicator_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_4685b6fc0c3aac9afd64afc4fd\"");
    await queryRunner.query("DROP INDEX \"IDX_aa2779f06d75be72b1bccdedfb\"");
    await queryRunner.query("DROP TABLE \"roadmap_step_link\"");
    await queryRunner.query("DROP INDEX \"IDX_6beddde465aab76a897d3602df\"");
    await queryRunner.query("DROP TABLE \"roadmap_step_dependency\"");
    await queryRunner.query("DROP INDEX \"IDX_2801ba25e568f0c343c747faf6\"");
    await queryRunner.query("DROP TABLE \"roadmap_step_change\"");
    await queryRunner.query("DROP INDEX \"IDX_6a349c377ddb9fd2c71fa1f95e\"");
    await queryRunner.query("DROP INDEX \"IDX_b8e89d060286b641e2c5b209d6\"");
    await queryRunner.query("DROP INDEX \"IDX_2252f983d76271ad39d34e2e61\"");
    await queryRunner.query("DROP TABLE \"roadmap_step\"");
  }
}
