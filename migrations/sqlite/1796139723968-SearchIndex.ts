import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
// The column order, the FTS5 table and its triggers are written by hand (see SearchEntry).
export class SearchIndex1796139723968 implements MigrationInterface {
  name = 'SearchIndex1796139723968';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"search_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(16) NOT NULL, \"ref_id\" integer NOT NULL, \"title\" varchar(300) NOT NULL, \"tags\" varchar(500) NOT NULL DEFAULT (''), \"language\" varchar(16), \"pillars\" varchar(200) NOT NULL DEFAULT (''), \"iwg_id\" integer, \"url\" varchar(500), \"date\" datetime(3) NOT NULL, \"title_terms\" text NOT NULL, \"lead_terms\" varchar(600) NOT NULL, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, \"body\" text NOT NULL, \"terms\" text NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_search_entry_kind_ref\" ON \"search_entry\" (\"kind\", \"ref_id\") ");
    // Written by hand: the long texts last in the row (SQLite then reads the short columns a
    // search filters on without following a text's overflow pages), and, as TypeORM knows no
    // FTS5, the full-text index over `terms`: an external-content FTS5 table kept in step by
    // triggers, in the transaction of each write.
    await queryRunner.query("CREATE VIRTUAL TABLE \"search_entry_fts\" USING fts5(terms, content='search_entry', content_rowid='id', tokenize='unicode61')");
    await queryRunner.query("CREATE TRIGGER \"search_entry_fts_insert\" AFTER INSERT ON \"search_entry\" BEGIN INSERT INTO \"search_entry_fts\"(rowid, terms) VALUES (new.\"id\", new.\"terms\"); END");
    await queryRunner.query("CREATE TRIGGER \"search_entry_fts_delete\" AFTER DELETE ON \"search_entry\" BEGIN INSERT INTO \"search_entry_fts\"(\"search_entry_fts\", rowid, terms) VALUES ('delete', old.\"id\", old.\"terms\"); END");
    await queryRunner.query("CREATE TRIGGER \"search_entry_fts_update\" AFTER UPDATE ON \"search_entry\" BEGIN INSERT INTO \"search_entry_fts\"(\"search_entry_fts\", rowid, terms) VALUES ('delete', old.\"id\", old.\"terms\"); INSERT INTO \"search_entry_fts\"(rowid, terms) VALUES (new.\"id\", new.\"terms\"); END");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER \"search_entry_fts_update\"");
    await queryRunner.query("DROP TRIGGER \"search_entry_fts_delete\"");
    await queryRunner.query("DROP TRIGGER \"search_entry_fts_insert\"");
    await queryRunner.query("DROP TABLE \"search_entry_fts\"");
    await queryRunner.query("DROP INDEX \"UQ_search_entry_kind_ref\"");
    await queryRunner.query("DROP TABLE \"search_entry\"");
  }
}
