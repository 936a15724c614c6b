import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class Library1796139155769 implements MigrationInterface {
  name = 'Library1796139155769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"library_tag\" (\"resource_id\" integer NOT NULL, \"tag\" varchar(40) NOT NULL, PRIMARY KEY (\"resource_id\", \"tag\"))");
    await queryRunner.query("CREATE INDEX \"IDX_77039faa10bf78362eb85c76e3\" ON \"library_tag\" (\"tag\") ");
    await queryRunner.query("CREATE TABLE \"library_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"resource_id\" integer NOT NULL, \"number\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"size\" integer NOT NULL, \"file_type\" varchar(8) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"note\" varchar(500) NOT NULL DEFAULT (''), \"uploaded_by_id\" integer NOT NULL, \"uploaded_at\" datetime(6) NOT NULL, \"extraction_status\" varchar(8) NOT NULL, \"extracted_text\" text)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5e5ed2a6bd645365ba60de1320\" ON \"library_version\" (\"resource_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"library_resource\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(8) NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"url\" varchar(2000), \"language\" varchar(8) NOT NULL, \"document_date\" varchar(10), \"status\" varchar(16) NOT NULL, \"review_note\" varchar(500), \"reviewed_by_id\" integer, \"reviewed_at\" datetime(3), \"author_id\" integer NOT NULL, \"author_state_id\" integer, \"family_id\" integer, \"current_version_id\" integer, \"file_type\" varchar(8), \"file_size\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deleted_at\" datetime(6), \"deleted_by_id\" integer, \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_3d117c38c8bf6be8923a319ed7\" ON \"library_resource\" (\"language\") ");
    await queryRunner.query("CREATE INDEX \"IDX_08a7796c616c5f5b6af1f20afe\" ON \"library_resource\" (\"author_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d7003b060d9cf0a187643fdcd9\" ON \"library_resource\" (\"family_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_78e3d1758d63f5d0c9bc10d044\" ON \"library_resource\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"library_resource_pillar\" (\"resource_id\" integer NOT NULL, \"pillar_id\" integer NOT NULL, PRIMARY KEY (\"resource_id\", \"pillar_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c20152e86ac93d9498e8860c7b\" ON \"library_resource_pillar\" (\"resource_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dc2994f409ef6043d29bfdae39\" ON \"library_resource_pillar\" (\"pillar_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_77039faa10bf78362eb85c76e3\"");
    await queryRunner.query("CREATE TABLE \"temporary_library_tag\" (\"resource_id\" integer NOT NULL, \"tag\" varchar(40) NOT NULL, CONSTRAINT \"FK_77ed884b3cb7111627c6f01662b\" FOREIGN KEY (\"resource_id\") REFERENCES \"library_resource\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"resource_id\", \"tag\"))");
    await queryRunner.query("INSERT INTO \"temporary_library_tag\"(\"resource_id\", \"tag\") SELECT \"resource_id\", \"tag\" FROM \"library_tag\"");
    await queryRunner.query("DROP TABLE \"library_tag\"");
    await queryRunner.query("ALTER TABLE \"temporary_library_tag\" RENAME TO \"library_tag\"");
    await queryRunner.query("CREATE INDEX \"IDX_77039faa10bf78362eb85c76e3\" ON \"library_tag\" (\"tag\") ");
    await queryRunner.query("DROP INDEX \"IDX_5e5ed2a6bd645365ba60de1320\"");
    await queryRunner.query("CREATE TABLE \"temporary_library_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"resource_id\" integer NOT NULL, \"number\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"size\" integer NOT NULL, \"file_type\" varchar(8) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"note\" varchar(500) NOT NULL DEFAULT (''), \"uploaded_by_id\" integer NOT NULL, \"uploaded_at\" datetime(6) NOT NULL, \"extraction_status\" varchar(8) NOT NULL, \"extracted_text\" text, CONSTRAINT \"FK_8c4db60bbcbcb76fe44c43f1331\" FOREIGN KEY (\"resource_id\") REFERENCES \"library_resource\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_59aeb43ec51c146d69e2be1802e\" FOREIGN KEY (\"uploaded_by_id\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_library_version\"(\"id\", \"resource_id\", \"number\", \"sha256\", \"size\", \"file_type\", \"file_name\", \"note\", \"uploaded_by_id\", \"uploaded_at\", \"extraction_status\", \"extracted_text\") SELECT \"id\", \"resource_id\", \"number\", \"sha256\", \"size\", \"file_type\", \"file_name\", \"note\", \"uploaded_by_id\", \"uploaded_at\", \"extraction_status\", \"extracted_text\" FROM \"library_version\"");
    await queryRunner.query("DROP TABLE \"library_version\"");
    await queryRunner.query("ALTER TABLE \"temporary_library_version\" RENAME TO \"library_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5e5ed2a6bd645365ba60de1320\" ON \"library_version\" (\"resource_id\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_3d117c38c8bf6be8923a319ed7\"");
    await queryRunner.query("DROP INDEX \"IDX_08a7796c616c5f5b6af1f20afe\"");
    await queryRunner.query("DROP INDEX \"IDX_d7003b060d9cf0a187643fdcd9\"");
    await queryRunner.query("DROP INDEX \"IDX_78e3d1758d63f5d0c9bc10d044\"");
    await queryRunner.query("CREATE TABLE \"temporary_library_resource\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(8) NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"url\" varchar(2000), \"language\" varchar(8) NOT NULL, \"document_date\" varchar(10), \"status\" varchar(16) NOT NULL, \"review_note\" varchar(500), \"reviewed_by_id\" integer, \"reviewed_at\" datetime(3), \"author_id\" integer NOT NULL, \"author_state_id\" integer, \"family_id\" integer, \"current_version_id\" integer, \"file_type\" varchar(8), \"file_size\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deleted_at\" datetime(6), \"deleted_by_id\" integer, \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, CONSTRAINT \"FK_08a7796c616c5f5b6af1f20afe0\" FOREIGN KEY (\"author_id\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_library_resource\"(\"id\", \"kind\", \"title\", \"summary\", \"url\", \"language\", \"document_date\", \"status\", \"review_note\", \"reviewed_by_id\", \"reviewed_at\", \"author_id\", \"author_state_id\", \"family_id\", \"current_version_id\", \"file_type\", \"file_size\", \"created_at\", \"updated_at\", \"deleted_at\", \"deleted_by_id\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"kind\", \"title\", \"summary\", \"url\", \"language\", \"document_date\", \"status\", \"review_note\", \"reviewed_by_id\", \"reviewed_at\", \"author_id\", \"author_state_id\", \"family_id\", \"current_version_id\", \"file_type\", \"file_size\", \"created_at\", \"updated_at\", \"deleted_at\", \"deleted_by_id\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"library_resource\"");
    await queryRunner.query("DROP TABLE \"library_resource\"");
    await queryRunner.query("ALTER TABLE \"temporary_library_resource\" RENAME TO \"library_resource\"");
    await queryRunner.query("CREATE INDEX \"IDX_3d117c38c8bf6be8923a319ed7\" ON \"library_resource\" (\"language\") ");
    await queryRunner.query("CREATE INDEX \"IDX_08a7796c616c5f5b6af1f20afe\" ON \"library_resource\" (\"author_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d7003b060d9cf0a187643fdcd9\" ON \"library_resource\" (\"family_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_78e3d1758d63f5d0c9bc10d044\" ON \"library_resource\" (\"status\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"IDX_c20152e86ac93d9498e8860c7b\"");
    await queryRunner.query("DROP INDEX \"IDX_dc2994f409ef6043d29bfdae39\"");
    await queryRunner.query("CREATE TABLE \"temporary_library_resource_pillar\" (\"resource_id\" integer NOT NULL, \"pillar_id\" integer NOT NULL, CONSTRAINT \"FK_c20152e86ac93d9498e8860c7b0\" FOREIGN KEY (\"resource_id\") REFERENCES \"library_resource\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT \"FK_dc2994f409ef6043d29bfdae397\" FOREIGN KEY (\"pillar_id\") REFERENCES \"pillar\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (\"resource_id\", \"pillar_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_library_resource_pillar\"(\"resource_id\", \"pillar_id\") SELECT \"resource_id\", \"pillar_id\" FROM \"library_resource_pillar\"");
    await queryRunner.query("DROP TABLE \"library_resource_pillar\"");
    await queryRunner.query("ALTER TABLE \"temporary_library_resource_pillar\" RENAME TO \"library_resource_pillar\"");
    await queryRunner.query("CREATE INDEX \"IDX_c20152e86ac93d9498e8860c7b\" ON \"library_resource_pillar\" (\"resource_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dc2994f409ef6043d29bfdae39\" ON \"library_resource_pillar\" (\"pillar_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_dc2994f409ef6043d29bfdae39\"");
    await queryRunner.query("DROP INDEX \"IDX_c20152e86ac93d9498e8860c7b\"");
    await queryRunner.query("ALTER TABLE \"library_resource_pillar\" RENAME TO \"temporary_library_resource_pillar\"");
    await queryRunner.query("CREATE TABLE \"library_resource_pillar\" (\"resource_id\" integer NOT NULL, \"pillar_id\" integer NOT NULL, PRIMARY KEY (\"resource_id\", \"pillar_id\"))");
    await queryRunner.query("INSERT INTO \"library_resource_pillar\"(\"resource_id\", \"pillar_id\") SELECT \"resource_id\", \"pillar_id\" FROM \"temporary_library_resource_pillar\"");
    await queryRunner.query("DROP TABLE \"temporary_library_resource_pillar\"");
    await queryRunner.query("CREATE INDEX \"IDX_dc2994f409ef6043d29bfdae39\" ON \"library_resource_pillar\" (\"pillar_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c20152e86ac93d9498e8860c7b\" ON \"library_resource_pillar\" (\"resource_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_78e3d1758d63f5d0c9bc10d044\"");
    await queryRunner.query("DROP INDEX \"IDX_d7003b060d9cf0a187643fdcd9\"");
    await queryRunner.query("DROP INDEX \"IDX_08a7796c616c5f5b6af1f20afe\"");
    await queryRunner.query("DROP INDEX \"IDX_3d117c38c8bf6be8923a319ed7\"");
    await queryRunner.query("ALTER TABLE \"library_resource\" RENAME TO \"temporary_library_resource\"");
    await queryRunner.query("CREATE TABLE \"library_resource\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(8) NOT NULL, \"title\" varchar(200) NOT NULL, \"summary\" varchar(2000) NOT NULL DEFAULT (''), \"url\" varchar(2000), \"language\" varchar(8) NOT NULL, \"document_date\" varchar(10), \"status\" varchar(16) NOT NULL, \"review_note\" varchar(500), \"reviewed_by_id\" integer, \"reviewed_at\" datetime(3), \"author_id\" integer NOT NULL, \"author_state_id\" integer, \"family_id\" integer, \"current_version_id\" integer, \"file_type\" varchar(8), \"file_size\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deleted_at\" datetime(6), \"deleted_by_id\" integer, \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("INSERT INTO \"library_resource\"(\"id\", \"kind\", \"title\", \"summary\", \"url\", \"language\", \"document_date\", \"status\", \"review_note\", \"reviewed_by_id\", \"reviewed_at\", \"author_id\", \"author_state_id\", \"family_id\", \"current_version_id\", \"file_type\", \"file_size\", \"created_at\", \"updated_at\", \"deleted_at\", \"deleted_by_id\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"kind\", \"title\", \"summary\", \"url\", \"language\", \"document_date\", \"status\", \"review_note\", \"reviewed_by_id\", \"reviewed_at\", \"author_id\", \"author_state_id\", \"family_id\", \"current_version_id\", \"file_type\", \"file_size\", \"created_at\", \"updated_at\", \"deleted_at\", \"deleted_by_id\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_library_resource\"");
    await queryRunner.query("DROP TABLE \"temporary_library_resource\"");
    await queryRunner.query("CREATE INDEX \"IDX_78e3d1758d63f5d0c9bc10d044\" ON \"library_resource\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d7003b060d9cf0a187643fdcd9\" ON \"library_resource\" (\"family_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_08a7796c616c5f5b6af1f20afe\" ON \"library_resource\" (\"author_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3d117c38c8bf6be8923a319ed7\" ON \"library_resource\" (\"language\") ");
    await queryRunner.query("DROP INDEX \"IDX_5e5ed2a6bd645365ba60de1320\"");
    await queryRunner.query("ALTER TABLE \"library_version\" RENAME TO \"temporary_library_version\"");
    await queryRunner.query("CREATE TABLE \"library_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"resource_id\" integer NOT NULL, \"number\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"size\" integer NOT NULL, \"file_type\" varchar(8) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"note\" varchar(500) NOT NULL DEFAULT (''), \"uploaded_by_id\" integer NOT NULL, \"uploaded_at\" datetime(6) NOT NULL, \"extraction_status\" varchar(8) NOT NULL, \"extracted_text\" text)");
    await queryRunner.query("INSERT INTO \"library_version\"(\"id\", \"resource_id\", \"number\", \"sha256\", \"size\", \"file_type\", \"file_name\", \"note\", \"uploaded_by_id\", \"uploaded_at\", \"extraction_status\", \"extracted_text\") SELECT \"id\", \"resource_id\", \"number\", \"sha256\", \"size\", \"file_type\", \"file_name\", \"note\", \"uploaded_by_id\", \"uploaded_at\", \"extraction_status\", \"extracted_text\" FROM \"temporary_library_version\"");
    await queryRunner.query("DROP TABLE \"temporary_library_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5e5ed2a6bd645365ba60de1320\" ON \"library_version\" (\"resource_id\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_77039faa10bf78362eb85c76e3\"");
    await queryRunner.query("ALTER TABLE \"library_tag\" RENAME TO \"temporary_library_tag\"");
    await queryRunner.query("CREATE TABLE \"library_tag\" (\"resource_id\" integer NOT NULL, \"tag\" varchar(40) NOT NULL, PRIMARY KEY (\"resource_id\", \"tag\"))");
    await queryRunner.query("INSERT INTO \"library_tag\"(\"resource_id\", \"tag\") SELECT \"resource_id\", \"tag\" FROM \"temporary_library_tag\"");
    await queryRunner.query("DROP TABLE \"temporary_library_tag\"");
    await queryRunner.query("CREATE INDEX \"IDX_77039faa10bf78362eb85c76e3\" ON \"library_tag\" (\"tag\") ");
    await queryRunner.query("DROP INDEX \"IDX_dc2994f409ef6043d29bfdae39\"");
    await queryRunner.query("DROP INDEX \"IDX_c20152e86ac93d9498e8860c7b\"");
    await queryRunner.query("DROP TABLE \"library_resource_pillar\"");
    await queryRunner.query("DROP INDEX \"IDX_78e3d1758d63f5d0c9bc10d044\"");
    await queryRunner.query("DROP INDEX \"IDX_d7003b060d9cf0a187643fdcd9\"");
    await queryRunner.query("DROP INDEX \"IDX_08a7796c616c5f5b6af1f20afe\"");
    await queryRunner.query("DROP INDEX \"IDX_3d117c38c8bf6be8923a319ed7\"");
    await queryRunner.query("DROP TABLE \"library_resource\"");
    await queryRunner.query("DROP INDEX \"IDX_5e5ed2a6bd645365ba60de1320\"");
    await queryRunner.query("DROP TABLE \"library_version\"");
    await queryRunner.query("DROP INDEX \"IDX_77039faa10bf78362eb85c76e3\"");
    await queryRunner.query("DROP TABLE \"library_tag\"");
  }
}
