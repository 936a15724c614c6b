import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class IwgMeetings1796150904236 implements MigrationInterface {
  name = 'IwgMeetings1796150904236';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"iwg_meeting_agenda_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meeting_id\" integer NOT NULL, \"position\" integer NOT NULL, \"title\" varchar(300) NOT NULL, \"presenter\" varchar(200), \"duration_minutes\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_bdec570bab830a18ba4b45c05d\" ON \"iwg_meeting_agenda_item\" (\"meeting_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"iwg_meeting\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"time_zone\" varchar(64) NOT NULL, \"mode\" varchar(16) NOT NULL, \"online_url\" varchar(500), \"place\" varchar(300), \"status\" varchar(16) NOT NULL DEFAULT ('scheduled'), \"sequence\" integer NOT NULL DEFAULT (0), \"minutes\" text, \"minutes_html\" text, \"minutes_recorded_at\" datetime(3), \"thread_id\" integer, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("CREATE INDEX \"IDX_49e7029c5a1b603673f44099eb\" ON \"iwg_meeting\" (\"status\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f961d7b4930c6625ccbe2fe074\" ON \"iwg_meeting\" (\"iwg_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"iwg_action_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meeting_id\" integer NOT NULL, \"iwg_id\" integer NOT NULL, \"title\" varchar(500) NOT NULL, \"owner_id\" integer NOT NULL, \"due_on\" varchar(10) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('open'), \"reminder_sent_for\" varchar(10), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_2e07ebcf37c1e269739b83cdfe\" ON \"iwg_action_item\" (\"meeting_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_676abf107ac6f8041100b35b50\" ON \"iwg_action_item\" (\"iwg_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e9c853734841622f2e69e49367\" ON \"iwg_action_item\" (\"owner_id\", \"status\", \"due_on\") ");
    await queryRunner.query("DROP INDEX \"IDX_bdec570bab830a18ba4b45c05d\"");
    await queryRunner.query("CREATE TABLE \"temporary_iwg_meeting_agenda_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meeting_id\" integer NOT NULL, \"position\" integer NOT NULL, \"title\" varchar(300) NOT NULL, \"presenter\" varchar(200), \"duration_minutes\" integer, CONSTRAINT \"FK_0c0ae1e2be1a8921392d2312317\" FOREIGN KEY (\"meeting_id\") REFERENCES \"iwg_meeting\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_iwg_meeting_agenda_item\"(\"id\", \"meeting_id\", \"position\", \"title\", \"presenter\", \"duration_minutes\") SELECT \"id\", \"meeting_id\", \"position\", \"title\", \"presenter\", \"duration_minutes\" FROM \"iwg_meeting_agenda_item\"");
    await queryRunner.query("DROP TABLE \"iwg_meeting_agenda_item\"");
    await queryRunner.query("ALTER TABLE \"temporary_iwg_meeting_agenda_item\" RENAME TO \"iwg_meeting_agenda_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_bdec570bab830a18ba4b45c05d\" ON \"iwg_meeting_agenda_item\" (\"meeting_id\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_49e7029c5a1b603673f44099eb\"");
    await queryRunner.query("DROP INDEX \"IDX_f961d7b4930c6625ccbe2fe074\"");
    await queryRunner.query("CREATE TABLE \"temporary_iwg_meeting\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"time_zone\" varchar(64) NOT NULL, \"mode\" varchar(16) NOT NULL, \"online_url\" varchar(500), \"place\" varchar(300), \"status\" varchar(16) NOT NULL DEFAULT ('scheduled'), \"sequence\" integer NOT NULL DEFAULT (0), \"minutes\" text, \"minutes_html\" text, \"minutes_recorded_at\" datetime(3), \"thread_id\" integer, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, CONSTRAINT \"FK_661876cd346e45c065d9d77b8e9\" FOREIGN KEY (\"iwg_id\") REFERENCES \"iwg\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_iwg_meeting\"(\"id\", \"iwg_id\", \"title\", \"starts_at\", \"ends_at\", \"time_zone\", \"mode\", \"online_url\", \"place\", \"status\", \"sequence\", \"minutes\", \"minutes_html\", \"minutes_recorded_at\", \"thread_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"iwg_id\", \"title\", \"starts_at\", \"ends_at\", \"time_zone\", \"mode\", \"online_url\", \"place\", \"status\", \"sequence\", \"minutes\", \"minutes_html\", \"minutes_recorded_at\", \"thread_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"iwg_meeting\"");
    await queryRunner.query("DROP TABLE \"iwg_meeting\"");
    await queryRunner.query("ALTER TABLE \"temporary_iwg_meeting\" RENAME TO \"iwg_meeting\"");
    await queryRunner.query("CREATE INDEX \"IDX_49e7029c5a1b603673f44099eb\" ON \"iwg_meeting\" (\"status\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f961d7b4930c6625ccbe2fe074\" ON \"iwg_meeting\" (\"iwg_id\", \"starts_at\") ");
    await queryRunner.query("DROP INDEX \"IDX_2e07ebcf37c1e269739b83cdfe\"");
    await queryRunner.query("DROP INDEX \"IDX_676abf107ac6f8041100b35b50\"");
    await queryRunner.query("DROP INDEX \"IDX_e9c853734841622f2e69e49367\"");
    await queryRunner.query("CREATE TABLE \"temporary_iwg_action_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meeting_id\" integer NOT NULL, \"iwg_id\" integer NOT NULL, \"title\" varchar(500) NOT NULL, \"owner_id\" integer NOT NULL, \"due_on\" varchar(10) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('open'), \"reminder_sent_for\" varchar(10), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2e07ebcf37c1e269739b83cdfeb\" FOREIGN KEY (\"meeting_id\") REFERENCES \"iwg_meeting\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_60e8df211c172675e52ec478baa\" FOREIGN KEY (\"owner_id\") REFERENCES \"user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_iwg_action_item\"(\"id\", \"meeting_id\", \"iwg_id\", \"title\", \"owner_id\", \"due_on\", \"status\", \"reminder_sent_for\", \"created_by_id\", \"created_at\", \"updated_at\") SELECT \"id\", \"meeting_id\", \"iwg_id\", \"title\", \"owner_id\", \"due_on\", \"status\", \"reminder_sent_for\", \"created_by_id\", \"created_at\", \"updated_at\" FROM \"iwg_action_item\"");
    await queryRunner.query("DROP TABLE \"iwg_action_item\"");
    await queryRunner.query("ALTER TABLE \"temporary_iwg_action_item\" RENAME TO \"iwg_action_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_2e07ebcf37c1e269739b83cdfe\" ON \"iwg_action_item\" (\"meeting_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_676abf107ac6f8041100b35b50\" ON \"iwg_action_item\" (\"iwg_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e9c853734841622f2e69e49367\" ON \"iwg_action_item\" (\"owner_id\", \"status\", \"due_on\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_e9c853734841622f2e69e49367\"");
    await queryRunner.query("DROP INDEX \"IDX_676abf107ac6f8041100b35b50\"");
    await queryRunner.query("DROP INDEX \"IDX_2e07ebcf37c1e269739b83cdfe\"");
    await queryRunner.query("ALTER TABLE \"iwg_action_item\" RENAME TO \"temporary_iwg_action_item\"");
    await queryRunner.query("CREATE TABLE \"iwg_action_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meeting_id\" integer NOT NULL, \"iwg_id\" integer NOT NULL, \"title\" varchar(500) NOT NULL, \"owner_id\" integer NOT NULL, \"due_on\" varchar(10) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('open'), \"reminder_sent_for\" varchar(10), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"iwg_action_item\"(\"id\", \"meeting_id\", \"iwg_id\", \"title\", \"owner_id\", \"due_on\", \"status\", \"reminder_sent_for\", \"created_by_id\", \"created_at\", \"updated_at\") SELECT \"id\", \"meeting_id\", \"iwg_id\", \"title\", \"owner_id\", \"due_on\", \"status\", \"reminder_sent_for\", \"created_by_id\", \"created_at\", \"updated_at\" FROM \"temporary_iwg_action_item\"");
    await queryRunner.query("DROP TABLE \"temporary_iwg_action_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_e9c853734841622f2e69e49367\" ON \"iwg_action_item\" (\"owner_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_676abf107ac6f8041100b35b50\" ON \"iwg_action_item\" (\"iwg_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e07ebcf37c1e269739b83cdfe\" ON \"iwg_action_item\" (\"meeting_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_f961d7b4930c6625ccbe2fe074\"");
    await queryRunner.query("DROP INDEX \"IDX_49e7029c5a1b603673f44099eb\"");
    await queryRunner.query("ALTER TABLE \"iwg_meeting\" RENAME TO \"temporary_iwg_meeting\"");
    await queryRunner.query("CREATE TABLE \"iwg_meeting\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"iwg_id\" integer NOT NULL, \"title\" varchar(200) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"time_zone\" varchar(64) NOT NULL, \"mode\" varchar(16) NOT NULL, \"online_url\" varchar(500), \"place\" varchar(300), \"status\" varchar(16) NOT NULL DEFAULT ('scheduled'), \"sequence\" integer NOT NULL DEFAULT (0), \"minutes\" text, \"minutes_html\" text, \"minutes_recorded_at\" datetime(3), \"thread_id\" integer, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer)");
    await queryRunner.query("INSERT INTO \"iwg_meeting\"(\"id\", \"iwg_id\", \"title\", \"starts_at\", \"ends_at\", \"time_zone\", \"mode\", \"online_url\", \"place\", \"status\", \"sequence\", \"minutes\", \"minutes_html\", \"minutes_recorded_at\", \"thread_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"iwg_id\", \"title\", \"starts_at\", \"ends_at\", \"time_zone\", \"mode\", \"online_url\", \"place\", \"status\", \"sequence\", \"minutes\", \"minutes_html\", \"minutes_recorded_at\", \"thread_id\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_iwg_meeting\"");
    await queryRunner.query("DROP TABLE \"temporary_iwg_meeting\"");
    await queryRunner.query("CREATE INDEX \"IDX_f961d7b4930c6625ccbe2fe074\" ON \"iwg_meeting\" (\"iwg_id\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_49e7029c5a1b603673f44099eb\" ON \"iwg_meeting\" (\"status\", \"starts_at\") ");
    await queryRunner.query("DROP INDEX \"IDX_bdec570bab830a18ba4b45c05d\"");
    await queryRunner.query("ALTER TABLE \"iwg_meeting_agenda_item\" RENAME TO \"temporary_iwg_meeting_agenda_item\"");
    await queryRunner.query("CREATE TABLE \"iwg_meeting_agenda_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meeting_id\" integer NOT NULL, \"position\" integer NOT NULL, \"title\" varchar(300) NOT NULL, \"presenter\" varchar(200), \"duration_minutes\" integer)");
    await queryRunner.query("INSERT INTO \"iwg_meeting_agenda_item\"(\"id\", \"meeting_id\", \"position\", \"title\", \"presenter\", \"duration_minutes\") SELECT \"id\", \"meeting_id\", \"position\", \"title\", \"presenter\", \"duration_minutes\" FROM \"temporary_iwg_meeting_agenda_item\"");
    await queryRunner.query("DROP TABLE \"temporary_iwg_meeting_agenda_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_bdec570bab830a18ba4b45c05d\" ON \"iwg_meeting_agenda_item\" (\"meeting_id\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_e9c853734841622f2e69e49367\"");
    await queryRunner.query("DROP INDEX \"IDX_676abf107ac6f8041100b35b50\"");
    await queryRunner.query("DROP INDEX \"IDX_2e07ebcf37c1e269739b83cdfe\"");
    await queryRunner.query("DROP TABLE \"iwg_action_item\"");
    await queryRunner.query("DROP INDEX \"IDX_f961d7b4930c6625ccbe2fe074\"");
    await queryRunner.query("DROP INDEX \"IDX_49e7029c5a1b603673f44099eb\"");
    await queryRunner.query("DROP TABLE \"iwg_meeting\"");
    await queryRunner.query("DROP INDEX \"IDX_bdec570bab830a18ba4b45c05d\"");
    await queryRunner.query("DROP TABLE \"iwg_meeting_agenda_item\"");
  }
}
