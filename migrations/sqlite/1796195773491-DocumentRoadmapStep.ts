import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class DocumentRoadmapStep1796195773491 implements MigrationInterface {
  name = 'DocumentRoadmapStep1796195773491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_41c1ca44748c41d3a65ca793ab\"");
    await queryRunner.query("DROP INDEX \"IDX_fd506827b0e5d4ee0f55e21ef8\"");
    await queryRunner.query("DROP INDEX \"IDX_dd9bb1901b7b95a9d82bf06a5f\"");
    await queryRunner.query("CREATE TABLE \"temporary_state_document\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"template_id\" integer NOT NULL, \"template_version\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"language\" varchar(8) NOT NULL, \"status\" varchar(16) NOT NULL, \"content\" text NOT NULL, \"answers\" text NOT NULL, \"family_id\" integer, \"revision_number\" integer NOT NULL DEFAULT (1), \"previous_id\" integer, \"focal_approved_by_id\" integer, \"focal_approved_by_name\" varchar(120), \"focal_approved_at\" datetime(3), \"staff_approved_by_id\" integer, \"staff_approved_by_name\" varchar(120), \"staff_approved_at\" datetime(3), \"revision\" integer NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, \"roadmap_step_id\" integer)");
    await queryRunner.query("INSERT INTO \"temporary_state_document\"(\"id\", \"state_id\", \"template_id\", \"template_version\", \"title\", \"language\", \"status\", \"content\", \"answers\", \"family_id\", \"revision_number\", \"previous_id\", \"focal_approved_by_id\", \"focal_approved_by_name\", \"focal_approved_at\", \"staff_approved_by_id\", \"staff_approved_by_name\", \"staff_approved_at\", \"revision\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"state_id\", \"template_id\", \"template_version\", \"title\", \"language\", \"status\", \"content\", \"answers\", \"family_id\", \"revision_number\", \"previous_id\", \"focal_approved_by_id\", \"focal_approved_by_name\", \"focal_approved_at\", \"staff_approved_by_id\", \"staff_approved_by_name\", \"staff_approved_at\", \"revision\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"state_document\"");
    await queryRunner.query("DROP TABLE \"state_document\"");
    await queryRunner.query("ALTER TABLE \"temporary_state_document\" RENAME TO \"state_document\"");
    await queryRunner.query("CREATE INDEX \"IDX_41c1ca44748c41d3a65ca793ab\" ON \"state_document\" (\"state_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fd506827b0e5d4ee0f55e21ef8\" ON \"state_document\" (\"family_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dd9bb1901b7b95a9d82bf06a5f\" ON \"state_document\" (\"template_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2a97c1d874c79e435a12ba06db\" ON \"state_document\" (\"roadmap_step_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_2a97c1d874c79e435a12ba06db\"");
    await queryRunner.query("DROP INDEX \"IDX_dd9bb1901b7b95a9d82bf06a5f\"");
    await queryRunner.query("DROP INDEX \"IDX_fd506827b0e5d4ee0f55e21ef8\"");
    await queryRunner.query("DROP INDEX \"IDX_41c1ca44748c41d3a65ca793ab\"");
    await queryRunner.query("ALTER TABLE \"state_document\" RENAME TO \"temporary_state_document\"");
    await queryRunner.query("CREATE TABLE \"state_document\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"template_id\" integer NOT NULL, \"template_version\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"language\" varchar(8) NOT NULL, \"status\" varchar(16) NOT NULL, \"content\" text NOT NULL, \"answers\" text NOT NULL, \"family_id\" integer, \"revision_number\" integer NOT NULL DEFAULT (1), \"previous_id\" integer, \"focal_approved_by_id\" integer, \"focal_approved_by_name\" varchar(120), \"focal_approved_at\" datetime(3), \"staff_approved_by_id\" integer, \"staff_approved_by_name\" varchar(120), \"staff_approved_at\" datetime(3), \"revision\" integer NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("INSERT INTO \"state_document\"(\"id\", \"state_id\", \"template_id\", \"template_version\", \"title\", \"language\", \"status\", \"content\", \"answers\", \"family_id\", \"revision_number\", \"previous_id\", \"focal_approved_by_id\", \"focal_approved_by_name\", \"focal_approved_at\", \"staff_approved_by_id\", \"staff_approved_by_name\", \"staff_approved_at\", \"revision\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"state_id\", \"template_id\", \"template_version\", \"title\", \"language\", \"status\", \"content\", \"answers\", \"family_id\", \"revision_number\", \"previous_id\", \"focal_approved_by_id\", \"focal_approved_by_name\", \"focal_approved_at\", \"staff_approved_by_id\", \"staff_approved_by_name\", \"staff_approved_at\", \"revision\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_state_document\"");
    await queryRunner.query("DROP TABLE \"temporary_state_document\"");
    await queryRunner.query("CREATE INDEX \"IDX_dd9bb1901b7b95a9d82bf06a5f\" ON \"state_document\" (\"template_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fd506827b0e5d4ee0f55e21ef8\" ON \"state_document\" (\"family_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_41c1ca44748c41d3a65ca793ab\" ON \"state_document\" (\"state_id\", \"status\") ");
  }
}
