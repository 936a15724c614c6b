import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class PiuWatchlists1796161679863 implements MigrationInterface {
  name = 'PiuWatchlists1796161679863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"watchlist\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120) NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL, \"current_version_id\" integer)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b20b6e83845706c8556d4a880f\" ON \"watchlist\" (\"state_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"watchlist_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"watchlist_id\" integer NOT NULL, \"state_id\" integer NOT NULL, \"number\" integer NOT NULL, \"previous_version_id\" integer, \"loaded_by_id\" integer NOT NULL, \"loaded_at\" datetime(6) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"file_sha256\" varchar(64) NOT NULL, \"file_size\" integer NOT NULL, \"generated_at\" varchar(40), \"entry_count\" integer NOT NULL, \"rows_read\" integer NOT NULL, \"skipped_count\" integer NOT NULL, \"added_count\" integer NOT NULL, \"removed_count\" integer NOT NULL, \"changed_count\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c7dc9c6e8efc3319485ce9b3ef\" ON \"watchlist_version\" (\"watchlist_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"watchlist_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"change\" varchar(8) NOT NULL, \"reference\" varchar(191) NOT NULL, \"label\" varchar(255) NOT NULL, \"fields\" text)");
    await queryRunner.query("CREATE INDEX \"IDX_ce33d4ad32ac2c3c19339ac893\" ON \"watchlist_change\" (\"version_id\", \"change\") ");
    await queryRunner.query("CREATE TABLE \"watchlist_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"reference\" varchar(191) NOT NULL, \"fingerprint\" varchar(64) NOT NULL, \"data\" text NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b98476d2af4a591aed3bc438dc\" ON \"watchlist_entry\" (\"version_id\", \"reference\") ");
    await queryRunner.query("CREATE TABLE \"watchlist_skipped_row\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"row\" integer NOT NULL, \"reason\" varchar(500) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_be714977b71c3e112bcd454b03\" ON \"watchlist_skipped_row\" (\"version_id\", \"row\") ");
    await queryRunner.query("DROP INDEX \"IDX_b20b6e83845706c8556d4a880f\"");
    await queryRunner.query("CREATE TABLE \"temporary_watchlist\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120) NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL, \"current_version_id\" integer, CONSTRAINT \"FK_e15228fa7aee4bd59cbb9a53f7e\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c86398080a2ed1f616bcebe5fbb\" FOREIGN KEY (\"created_by_id\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_watchlist\"(\"id\", \"state_id\", \"kind\", \"name\", \"created_by_id\", \"created_at\", \"current_version_id\") SELECT \"id\", \"state_id\", \"kind\", \"name\", \"created_by_id\", \"created_at\", \"current_version_id\" FROM \"watchlist\"");
    await queryRunner.query("DROP TABLE \"watchlist\"");
    await queryRunner.query("ALTER TABLE \"temporary_watchlist\" RENAME TO \"watchlist\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b20b6e83845706c8556d4a880f\" ON \"watchlist\" (\"state_id\", \"name\") ");
    await queryRunner.query("DROP INDEX \"IDX_c7dc9c6e8efc3319485ce9b3ef\"");
    await queryRunner.query("CREATE TABLE \"temporary_watchlist_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"watchlist_id\" integer NOT NULL, \"state_id\" integer NOT NULL, \"number\" integer NOT NULL, \"previous_version_id\" integer, \"loaded_by_id\" integer NOT NULL, \"loaded_at\" datetime(6) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"file_sha256\" varchar(64) NOT NULL, \"file_size\" integer NOT NULL, \"generated_at\" varchar(40), \"entry_count\" integer NOT NULL, \"rows_read\" integer NOT NULL, \"skipped_count\" integer NOT NULL, \"added_count\" integer NOT NULL, \"removed_count\" integer NOT NULL, \"changed_count\" integer NOT NULL, CONSTRAINT \"FK_1759e73f4ae39ef17d63660527a\" FOREIGN KEY (\"watchlist_id\") REFERENCES \"watchlist\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_1bcc72d2b0cda1eb0a5042b3067\" FOREIGN KEY (\"loaded_by_id\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_watchlist_version\"(\"id\", \"watchlist_id\", \"state_id\", \"number\", \"previous_version_id\", \"loaded_by_id\", \"loaded_at\", \"file_name\", \"file_sha256\", \"file_size\", \"generated_at\", \"entry_count\", \"rows_read\", \"skipped_count\", \"added_count\", \"removed_count\", \"changed_count\") SELECT \"id\", \"watchlist_id\", \"state_id\", \"number\", \"previous_version_id\", \"loaded_by_id\", \"loaded_at\", \"file_name\", \"file_sha256\", \"file_size\", \"generated_at\", \"entry_count\", \"rows_read\", \"skipped_count\", \"added_count\", \"removed_count\", \"changed_count\" FROM \"watchlist_version\"");
    await queryRunner.query("DROP TABLE \"watchlist_version\"");
    await queryRunner.query("ALTER TABLE \"temporary_watchlist_version\" RENAME TO \"watchlist_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c7dc9c6e8efc3319485ce9b3ef\" ON \"watchlist_version\" (\"watchlist_id\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_ce33d4ad32ac2c3c19339ac893\"");
    await queryRunner.query("CREATE TABLE \"temporary_watchlist_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"change\" varchar(8) NOT NULL, \"reference\" varchar(191) NOT NULL, \"label\" varchar(255) NOT NULL, \"fields\" text, CONSTRAINT \"FK_540708900b2b1bb0232d3c279f5\" FOREIGN KEY (\"version_id\") REFERENCES \"watchlist_version\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_watchlist_change\"(\"id\", \"version_id\", \"change\", \"reference\", \"label\", \"fields\") SELECT \"id\", \"version_id\", \"change\", \"reference\", \"label\", \"fields\" FROM \"watchlist_change\"");
    await queryRunner.query("DROP TABLE \"watchlist_change\"");
    await queryRunner.query("ALTER TABLE \"temporary_watchlist_change\" RENAME TO \"watchlist_change\"");
    await queryRunner.query("CREATE INDEX \"IDX_ce33d4ad32ac2c3c19339ac893\" ON \"watchlist_change\" (\"version_id\", \"change\") ");
    await queryRunner.query("DROP INDEX \"IDX_b98476d2af4a591aed3bc438dc\"");
    await queryRunner.query("CREATE TABLE \"temporary_watchlist_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"reference\" varchar(191) NOT NULL, \"fingerprint\" varchar(64) NOT NULL, \"data\" text NOT NULL, CONSTRAINT \"FK_d320903ddeb59eba187d0a13c4b\" FOREIGN KEY (\"version_id\") REFERENCES \"watchlist_version\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_watchlist_entry\"(\"id\", \"version_id\", \"reference\", \"fingerprint\", \"data\") SELECT \"id\", \"version_id\", \"reference\", \"fingerprint\", \"data\" FROM \"watchlist_entry\"");
    await queryRunner.query("DROP TABLE \"watchlist_entry\"");
    await queryRunner.query("ALTER TABLE \"temporary_watchlist_entry\" RENAME TO \"watchlist_entry\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b98476d2af4a591aed3bc438dc\" ON \"watchlist_entry\" (\"version_id\", \"reference\") ");
    await queryRunner.query("DROP INDEX \"IDX_be714977b71c3e112bcd454b03\"");
    await queryRunner.query("CREATE TABLE \"temporary_watchlist_skipped_row\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"row\" integer NOT NULL, \"reason\" varchar(500) NOT NULL, CONSTRAINT \"FK_80038e58ba4dc3b26c09a861f58\" FOREIGN KEY (\"version_id\") REFERENCES \"watchlist_version\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_watchlist_skipped_row\"(\"id\", \"version_id\", \"row\", \"reason\") SELECT \"id\", \"version_id\", \"row\", \"reason\" FROM \"watchlist_skipped_row\"");
    await queryRunner.query("DROP TABLE \"watchlist_skipped_row\"");
    await queryRunner.query("ALTER TABLE \"temporary_watchlist_skipped_row\" RENAME TO \"watchlist_skipped_row\"");
    await queryRunner.query("CREATE INDEX \"IDX_be714977b71c3e112bcd454b03\" ON \"watchlist_skipped_row\" (\"version_id\", \"row\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_be714977b71c3e112bcd454b03\"");
    await queryRunner.query("ALTER TABLE \"watchlist_skipped_row\" RENAME TO \"temporary_watchlist_skipped_row\"");
    await queryRunner.query("CREATE TABLE \"watchlist_skipped_row\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"row\" integer NOT NULL, \"reason\" varchar(500) NOT NULL)");
    await queryRunner.query("INSERT INTO \"watchlist_skipped_row\"(\"id\", \"version_id\", \"row\", \"reason\") SELECT \"id\", \"version_id\", \"row\", \"reason\" FROM \"temporary_watchlist_skipped_row\"");
    await queryRunner.query("DROP TABLE \"temporary_watchlist_skipped_row\"");
    await queryRunner.query("CREATE INDEX \"IDX_be714977b71c3e112bcd454b03\" ON \"watchlist_skipped_row\" (\"version_id\", \"row\") ");
    await queryRunner.query("DROP INDEX \"IDX_b98476d2af4a591aed3bc438dc\"");
    await queryRunner.query("ALTER TABLE \"watchlist_entry\" RENAME TO \"temporary_watchlist_entry\"");
    await queryRunner.query("CREATE TABLE \"watchlist_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"reference\" varchar(191) NOT NULL, \"fingerprint\" varchar(64) NOT NULL, \"data\" text NOT NULL)");
    await queryRunner.query("INSERT INTO \"watchlist_entry\"(\"id\", \"version_id\", \"reference\", \"fingerprint\", \"data\") SELECT \"id\", \"version_id\", \"reference\", \"fingerprint\", \"data\" FROM \"temporary_watchlist_entry\"");
    await queryRunner.query("DROP TABLE \"temporary_watchlist_entry\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b98476d2af4a591aed3bc438dc\" ON \"watchlist_entry\" (\"version_id\", \"reference\") ");
    await queryRunner.query("DROP INDEX \"IDX_ce33d4ad32ac2c3c19339ac893\"");
    await queryRunner.query("ALTER TABLE \"watchlist_change\" RENAME TO \"temporary_watchlist_change\"");
    await queryRunner.query("CREATE TABLE \"watchlist_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version_id\" integer NOT NULL, \"change\" varchar(8) NOT NULL, \"reference\" varchar(191) NOT NULL, \"label\" varchar(255) NOT NULL, \"fields\" text)");
    await queryRunner.query("INSERT INTO \"watchlist_change\"(\"id\", \"version_id\", \"change\", \"reference\", \"label\", \"fields\") SELECT \"id\", \"version_id\", \"change\", \"reference\", \"label\", \"fields\" FROM \"temporary_watchlist_change\"");
    await queryRunner.query("DROP TABLE \"temporary_watchlist_change\"");
    await queryRunner.query("CREATE INDEX \"IDX_ce33d4ad32ac2c3c19339ac893\" ON \"watchlist_change\" (\"version_id\", \"change\") ");
    await queryRunner.query("DROP INDEX \"IDX_c7dc9c6e8efc3319485ce9b3ef\"");
    await queryRunner.query("ALTER TABLE \"watchlist_version\" RENAME TO \"temporary_watchlist_version\"");
    await queryRunner.query("CREATE TABLE \"watchlist_version\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"watchlist_id\" integer NOT NULL, \"state_id\" integer NOT NULL, \"number\" integer NOT NULL, \"previous_version_id\" integer, \"loaded_by_id\" integer NOT NULL, \"loaded_at\" datetime(6) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"file_sha256\" varchar(64) NOT NULL, \"file_size\" integer NOT NULL, \"generated_at\" varchar(40), \"entry_count\" integer NOT NULL, \"rows_read\" integer NOT NULL, \"skipped_count\" integer NOT NULL, \"added_count\" integer NOT NULL, \"removed_count\" integer NOT NULL, \"changed_count\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"watchlist_version\"(\"id\", \"watchlist_id\", \"state_id\", \"number\", \"previous_version_id\", \"loaded_by_id\", \"loaded_at\", \"file_name\", \"file_sha256\", \"file_size\", \"generated_at\", \"entry_count\", \"rows_read\", \"skipped_count\", \"added_count\", \"removed_count\", \"changed_count\") SELECT \"id\", \"watchlist_id\", \"state_id\", \"number\", \"previous_version_id\", \"loaded_by_id\", \"loaded_at\", \"file_name\", \"file_sha256\", \"file_size\", \"generated_at\", \"entry_count\", \"rows_read\", \"skipped_count\", \"added_count\", \"removed_count\", \"changed_count\" FROM \"temporary_watchlist_version\"");
    await queryRunner.query("DROP TABLE \"temporary_watchlist_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c7dc9c6e8efc3319485ce9b3ef\" ON \"watchlist_version\" (\"watchlist_id\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_b20b6e83845706c8556d4a880f\"");
    await queryRunner.query("ALTER TABLE \"watchlist\" RENAME TO \"temporary_watchlist\"");
    await queryRunner.query("CREATE TABLE \"watchlist\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120) NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL, \"current_version_id\" integer)");
    await queryRunner.query("INSERT INTO \"watchlist\"(\"id\", \"state_id\", \"kind\", \"name\", \"created_by_id\", \"created_at\", \"current_version_id\") SELECT \"id\", \"state_id\", \"kind\", \"name\", \"created_by_id\", \"created_at\", \"current_version_id\" FROM \"temporary_watchlist\"");
    await queryRunner.query("DROP TABLE \"temporary_watchlist\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b20b6e83845706c8556d4a880f\" ON \"watchlist\" (\"state_id\", \"name\") ");
    await queryRunner.query("DROP INDEX \"IDX_be714977b71c3e112bcd454b03\"");
    await queryRunner.query("DROP TABLE \"watchlist_skipped_row\"");
    await queryRunner.query("DROP INDEX \"IDX_b98476d2af4a591aed3bc438dc\"");
    await queryRunner.query("DROP TABLE \"watchlist_entry\"");
    await queryRunner.query("DROP INDEX \"IDX_ce33d4ad32ac2c3c19339ac893\"");
    await queryRunner.query("DROP TABLE \"watchlist_change\"");
    await queryRunner.query("DROP INDEX \"IDX_c7dc9c6e8efc3319485ce9b3ef\"");
    await queryRunner.query("DROP TABLE \"watchlist_version\"");
    await queryRunner.query("DROP INDEX \"IDX_b20b6e83845706c8556d4a880f\"");
    await queryRunner.query("DROP TABLE \"watchlist\"");
  }
}
