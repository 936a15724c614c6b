import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class StateDocuments1796186527374 implements MigrationInterface {
  name = 'StateDocuments1796186527374';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"document_template\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(200) NOT NULL, \"kind\" varchar(24) NOT NULL, \"pillar\" varchar(32) NOT NULL, \"language\" varchar(8) NOT NULL, \"draft\" text NOT NULL, \"latest_version\" integer NOT NULL DEFAULT (0), \"revision\" integer NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"document_template_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"template_id\" integer NOT NULL, \"number\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"content\" text NOT NULL, \"note\" varchar(500) NOT NULL DEFAULT (''), \"published_by_id\" integer NOT NULL, \"published_by_name\" varchar(120) NOT NULL, \"published_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6c7e91949694492fd78bb4451b\" ON \"document_template_version\" (\"template_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"state_document\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"template_id\" integer NOT NULL, \"template_version\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"language\" varchar(8) NOT NULL, \"status\" varchar(16) NOT NULL, \"content\" text NOT NULL, \"answers\" text NOT NULL, \"family_id\" integer, \"revision_number\" integer NOT NULL DEFAULT (1), \"previous_id\" integer, \"focal_approved_by_id\" integer, \"focal_approved_by_name\" varchar(120), \"focal_approved_at\" datetime(3), \"staff_approved_by_id\" integer, \"staff_approved_by_name\" varchar(120), \"staff_approved_at\" datetime(3), \"revision\" integer NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_dd9bb1901b7b95a9d82bf06a5f\" ON \"state_document\" (\"template_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fd506827b0e5d4ee0f55e21ef8\" ON \"state_document\" (\"family_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_41c1ca44748c41d3a65ca793ab\" ON \"state_document\" (\"state_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"state_document_comment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"document_id\" integer NOT NULL, \"section_key\" varchar(16) NOT NULL, \"author_id\" integer NOT NULL, \"author_name\" varchar(120) NOT NULL, \"author_role\" varchar(16) NOT NULL, \"body\" text NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_0c65af643df0c0115090960828\" ON \"state_document_comment\" (\"document_id\", \"section_key\") ");
    await queryRunner.query("CREATE TABLE \"state_document_decision\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"document_id\" integer NOT NULL, \"section_key\" varchar(16) NOT NULL, \"section_title\" varchar(200) NOT NULL, \"from_version\" integer NOT NULL, \"to_version\" integer NOT NULL, \"decision\" varchar(8) NOT NULL, \"decided_by_id\" integer NOT NULL, \"decided_by_name\" varchar(120) NOT NULL, \"decided_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_33e634f9ed7026c8dc78a342dc\" ON \"state_document_decision\" (\"document_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_33e634f9ed7026c8dc78a342dc\"");
    await queryRunner.query("DROP TABLE \"state_document_decision\"");
    await queryRunner.query("DROP INDEX \"IDX_0c65af643df0c0115090960828\"");
    await queryRunner.query("DROP TABLE \"state_document_comment\"");
    await queryRunner.query("DROP INDEX \"IDX_41c1ca44748c41d3a65ca793ab\"");
    await queryRunner.query("DROP INDEX \"IDX_fd506827b0e5d4ee0f55e21ef8\"");
    await queryRunner.query("DROP INDEX \"IDX_dd9bb1901b7b95a9d82bf06a5f\"");
    await queryRunner.query("DROP TABLE \"state_document\"");
    await queryRunner.query("DROP INDEX \"IDX_6c7e91949694492fd78bb4451b\"");
    await queryRunner.query("DROP TABLE \"document_template_version\"");
    await queryRunner.query("DROP TABLE \"document_template\"");
  }
}
