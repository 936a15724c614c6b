import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
// Written by hand: the FTS5 table and its triggers go (search_term is the index now), and the
// entries go too, as they have no words in search_term: members are put again at start-up,
// `search:reindex` puts back the rest.
export class SearchTerms1796150699816 implements MigrationInterface {
  name = 'SearchTerms1796150699816';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "search_entry_fts_update"');
    await queryRunner.query('DROP TRIGGER "search_entry_fts_delete"');
    await queryRunner.query('DROP TRIGGER "search_entry_fts_insert"');
    await queryRunner.query('DROP TABLE "search_entry_fts"');
    await queryRunner.query('DELETE FROM "search_entry"');
    await queryRunner.query(
      'CREATE TABLE "search_term" ("term" varchar(84) NOT NULL, "kind" varchar(16) NOT NULL, "score" smallint NOT NULL, "date" datetime(3) NOT NULL, "entry_id" integer NOT NULL, "iwg_id" integer, "language" varchar(16), "pillars" varchar(200) NOT NULL DEFAULT (\'\'), "visibility_level" varchar(16) NOT NULL, "visibility_region_id" integer, "visibility_state_id" integer, PRIMARY KEY ("term", "kind", "score", "date", "entry_id")) WITHOUT ROWID',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_search_term_entry_term" ON "search_term" ("entry_id", "term") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_search_term_entry_term"');
    await queryRunner.query('DROP TABLE "search_term"');
    await queryRunner.query(
      "CREATE VIRTUAL TABLE \"search_entry_fts\" USING fts5(terms, content='search_entry', content_rowid='id', tokenize='unicode61')",
    );
    await queryRunner.query(
      'CREATE TRIGGER "search_entry_fts_insert" AFTER INSERT ON "search_entry" BEGIN INSERT INTO "search_entry_fts"(rowid, terms) VALUES (new."id", new."terms"); END',
    );
    await queryRunner.query(
      'CREATE TRIGGER "search_entry_fts_delete" AFTER DELETE ON "search_entry" BEGIN INSERT INTO "search_entry_fts"("search_entry_fts", rowid, terms) VALUES (\'delete\', old."id", old."terms"); END',
    );
    await queryRunner.query(
      'CREATE TRIGGER "search_entry_fts_update" AFTER UPDATE ON "search_entry" BEGIN INSERT INTO "search_entry_fts"("search_entry_fts", rowid, terms) VALUES (\'delete\', old."id", old."terms"); INSERT INTO "search_entry_fts"(rowid, terms) VALUES (new."id", new."terms"); END',
    );
    await queryRunner.query(
      'INSERT INTO "search_entry_fts"("search_entry_fts") VALUES(\'rebuild\')',
    );
  }
}
