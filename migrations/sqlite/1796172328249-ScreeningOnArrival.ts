import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class ScreeningOnArrival1796172328249 implements MigrationInterface {
  name = 'ScreeningOnArrival1796172328249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"screening_flight\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"flight_key\" varchar(120) NOT NULL, \"carrier\" varchar(3), \"number\" varchar(8), \"departure_local\" varchar(16), \"departure_at\" datetime, \"departure_location\" varchar(8), \"arrival_location\" varchar(8), \"arrival_local\" varchar(16), \"traveller_count\" integer NOT NULL DEFAULT (0), \"first_message_at\" datetime(3) NOT NULL, \"last_message_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_7319e650b0f7d5dba1391c08ab\" ON \"screening_flight\" (\"state_id\", \"departure_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1732b7cc7ed3e443edf74f3595\" ON \"screening_flight\" (\"state_id\", \"flight_key\") ");
    await queryRunner.query("CREATE TABLE \"screening_traveller\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"flight_id\" integer NOT NULL, \"role\" varchar(24) NOT NULL, \"nationality\" varchar(3), \"from_api\" boolean NOT NULL DEFAULT (0), \"from_pnr\" boolean NOT NULL DEFAULT (0), \"document_hash\" varchar(64), \"name_dob_hash\" varchar(64), \"booking_hash\" varchar(64), \"name_hash\" varchar(64) NOT NULL, \"data_hash\" varchar(64) NOT NULL, \"personal\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_750cbfe3c3dbaec3c563857376\" ON \"screening_traveller\" (\"state_id\", \"name_dob_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_222cd71ae7da835e0a2dd3b6ba\" ON \"screening_traveller\" (\"state_id\", \"document_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_568a6f7f200a2566a5699101bf\" ON \"screening_traveller\" (\"flight_id\") ");
    await queryRunner.query("CREATE TABLE \"screening_traveller_source\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"traveller_id\" integer NOT NULL, \"message_id\" integer NOT NULL, \"unit\" integer NOT NULL, \"position\" integer NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_7facbd89acacc6f549868d67b5\" ON \"screening_traveller_source\" (\"traveller_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_7ddb347ea2ac600e3dee08ddb1\" ON \"screening_traveller_source\" (\"message_id\", \"unit\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"screening_hit\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"flight_id\" integer NOT NULL, \"traveller_id\" integer NOT NULL, \"message_id\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"severity\" varchar(10) NOT NULL, \"severity_rank\" integer NOT NULL, \"score\" float NOT NULL, \"dedupe_key\" varchar(191) NOT NULL, \"list_id\" integer, \"list_version_id\" integer, \"entry_reference\" varchar(191), \"entry_fingerprint\" varchar(64), \"rule_id\" integer, \"rule_version\" integer, \"detail\" text NOT NULL, \"status\" varchar(12) NOT NULL DEFAULT ('new'), \"assignee_id\" integer, \"departure_at\" datetime, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"revision\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE INDEX \"IDX_36d43627b0d420db531441aeb6\" ON \"screening_hit\" (\"flight_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7b621301059619d821078f516f\" ON \"screening_hit\" (\"state_id\", \"status\", \"severity_rank\", \"departure_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_aa9f1b11a9d6a207ed8e3d4cbf\" ON \"screening_hit\" (\"traveller_id\", \"dedupe_key\") ");
    await queryRunner.query("CREATE TABLE \"screening_false_match\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"identity_hash\" varchar(64) NOT NULL, \"data_hash\" varchar(64) NOT NULL, \"entry_reference\" varchar(191) NOT NULL, \"entry_fingerprint\" varchar(64) NOT NULL, \"hit_id\" integer NOT NULL, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_7506c571e40b5add0a033d0843\" ON \"screening_false_match\" (\"state_id\", \"identity_hash\", \"entry_reference\") ");
    await queryRunner.query("DROP INDEX \"IDX_3bf751ebe4859db02f4f49def8\"");
    await queryRunner.query("DROP INDEX \"IDX_aafaa8c06b151759561cadb40e\"");
    await queryRunner.query("DROP INDEX \"IDX_b03ae2285cf5025fc7653cf4f2\"");
    await queryRunner.query("CREATE TABLE \"temporary_screening_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"kind\" varchar(8), \"status\" varchar(20) NOT NULL, \"screening_state\" varchar(16) NOT NULL, \"source\" varchar(8) NOT NULL, \"carrier_id\" integer, \"key_id\" integer, \"uploader_id\" integer, \"received_at\" datetime(6) NOT NULL, \"received_on\" varchar(10) NOT NULL, \"size\" integer NOT NULL, \"error_count\" integer NOT NULL DEFAULT (0), \"warning_count\" integer NOT NULL DEFAULT (0), \"error_code\" varchar(40), \"diagnostics\" text NOT NULL, \"common_access\" varchar(70), \"parts_expected\" integer, \"open_group\" varchar(110), \"flight_carrier\" varchar(3), \"flight_number\" varchar(8), \"departure_local\" varchar(16), \"departure_location\" varchar(8), \"departure_country\" varchar(3), \"arrival_location\" varchar(8), \"arrival_country\" varchar(3), \"lead_minutes\" integer, \"traveller_count\" integer NOT NULL DEFAULT (0), \"with_document\" integer NOT NULL DEFAULT (0), \"with_date_of_birth\" integer NOT NULL DEFAULT (0), \"with_nationality\" integer NOT NULL DEFAULT (0), \"flight_id\" integer, \"screened_at\" datetime(3), \"screened_with\" varchar(1000), CONSTRAINT \"FK_98f452ad69770336cac4fe3ba49\" FOREIGN KEY (\"carrier_id\") REFERENCES \"screening_carrier\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_eb32f519b742500560cfc970664\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_screening_message\"(\"id\", \"state_id\", \"kind\", \"status\", \"screening_state\", \"source\", \"carrier_id\", \"key_id\", \"uploader_id\", \"received_at\", \"received_on\", \"size\", \"error_count\", \"warning_count\", \"error_code\", \"diagnostics\", \"common_access\", \"parts_expected\", \"open_group\", \"flight_carrier\", \"flight_number\", \"departure_local\", \"departure_location\", \"departure_country\", \"arrival_location\", \"arrival_country\", \"lead_minutes\", \"traveller_count\", \"with_document\", \"with_date_of_birth\", \"with_nationality\") SELECT \"id\", \"state_id\", \"kind\", \"status\", \"screening_state\", \"source\", \"carrier_id\", \"key_id\", \"uploader_id\", \"received_at\", \"received_on\", \"size\", \"error_count\", \"warning_count\", \"error_code\", \"diagnostics\", \"common_access\", \"parts_expected\", \"open_group\", \"flight_carrier\", \"flight_number\", \"departure_local\", \"departure_location\", \"departure_country\", \"arrival_location\", \"arrival_country\", \"lead_minutes\", \"traveller_count\", \"with_document\", \"with_date_of_birth\", \"with_nationality\" FROM \"screening_message\"");
    await queryRunner.query("DROP TABLE \"screening_message\"");
    await queryRunner.query("ALTER TABLE \"temporary_screening_message\" RENAME TO \"screening_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_3bf751ebe4859db02f4f49def8\" ON \"screening_message\" (\"state_id\", \"received_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_aafaa8c06b151759561cadb40e\" ON \"screening_message\" (\"state_id\", \"carrier_id\", \"received_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b03ae2285cf5025fc7653cf4f2\" ON \"screening_message\" (\"state_id\", \"open_group\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dd744ebcc69b3d60770c6352c1\" ON \"screening_message\" (\"flight_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_03f19245c33040fa4220b4ea6d\" ON \"screening_message\" (\"screening_state\", \"received_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_03f19245c33040fa4220b4ea6d\"");
    await queryRunner.query("DROP INDEX \"IDX_dd744ebcc69b3d60770c6352c1\"");
    await queryRunner.query("DROP INDEX \"IDX_b03ae2285cf5025fc7653cf4f2\"");
    await queryRunner.query("DROP INDEX \"IDX_aafaa8c06b151759561cadb40e\"");
    await queryRunner.query("DROP INDEX \"IDX_3bf751ebe4859db02f4f49def8\"");
    await queryRunner.query("ALTER TABLE \"screening_message\" RENAME TO \"temporary_screening_message\"");
    await queryRunner.query("CREATE TABLE \"screening_message\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"kind\" varchar(8), \"status\" varchar(20) NOT NULL, \"screening_state\" varchar(16) NOT NULL, \"source\" varchar(8) NOT NULL, \"carrier_id\" integer, \"key_id\" integer, \"uploader_id\" integer, \"received_at\" datetime(6) NOT NULL, \"received_on\" varchar(10) NOT NULL, \"size\" integer NOT NULL, \"error_count\" integer NOT NULL DEFAULT (0), \"warning_count\" integer NOT NULL DEFAULT (0), \"error_code\" varchar(40), \"diagnostics\" text NOT NULL, \"common_access\" varchar(70), \"parts_expected\" integer, \"open_group\" varchar(110), \"flight_carrier\" varchar(3), \"flight_number\" varchar(8), \"departure_local\" varchar(16), \"departure_location\" varchar(8), \"departure_country\" varchar(3), \"arrival_location\" varchar(8), \"arrival_country\" varchar(3), \"lead_minutes\" integer, \"traveller_count\" integer NOT NULL DEFAULT (0), \"with_document\" integer NOT NULL DEFAULT (0), \"with_date_of_birth\" integer NOT NULL DEFAULT (0), \"with_nationality\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_98f452ad69770336cac4fe3ba49\" FOREIGN KEY (\"carrier_id\") REFERENCES \"screening_carrier\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_eb32f519b742500560cfc970664\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"screening_message\"(\"id\", \"state_id\", \"kind\", \"status\", \"screening_state\", \"source\", \"carrier_id\", \"key_id\", \"uploader_id\", \"received_at\", \"received_on\", \"size\", \"error_count\", \"warning_count\", \"error_code\", \"diagnostics\", \"common_access\", \"parts_expected\", \"open_group\", \"flight_carrier\", \"flight_number\", \"departure_local\", \"departure_location\", \"departure_country\", \"arrival_location\", \"arrival_country\", \"lead_minutes\", \"traveller_count\", \"with_document\", \"with_date_of_birth\", \"with_nationality\") SELECT \"id\", \"state_id\", \"kind\", \"status\", \"screening_state\", \"source\", \"carrier_id\", \"key_id\", \"uploader_id\", \"received_at\", \"received_on\", \"size\", \"error_count\", \"warning_count\", \"error_code\", \"diagnostics\", \"common_access\", \"parts_expected\", \"open_group\", \"flight_carrier\", \"flight_number\", \"departure_local\", \"departure_location\", \"departure_country\", \"arrival_location\", \"arrival_country\", \"lead_minutes\", \"traveller_count\", \"with_document\", \"with_date_of_birth\", \"with_nationality\" FROM \"temporary_screening_message\"");
    await queryRunner.query("DROP TABLE \"temporary_screening_message\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b03ae2285cf5025fc7653cf4f2\" ON \"screening_message\" (\"state_id\", \"open_group\") ");
    await queryRunner.query("CREATE INDEX \"IDX_aafaa8c06b151759561cadb40e\" ON \"screening_message\" (\"state_id\", \"carrier_id\", \"received_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3bf751ebe4859db02f4f49def8\" ON \"screening_message\" (\"state_id\", \"received_at\") ");
    await queryRunner.query("DROP INDEX \"IDX_7506c571e40b5add0a033d0843\"");
    await queryRunner.query("DROP TABLE \"screening_false_match\"");
    await queryRunner.query("DROP INDEX \"IDX_aa9f1b11a9d6a207ed8e3d4cbf\"");
    await queryRunner.query("DROP INDEX \"IDX_7b621301059619d821078f516f\"");
    await queryRunner.query("DROP INDEX \"IDX_36d43627b0d420db531441aeb6\"");
    await queryRunner.query("DROP TABLE \"screening_hit\"");
    await queryRunner.query("DROP INDEX \"IDX_7ddb347ea2ac600e3dee08ddb1\"");
    await queryRunner.query("DROP INDEX \"IDX_7facbd89acacc6f549868d67b5\"");
    await queryRunner.query("DROP TABLE \"screening_traveller_source\"");
    await queryRunner.query("DROP INDEX \"IDX_568a6f7f200a2566a5699101bf\"");
    await queryRunner.query("DROP INDEX \"IDX_222cd71ae7da835e0a2dd3b6ba\"");
    await queryRunner.query("DROP INDEX \"IDX_750cbfe3c3dbaec3c563857376\"");
    await queryRunner.query("DROP TABLE \"screening_traveller\"");
    await queryRunner.query("DROP INDEX \"IDX_1732b7cc7ed3e443edf74f3595\"");
    await queryRunner.query("DROP INDEX \"IDX_7319e650b0f7d5dba1391c08ab\"");
    await queryRunner.query("DROP TABLE \"screening_flight\"");
  }
}
