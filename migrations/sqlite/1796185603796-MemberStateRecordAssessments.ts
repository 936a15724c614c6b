import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class MemberStateRecordAssessments1796185603796 implements MigrationInterface {
  name = 'MemberStateRecordAssessments1796185603796';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"state_record\" (\"state_id\" integer PRIMARY KEY NOT NULL, \"deployment_status\" varchar(16) NOT NULL DEFAULT ('none'), \"maritime_applies\" boolean NOT NULL DEFAULT (0), \"context_note\" text, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"programme_status_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"from_status\" varchar(16), \"to_status\" varchar(16), \"effective_on\" varchar(10) NOT NULL, \"note\" varchar(500), \"recorded_by_id\" integer, \"recorded_by_name\" varchar(200), \"recorded_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_627f155154c11d55512bcf8a71\" ON \"programme_status_change\" (\"state_id\", \"effective_on\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"state_key_date\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"label\" varchar(200) NOT NULL, \"occurs_on\" varchar(10) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_2b570d9f532475bffbbf48aae4\" ON \"state_key_date\" (\"state_id\", \"occurs_on\") ");
    await queryRunner.query("CREATE TABLE \"state_roadmap_share\" (\"state_id\" integer NOT NULL, \"partner_id\" integer NOT NULL, \"shared_by_id\" integer, \"shared_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"state_id\", \"partner_id\"))");
    await queryRunner.query("CREATE TABLE \"assessment_indicator\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"pillar\" varchar(32) NOT NULL, \"code\" varchar(16) NOT NULL, \"text\" varchar(500) NOT NULL, \"guidance\" text, \"active\" boolean NOT NULL DEFAULT (1), \"position\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_faaafc403414261de9094b3c23\" ON \"assessment_indicator\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_375fb290ba51c068c555741edf\" ON \"assessment_indicator\" (\"pillar\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"assessment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('draft'), \"fieldwork_from\" varchar(10), \"fieldwork_to\" varchar(10), \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"finalised_at\" datetime(6), \"finalised_by_id\" integer, \"version\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE INDEX \"IDX_60aec0748dabb0eec4f698d3b0\" ON \"assessment\" (\"state_id\", \"status\", \"finalised_at\") ");
    await queryRunner.query("CREATE TABLE \"assessment_answer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assessment_id\" integer NOT NULL, \"indicator_id\" integer NOT NULL, \"level\" integer, \"evidence\" text, \"findings\" text, \"recommendations\" text, \"updated_by_id\" integer, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b057da7abc3ee2706db72d7383\" ON \"assessment_answer\" (\"assessment_id\", \"indicator_id\") ");
    await queryRunner.query("CREATE TABLE \"assessment_comment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assessment_id\" integer NOT NULL, \"indicator_id\" integer, \"author_id\" integer, \"author_name\" varchar(200) NOT NULL, \"body\" text NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_6b71e8addac683fdf39e970bb2\" ON \"assessment_comment\" (\"assessment_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_state_record\" (\"state_id\" integer PRIMARY KEY NOT NULL, \"deployment_status\" varchar(16) NOT NULL DEFAULT ('none'), \"maritime_applies\" boolean NOT NULL DEFAULT (0), \"context_note\" text, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_3faa614f89e95496ef660bd9205\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_state_record\"(\"state_id\", \"deployment_status\", \"maritime_applies\", \"context_note\", \"updated_at\") SELECT \"state_id\", \"deployment_status\", \"maritime_applies\", \"context_note\", \"updated_at\" FROM \"state_record\"");
    await queryRunner.query("DROP TABLE \"state_record\"");
    await queryRunner.query("ALTER TABLE \"temporary_state_record\" RENAME TO \"state_record\"");
    await queryRunner.query("DROP INDEX \"IDX_627f155154c11d55512bcf8a71\"");
    await queryRunner.query("CREATE TABLE \"temporary_programme_status_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"from_status\" varchar(16), \"to_status\" varchar(16), \"effective_on\" varchar(10) NOT NULL, \"note\" varchar(500), \"recorded_by_id\" integer, \"recorded_by_name\" varchar(200), \"recorded_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0aa9c48c6b1e4aefe9deb7355c7\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_programme_status_change\"(\"id\", \"state_id\", \"from_status\", \"to_status\", \"effective_on\", \"note\", \"recorded_by_id\", \"recorded_by_name\", \"recorded_at\") SELECT \"id\", \"state_id\", \"from_status\", \"to_status\", \"effective_on\", \"note\", \"recorded_by_id\", \"recorded_by_name\", \"recorded_at\" FROM \"programme_status_change\"");
    await queryRunner.query("DROP TABLE \"programme_status_change\"");
    await queryRunner.query("ALTER TABLE \"temporary_programme_status_change\" RENAME TO \"programme_status_change\"");
    await queryRunner.query("CREATE INDEX \"IDX_627f155154c11d55512bcf8a71\" ON \"programme_status_change\" (\"state_id\", \"effective_on\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_2b570d9f532475bffbbf48aae4\"");
    await queryRunner.query("CREATE TABLE \"temporary_state_key_date\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"label\" varchar(200) NOT NULL, \"occurs_on\" varchar(10) NOT NULL, CONSTRAINT \"FK_42777ce6548203a7851df18042d\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_state_key_date\"(\"id\", \"state_id\", \"label\", \"occurs_on\") SELECT \"id\", \"state_id\", \"label\", \"occurs_on\" FROM \"state_key_date\"");
    await queryRunner.query("DROP TABLE \"state_key_date\"");
    await queryRunner.query("ALTER TABLE \"temporary_state_key_date\" RENAME TO \"state_key_date\"");
    await queryRunner.query("CREATE INDEX \"IDX_2b570d9f532475bffbbf48aae4\" ON \"state_key_date\" (\"state_id\", \"occurs_on\") ");
    await queryRunner.query("CREATE TABLE \"temporary_state_roadmap_share\" (\"state_id\" integer NOT NULL, \"partner_id\" integer NOT NULL, \"shared_by_id\" integer, \"shared_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_d759cbe2d889c42388a6f545a9d\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_474a3bcbb233470c5ff953c400f\" FOREIGN KEY (\"partner_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"state_id\", \"partner_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_state_roadmap_share\"(\"state_id\", \"partner_id\", \"shared_by_id\", \"shared_at\") SELECT \"state_id\", \"partner_id\", \"shared_by_id\", \"shared_at\" FROM \"state_roadmap_share\"");
    await queryRunner.query("DROP TABLE \"state_roadmap_share\"");
    await queryRunner.query("ALTER TABLE \"temporary_state_roadmap_share\" RENAME TO \"state_roadmap_share\"");
    await queryRunner.query("DROP INDEX \"IDX_60aec0748dabb0eec4f698d3b0\"");
    await queryRunner.query("CREATE TABLE \"temporary_assessment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('draft'), \"fieldwork_from\" varchar(10), \"fieldwork_to\" varchar(10), \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"finalised_at\" datetime(6), \"finalised_by_id\" integer, \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"FK_d70d996eaddf49268752d9166e6\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assessment\"(\"id\", \"state_id\", \"title\", \"status\", \"fieldwork_from\", \"fieldwork_to\", \"created_by_id\", \"created_at\", \"updated_at\", \"finalised_at\", \"finalised_by_id\", \"version\") SELECT \"id\", \"state_id\", \"title\", \"status\", \"fieldwork_from\", \"fieldwork_to\", \"created_by_id\", \"created_at\", \"updated_at\", \"finalised_at\", \"finalised_by_id\", \"version\" FROM \"assessment\"");
    await queryRunner.query("DROP TABLE \"assessment\"");
    await queryRunner.query("ALTER TABLE \"temporary_assessment\" RENAME TO \"assessment\"");
    await queryRunner.query("CREATE INDEX \"IDX_60aec0748dabb0eec4f698d3b0\" ON \"assessment\" (\"state_id\", \"status\", \"finalised_at\") ");
    await queryRunner.query("DROP INDEX \"IDX_b057da7abc3ee2706db72d7383\"");
    await queryRunner.query("CREATE TABLE \"temporary_assessment_answer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assessment_id\" integer NOT NULL, \"indicator_id\" integer NOT NULL, \"level\" integer, \"evidence\" text, \"findings\" text, \"recommendations\" text, \"updated_by_id\" integer, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_a3eb2246460bab17fc03fb0537b\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_8cc4c8ad8125e421e499ed7091a\" FOREIGN KEY (\"indicator_id\") REFERENCES \"assessment_indicator\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assessment_answer\"(\"id\", \"assessment_id\", \"indicator_id\", \"level\", \"evidence\", \"findings\", \"recommendations\", \"updated_by_id\", \"updated_at\") SELECT \"id\", \"assessment_id\", \"indicator_id\", \"level\", \"evidence\", \"findings\", \"recommendations\", \"updated_by_id\", \"updated_at\" FROM \"assessment_answer\"");
    await queryRunner.query("DROP TABLE \"assessment_answer\"");
    await queryRunner.query("ALTER TABLE \"temporary_assessment_answer\" RENAME TO \"assessment_answer\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b057da7abc3ee2706db72d7383\" ON \"assessment_answer\" (\"assessment_id\", \"indicator_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_6b71e8addac683fdf39e970bb2\"");
    await queryRunner.query("CREATE TABLE \"temporary_assessment_comment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assessment_id\" integer NOT NULL, \"indicator_id\" integer, \"author_id\" integer, \"author_name\" varchar(200) NOT NULL, \"body\" text NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_5dcc3de1de8775318660360fad7\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assessment_comment\"(\"id\", \"assessment_id\", \"indicator_id\", \"author_id\", \"author_name\", \"body\", \"created_at\") SELECT \"id\", \"assessment_id\", \"indicator_id\", \"author_id\", \"author_name\", \"body\", \"created_at\" FROM \"assessment_comment\"");
    await queryRunner.query("DROP TABLE \"assessment_comment\"");
    await queryRunner.query("ALTER TABLE \"temporary_assessment_comment\" RENAME TO \"assessment_comment\"");
    await queryRunner.query("CREATE INDEX \"IDX_6b71e8addac683fdf39e970bb2\" ON \"assessment_comment\" (\"assessment_id\", \"id\") ");
    // The status called `beneficiary` is `joined` now; each State's current status starts its
    // history (recorded by nobody, on the day the organisation row last changed).
    await queryRunner.query(`UPDATE "organisation" SET "programme_status" = 'joined' WHERE "programme_status" = 'beneficiary'`);
    await queryRunner.query(`INSERT INTO "programme_status_change" ("state_id", "from_status", "to_status", "effective_on") SELECT "id", NULL, "programme_status", substr("updated_at", 1, 10) FROM "organisation" WHERE "kind" = 'state' AND "programme_status" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "organisation" SET "programme_status" = 'beneficiary' WHERE "programme_status" = 'joined'`);
    await queryRunner.query(`UPDATE "organisation" SET "programme_status" = 'implementing' WHERE "programme_status" = 'graduated'`);
    await queryRunner.query("DROP INDEX \"IDX_6b71e8addac683fdf39e970bb2\"");
    await queryRunner.query("ALTER TABLE \"assessment_comment\" RENAME TO \"temporary_assessment_comment\"");
    await queryRunner.query("CREATE TABLE \"assessment_comment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assessment_id\" integer NOT NULL, \"indicator_id\" integer, \"author_id\" integer, \"author_name\" varchar(200) NOT NULL, \"body\" text NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"assessment_comment\"(\"id\", \"assessment_id\", \"indicator_id\", \"author_id\", \"author_name\", \"body\", \"created_at\") SELECT \"id\", \"assessment_id\", \"indicator_id\", \"author_id\", \"author_name\", \"body\", \"created_at\" FROM \"temporary_assessment_comment\"");
    await queryRunner.query("DROP TABLE \"temporary_assessment_comment\"");
    await queryRunner.query("CREATE INDEX \"IDX_6b71e8addac683fdf39e970bb2\" ON \"assessment_comment\" (\"assessment_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_b057da7abc3ee2706db72d7383\"");
    await queryRunner.query("ALTER TABLE \"assessment_answer\" RENAME TO \"temporary_assessment_answer\"");
    await queryRunner.query("CREATE TABLE \"assessment_answer\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assessment_id\" integer NOT NULL, \"indicator_id\" integer NOT NULL, \"level\" integer, \"evidence\" text, \"findings\" text, \"recommendations\" text, \"updated_by_id\" integer, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"assessment_answer\"(\"id\", \"assessment_id\", \"indicator_id\", \"level\", \"evidence\", \"findings\", \"recommendations\", \"updated_by_id\", \"updated_at\") SELECT \"id\", \"assessment_id\", \"indicator_id\", \"level\", \"evidence\", \"findings\", \"recommendations\", \"updated_by_id\", \"updated_at\" FROM \"temporary_assessment_answer\"");
    await queryRunner.query("DROP TABLE \"temporary_assessment_answer\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b057da7abc3ee2706db72d7383\" ON \"assessment_answer\" (\"assessment_id\", \"indicator_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_60aec0748dabb0eec4f698d3b0\"");
    await queryRunner.query("ALTER TABLE \"assessment\" RENAME TO \"temporary_assessment\"");
    await queryRunner.query("CREATE TABLE \"assessment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('draft'), \"fieldwork_from\" varchar(10), \"fieldwork_to\" varchar(10), \"created_by_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"finalised_at\" datetime(6), \"finalised_by_id\" integer, \"version\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("INSERT INTO \"assessment\"(\"id\", \"state_id\", \"title\", \"status\", \"fieldwork_from\", \"fieldwork_to\", \"created_by_id\", \"created_at\", \"updated_at\", \"finalised_at\", \"finalised_by_id\", \"version\") SELECT \"id\", \"state_id\", \"title\", \"status\", \"fieldwork_from\", \"fieldwork_to\", \"created_by_id\", \"created_at\", \"updated_at\", \"finalised_at\", \"finalised_by_id\", \"version\" FROM \"temporary_assessment\"");
    await queryRunner.query("DROP TABLE \"temporary_assessment\"");
    await queryRunner.query("CREATE INDEX \"IDX_60aec0748dabb0eec4f698d3b0\" ON \"assessment\" (\"state_id\", \"status\", \"finalised_at\") ");
    await queryRunner.query("ALTER TABLE \"state_roadmap_share\" RENAME TO \"temporary_state_roadmap_share\"");
    await queryRunner.query("CREATE TABLE \"state_roadmap_share\" (\"state_id\" integer NOT NULL, \"partner_id\" integer NOT NULL, \"shared_by_id\" integer, \"shared_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"state_id\", \"partner_id\"))");
    await queryRunner.query("INSERT INTO \"state_roadmap_share\"(\"state_id\", \"partner_id\", \"shared_by_id\", \"shared_at\") SELECT \"state_id\", \"partner_id\", \"shared_by_id\", \"shared_at\" FROM \"temporary_state_roadmap_share\"");
    await queryRunner.query("DROP TABLE \"temporary_state_roadmap_share\"");
    await queryRunner.query("DROP INDEX \"IDX_2b570d9f532475bffbbf48aae4\"");
    await queryRunner.query("ALTER TABLE \"state_key_date\" RENAME TO \"temporary_state_key_date\"");
    await queryRunner.query("CREATE TABLE \"state_key_date\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"label\" varchar(200) NOT NULL, \"occurs_on\" varchar(10) NOT NULL)");
    await queryRunner.query("INSERT INTO \"state_key_date\"(\"id\", \"state_id\", \"label\", \"occurs_on\") SELECT \"id\", \"state_id\", \"label\", \"occurs_on\" FROM \"temporary_state_key_date\"");
    await queryRunner.query("DROP TABLE \"temporary_state_key_date\"");
    await queryRunner.query("CREATE INDEX \"IDX_2b570d9f532475bffbbf48aae4\" ON \"state_key_date\" (\"state_id\", \"occurs_on\") ");
    await queryRunner.query("DROP INDEX \"IDX_627f155154c11d55512bcf8a71\"");
    await queryRunner.query("ALTER TABLE \"programme_status_change\" RENAME TO \"temporary_programme_status_change\"");
    await queryRunner.query("CREATE TABLE \"programme_status_change\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"from_status\" varchar(16), \"to_status\" varchar(16), \"effective_on\" varchar(10) NOT NULL, \"note\" varchar(500), \"recorded_by_id\" integer, \"recorded_by_name\" varchar(200), \"recorded_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"programme_status_change\"(\"id\", \"state_id\", \"from_status\", \"to_status\", \"effective_on\", \"note\", \"recorded_by_id\", \"recorded_by_name\", \"recorded_at\") SELECT \"id\", \"state_id\", \"from_status\", \"to_status\", \"effective_on\", \"note\", \"recorded_by_id\", \"recorded_by_name\", \"recorded_at\" FROM \"temporary_programme_status_change\"");
    await queryRunner.query("DROP TABLE \"temporary_programme_status_change\"");
    await queryRunner.query("CREATE INDEX \"IDX_627f155154c11d55512bcf8a71\" ON \"programme_status_change\" (\"state_id\", \"effective_on\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"state_record\" RENAME TO \"temporary_state_record\"");
    await queryRunner.query("CREATE TABLE \"state_record\" (\"state_id\" integer PRIMARY KEY NOT NULL, \"deployment_status\" varchar(16) NOT NULL DEFAULT ('none'), \"maritime_applies\" boolean NOT NULL DEFAULT (0), \"context_note\" text, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"state_record\"(\"state_id\", \"deployment_status\", \"maritime_applies\", \"context_note\", \"updated_at\") SELECT \"state_id\", \"deployment_status\", \"maritime_applies\", \"context_note\", \"updated_at\" FROM \"temporary_state_record\"");
    await queryRunner.query("DROP TABLE \"temporary_state_record\"");
    await queryRunner.query("DROP INDEX \"IDX_6b71e8addac683fdf39e970bb2\"");
    await queryRunner.query("DROP TABLE \"assessment_comment\"");
    await queryRunner.query("DROP INDEX \"IDX_b057da7abc3ee2706db72d7383\"");
    await queryRunner.query("DROP TABLE \"assessment_answer\"");
    await queryRunner.query("DROP INDEX \"IDX_60aec0748dabb0eec4f698d3b0\"");
    await queryRunner.query("DROP TABLE \"assessment\"");
    await queryRunner.query("DROP INDEX \"IDX_375fb290ba51c068c555741edf\"");
    await queryRunner.query("DROP INDEX \"IDX_faaafc403414261de9094b3c23\"");
    await queryRunner.query("DROP TABLE \"assessment_indicator\"");
    await queryRunner.query("DROP TABLE \"state_roadmap_share\"");
    await queryRunner.query("DROP INDEX \"IDX_2b570d9f532475bffbbf48aae4\"");
    await queryRunner.query("DROP TABLE \"state_key_date\"");
    await queryRunner.query("DROP INDEX \"IDX_627f155154c11d55512bcf8a71\"");
    await queryRunner.query("DROP TABLE \"programme_status_change\"");
    await queryRunner.query("DROP TABLE \"state_record\"");
  }
}
