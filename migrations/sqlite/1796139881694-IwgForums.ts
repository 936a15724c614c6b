import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class IwgForums1796139881694 implements MigrationInterface {
  name = 'IwgForums1796139881694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"iwg\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"region_id\" integer NOT NULL, \"name\" varchar(200) NOT NULL, \"closed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_ba918ee19f63b7981941c9844f\" ON \"iwg\" (\"region_id\") ");
    await queryRunner.query("CREATE TABLE \"iwg_participant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"added_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_fce331b7bbf508d9141147faa8\" ON \"iwg_participant\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_286bdc2ce55400e9a83316e7ac\" ON \"iwg_participant\" (\"iwg_id\", \"user_id\") ");
    await queryRunner.query("CREATE TABLE \"iwg_position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"position\" varchar(48) NOT NULL, \"state_id\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1dfa1ee174b5b81fe1b8a2893e\" ON \"iwg_position\" (\"iwg_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"forum_category\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"pillar_code\" varchar(32), \"name\" varchar(120), \"position\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_0319a0eb8fae4c77be219e4c49\" ON \"forum_category\" (\"iwg_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"forum_post\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"thread_id\" integer NOT NULL, \"author_id\" integer NOT NULL, \"body\" text NOT NULL, \"html\" text NOT NULL, \"reply_to_id\" integer, \"language\" varchar(8), \"revision\" integer NOT NULL DEFAULT (1), \"edited_at\" datetime(3), \"hidden_at\" datetime(3), \"hidden_by_id\" integer, \"hidden_reason\" varchar(500), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_5183f8dfb3080d56b0d9d8d285\" ON \"forum_post\" (\"thread_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"forum_post_revision\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"post_id\" integer NOT NULL, \"revision\" integer NOT NULL, \"body\" text NOT NULL, \"author_id\" integer NOT NULL, \"replaced_by_id\" integer NOT NULL, \"replaced_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ed0a43647f661eaf48dc07fae7\" ON \"forum_post_revision\" (\"post_id\", \"revision\") ");
    await queryRunner.query("CREATE TABLE \"forum_reaction\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"post_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_500066b889455e3ecd224a95db\" ON \"forum_reaction\" (\"post_id\", \"user_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"forum_read_mark\" (\"user_id\" integer NOT NULL, \"iwg_id\" integer NOT NULL, \"up_to_post_id\" integer NOT NULL, PRIMARY KEY (\"user_id\", \"iwg_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3e90ae531c7c10b9f4e06019ba\" ON \"forum_read_mark\" (\"iwg_id\") ");
    await queryRunner.query("CREATE TABLE \"forum_read_state\" (\"user_id\" integer NOT NULL, \"thread_id\" integer NOT NULL, \"last_read_post_id\" integer NOT NULL, PRIMARY KEY (\"user_id\", \"thread_id\"))");
    await queryRunner.query("CREATE TABLE \"forum_thread\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"category_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"author_id\" integer NOT NULL, \"pinned\" boolean NOT NULL DEFAULT (0), \"locked\" boolean NOT NULL DEFAULT (0), \"post_count\" integer NOT NULL DEFAULT (0), \"last_post_id\" integer NOT NULL DEFAULT (0), \"last_post_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_6283a55fa3a4d07cc5e741ef7b\" ON \"forum_thread\" (\"iwg_id\", \"last_post_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ea5c5cd98d04a15faeaed571d6\" ON \"forum_thread\" (\"category_id\", \"pinned\", \"last_post_id\") ");
    await queryRunner.query("CREATE TABLE \"forum_watch\" (\"user_id\" integer NOT NULL, \"target_type\" varchar(16) NOT NULL, \"target_id\" integer NOT NULL, \"level\" varchar(16) NOT NULL, PRIMARY KEY (\"user_id\", \"target_type\", \"target_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_917c9e57b8facad407078f5342\" ON \"forum_watch\" (\"target_type\", \"target_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_ba918ee19f63b7981941c9844f\"");
    await queryRunner.query("CREATE TABLE \"temporary_iwg\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"region_id\" integer NOT NULL, \"name\" varchar(200) NOT NULL, \"closed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ba918ee19f63b7981941c9844fe\" FOREIGN KEY (\"region_id\") REFERENCES \"iwg_region\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_iwg\"(\"id\", \"region_id\", \"name\", \"closed_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"region_id\", \"name\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"iwg\"");
    await queryRunner.query("DROP TABLE \"iwg\"");
    await queryRunner.query("ALTER TABLE \"temporary_iwg\" RENAME TO \"iwg\"");
    await queryRunner.query("CREATE INDEX \"IDX_ba918ee19f63b7981941c9844f\" ON \"iwg\" (\"region_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_fce331b7bbf508d9141147faa8\"");
    await queryRunner.query("DROP INDEX \"IDX_286bdc2ce55400e9a83316e7ac\"");
    await queryRunner.query("CREATE TABLE \"temporary_iwg_participant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"added_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_4ba3f47fea6db1a9801478d2544\" FOREIGN KEY (\"iwg_id\") REFERENCES \"iwg\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_fce331b7bbf508d9141147faa80\" FOREIGN KEY (\"user_id\") REFERENCES \"user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_iwg_participant\"(\"id\", \"iwg_id\", \"user_id\", \"kind\", \"added_by_id\", \"created_at\") SELECT \"id\", \"iwg_id\", \"user_id\", \"kind\", \"added_by_id\", \"created_at\" FROM \"iwg_participant\"");
    await queryRunner.query("DROP TABLE \"iwg_participant\"");
    await queryRunner.query("ALTER TABLE \"temporary_iwg_participant\" RENAME TO \"iwg_participant\"");
    await queryRunner.query("CREATE INDEX \"IDX_fce331b7bbf508d9141147faa8\" ON \"iwg_participant\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_286bdc2ce55400e9a83316e7ac\" ON \"iwg_participant\" (\"iwg_id\", \"user_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_1dfa1ee174b5b81fe1b8a2893e\"");
    await queryRunner.query("CREATE TABLE \"temporary_iwg_position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"position\" varchar(48) NOT NULL, \"state_id\" integer NOT NULL, CONSTRAINT \"FK_217e23127f0aebc4e3a92b36693\" FOREIGN KEY (\"iwg_id\") REFERENCES \"iwg\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_cec390cd1566c70bd2d1301738b\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_iwg_position\"(\"id\", \"iwg_id\", \"position\", \"state_id\") SELECT \"id\", \"iwg_id\", \"position\", \"state_id\" FROM \"iwg_position\"");
    await queryRunner.query("DROP TABLE \"iwg_position\"");
    await queryRunner.query("ALTER TABLE \"temporary_iwg_position\" RENAME TO \"iwg_position\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1dfa1ee174b5b81fe1b8a2893e\" ON \"iwg_position\" (\"iwg_id\", \"position\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_1dfa1ee174b5b81fe1b8a2893e\"");
    await queryRunner.query("ALTER TABLE \"iwg_position\" RENAME TO \"temporary_iwg_position\"");
    await queryRunner.query("CREATE TABLE \"iwg_position\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"position\" varchar(48) NOT NULL, \"state_id\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"iwg_position\"(\"id\", \"iwg_id\", \"position\", \"state_id\") SELECT \"id\", \"iwg_id\", \"position\", \"state_id\" FROM \"temporary_iwg_position\"");
    await queryRunner.query("DROP TABLE \"temporary_iwg_position\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1dfa1ee174b5b81fe1b8a2893e\" ON \"iwg_position\" (\"iwg_id\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_286bdc2ce55400e9a83316e7ac\"");
    await queryRunner.query("DROP INDEX \"IDX_fce331b7bbf508d9141147faa8\"");
    await queryRunner.query("ALTER TABLE \"iwg_participant\" RENAME TO \"temporary_iwg_participant\"");
    await queryRunner.query("CREATE TABLE \"iwg_participant\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"added_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"iwg_participant\"(\"id\", \"iwg_id\", \"user_id\", \"kind\", \"added_by_id\", \"created_at\") SELECT \"id\", \"iwg_id\", \"user_id\", \"kind\", \"added_by_id\", \"created_at\" FROM \"temporary_iwg_participant\"");
    await queryRunner.query("DROP TABLE \"temporary_iwg_participant\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_286bdc2ce55400e9a83316e7ac\" ON \"iwg_participant\" (\"iwg_id\", \"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fce331b7bbf508d9141147faa8\" ON \"iwg_participant\" (\"user_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_ba918ee19f63b7981941c9844f\"");
    await queryRunner.query("ALTER TABLE \"iwg\" RENAME TO \"temporary_iwg\"");
    await queryRunner.query("CREATE TABLE \"iwg\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"region_id\" integer NOT NULL, \"name\" varchar(200) NOT NULL, \"closed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"iwg\"(\"id\", \"region_id\", \"name\", \"closed_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"region_id\", \"name\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"temporary_iwg\"");
    await queryRunner.query("DROP TABLE \"temporary_iwg\"");
    await queryRunner.query("CREATE INDEX \"IDX_ba918ee19f63b7981941c9844f\" ON \"iwg\" (\"region_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_917c9e57b8facad407078f5342\"");
    await queryRunner.query("DROP TABLE \"forum_watch\"");
    await queryRunner.query("DROP INDEX \"IDX_ea5c5cd98d04a15faeaed571d6\"");
    await queryRunner.query("DROP INDEX \"IDX_6283a55fa3a4d07cc5e741ef7b\"");
    await queryRunner.query("DROP TABLE \"forum_thread\"");
    await queryRunner.query("DROP TABLE \"forum_read_state\"");
    await queryRunner.query("DROP INDEX \"IDX_3e90ae531c7c10b9f4e06019ba\"");
    await queryRunner.query("DROP TABLE \"forum_read_mark\"");
    await queryRunner.query("DROP INDEX \"IDX_500066b889455e3ecd224a95db\"");
    await queryRunner.query("DROP TABLE \"forum_reaction\"");
    await queryRunner.query("DROP INDEX \"IDX_ed0a43647f661eaf48dc07fae7\"");
    await queryRunner.query("DROP TABLE \"forum_post_revision\"");
    await queryRunner.query("DROP INDEX \"IDX_5183f8dfb3080d56b0d9d8d285\"");
    await queryRunner.query("DROP TABLE \"forum_post\"");
    await queryRunner.query("DROP INDEX \"IDX_0319a0eb8fae4c77be219e4c49\"");
    await queryRunner.query("DROP TABLE \"forum_category\"");
    await queryRunner.query("DROP INDEX \"IDX_1dfa1ee174b5b81fe1b8a2893e\"");
    await queryRunner.query("DROP TABLE \"iwg_position\"");
    await queryRunner.query("DROP INDEX \"IDX_286bdc2ce55400e9a83316e7ac\"");
    await queryRunner.query("DROP INDEX \"IDX_fce331b7bbf508d9141147faa8\"");
    await queryRunner.query("DROP TABLE \"iwg_participant\"");
    await queryRunner.query("DROP INDEX \"IDX_ba918ee19f63b7981941c9844f\"");
    await queryRunner.query("DROP TABLE \"iwg\"");
  }
}
