import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (sqlite). Reviewed; never edited after landing.
export class HitReview1796173831603 implements MigrationInterface {
  name = 'HitReview1796173831603';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"screening_hit_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"hit_id\" integer NOT NULL, \"state_id\" integer NOT NULL, \"kind\" varchar(12) NOT NULL, \"at\" datetime(3) NOT NULL, \"actor_id\" integer NOT NULL, \"from_status\" varchar(12), \"to_status\" varchar(12), \"reason\" varchar(32), \"remembered\" boolean NOT NULL DEFAULT (0), \"note\" text, \"escalated_to\" text, \"reference\" varchar(120), \"format\" varchar(8))");
    await queryRunner.query("CREATE INDEX \"IDX_63007bbabf762358a1216a5af1\" ON \"screening_hit_event\" (\"hit_id\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_63007bbabf762358a1216a5af1\"");
    await queryRunner.query("DROP TABLE \"screening_hit_event\"");
  }
}
