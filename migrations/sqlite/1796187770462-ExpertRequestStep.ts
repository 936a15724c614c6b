import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class ExpertRequestStep1796187770462 implements MigrationInterface {
  name = 'ExpertRequestStep1796187770462';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_15c588e1ac052b295b4d167c1e\" ON \"expert_request\" (\"roadmap_step_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_ac46e496c647bf3a3d3a6a0b89\"");
    await queryRunner.query("DROP INDEX \"IDX_8164217a46e21aff9b6ae13449\"");
    await queryRunner.query("DROP INDEX \"IDX_15c588e1ac052b295b4d167c1e\"");
    await queryRunner.query("CREATE TABLE \"temporary_expert_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"roadmap_step_id\" integer, \"pillar\" varchar(32) NOT NULL, \"topic\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"language\" varchar(8) NOT NULL, \"format\" varchar(16) NOT NULL, \"starts_on\" varchar(10) NOT NULL, \"ends_on\" varchar(10) NOT NULL, \"effort_days\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('open'), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, CONSTRAINT \"FK_6cf1dbb14a0f87bd6440c856b7d\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_15c588e1ac052b295b4d167c1e6\" FOREIGN KEY (\"roadmap_step_id\") REFERENCES \"roadmap_step\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_expert_request\"(\"id\", \"state_id\", \"roadmap_step_id\", \"pillar\", \"topic\", \"description\", \"language\", \"format\", \"starts_on\", \"ends_on\", \"effort_days\", \"status\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"state_id\", \"roadmap_step_id\", \"pillar\", \"topic\", \"description\", \"language\", \"format\", \"starts_on\", \"ends_on\", \"effort_days\", \"status\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"expert_request\"");
    await queryRunner.query("DROP TABLE \"expert_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_expert_request\" RENAME TO \"expert_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_ac46e496c647bf3a3d3a6a0b89\" ON \"expert_request\" (\"status\", \"starts_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8164217a46e21aff9b6ae13449\" ON \"expert_request\" (\"state_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_15c588e1ac052b295b4d167c1e\" ON \"expert_request\" (\"roadmap_step_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_15c588e1ac052b295b4d167c1e\"");
    await queryRunner.query("DROP INDEX \"IDX_8164217a46e21aff9b6ae13449\"");
    await queryRunner.query("DROP INDEX \"IDX_ac46e496c647bf3a3d3a6a0b89\"");
    await queryRunner.query("ALTER TABLE \"expert_request\" RENAME TO \"temporary_expert_request\"");
    await queryRunner.query("CREATE TABLE \"expert_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"state_id\" integer NOT NULL, \"roadmap_step_id\" integer, \"pillar\" varchar(32) NOT NULL, \"topic\" varchar(200) NOT NULL, \"description\" text NOT NULL, \"language\" varchar(8) NOT NULL, \"format\" varchar(16) NOT NULL, \"starts_on\" varchar(10) NOT NULL, \"ends_on\" varchar(10) NOT NULL, \"effort_days\" integer NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('open'), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visibility_level\" varchar(16) NOT NULL, \"visibility_region_id\" integer, \"visibility_state_id\" integer, CONSTRAINT \"FK_6cf1dbb14a0f87bd6440c856b7d\" FOREIGN KEY (\"state_id\") REFERENCES \"organisation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"expert_request\"(\"id\", \"state_id\", \"roadmap_step_id\", \"pillar\", \"topic\", \"description\", \"language\", \"format\", \"starts_on\", \"ends_on\", \"effort_days\", \"status\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\") SELECT \"id\", \"state_id\", \"roadmap_step_id\", \"pillar\", \"topic\", \"description\", \"language\", \"format\", \"starts_on\", \"ends_on\", \"effort_days\", \"status\", \"created_by_id\", \"created_at\", \"updated_at\", \"visibility_level\", \"visibility_region_id\", \"visibility_state_id\" FROM \"temporary_expert_request\"");
    await queryRunner.query("DROP TABLE \"temporary_expert_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_15c588e1ac052b295b4d167c1e\" ON \"expert_request\" (\"roadmap_step_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8164217a46e21aff9b6ae13449\" ON \"expert_request\" (\"state_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ac46e496c647bf3a3d3a6a0b89\" ON \"expert_request\" (\"status\", \"starts_on\") ");
    await queryRunner.query("DROP INDEX \"IDX_15c588e1ac052b295b4d167c1e\"");
  }
}
