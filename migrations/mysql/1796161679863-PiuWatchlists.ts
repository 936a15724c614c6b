import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class PiuWatchlists1796161679863 implements MigrationInterface {
  name = 'PiuWatchlists1796161679863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `watchlist` (`id` int NOT NULL AUTO_INCREMENT, `state_id` int NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(120) NOT NULL, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL, `current_version_id` int NULL, UNIQUE INDEX `IDX_b20b6e83845706c8556d4a880f` (`state_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `watchlist_version` (`id` int NOT NULL AUTO_INCREMENT, `watchlist_id` int NOT NULL, `state_id` int NOT NULL, `number` int NOT NULL, `previous_version_id` int NULL, `loaded_by_id` int NOT NULL, `loaded_at` datetime(6) NOT NULL, `file_name` varchar(255) NOT NULL, `file_sha256` varchar(64) NOT NULL, `file_size` int NOT NULL, `generated_at` varchar(40) NULL, `entry_count` int NOT NULL, `rows_read` int NOT NULL, `skipped_count` int NOT NULL, `added_count` int NOT NULL, `removed_count` int NOT NULL, `changed_count` int NOT NULL, UNIQUE INDEX `IDX_c7dc9c6e8efc3319485ce9b3ef` (`watchlist_id`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `watchlist_change` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, `change` varchar(8) NOT NULL, `reference` varchar(191) NOT NULL, `label` varchar(255) NOT NULL, `fields` text NULL, INDEX `IDX_ce33d4ad32ac2c3c19339ac893` (`version_id`, `change`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `watchlist_entry` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, `reference` varchar(191) NOT NULL, `fingerprint` varchar(64) NOT NULL, `data` text NOT NULL, UNIQUE INDEX `IDX_b98476d2af4a591aed3bc438dc` (`version_id`, `reference`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `watchlist_skipped_row` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, `row` int NOT NULL, `reason` varchar(500) NOT NULL, INDEX `IDX_be714977b71c3e112bcd454b03` (`version_id`, `row`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `watchlist` ADD CONSTRAINT `FK_e15228fa7aee4bd59cbb9a53f7e` FOREIGN KEY (`state_id`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `watchlist` ADD CONSTRAINT `FK_c86398080a2ed1f616bcebe5fbb` FOREIGN KEY (`created_by_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `watchlist_version` ADD CONSTRAINT `FK_1759e73f4ae39ef17d63660527a` FOREIGN KEY (`watchlist_id`) REFERENCES `watchlist`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `watchlist_version` ADD CONSTRAINT `FK_1bcc72d2b0cda1eb0a5042b3067` FOREIGN KEY (`loaded_by_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `watchlist_change` ADD CONSTRAINT `FK_540708900b2b1bb0232d3c279f5` FOREIGN KEY (`version_id`) REFERENCES `watchlist_version`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `watchlist_entry` ADD CONSTRAINT `FK_d320903ddeb59eba187d0a13c4b` FOREIGN KEY (`version_id`) REFERENCES `watchlist_version`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `watchlist_skipped_row` ADD CONSTRAINT `FK_80038e58ba4dc3b26c09a861f58` FOREIGN KEY (`version_id`) REFERENCES `watchlist_version`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `watchlist_skipped_row` DROP FOREIGN KEY `FK_80038e58ba4dc3b26c09a861f58`");
    await queryRunner.query("ALTER TABLE `watchlist_entry` DROP FOREIGN KEY `FK_d320903ddeb59eba187d0a13c4b`");
    await queryRunner.query("ALTER TABLE `watchlist_change` DROP FOREIGN KEY `FK_540708900b2b1bb0232d3c279f5`");
    await queryRunner.query("ALTER TABLE `watchlist_version` DROP FOREIGN KEY `FK_1bcc72d2b0cda1eb0a5042b3067`");
    await queryRunner.query("ALTER TABLE `watchlist_version` DROP FOREIGN KEY `FK_1759e73f4ae39ef17d63660527a`");
    await queryRunner.query("ALTER TABLE `watchlist` DROP FOREIGN KEY `FK_c86398080a2ed1f616bcebe5fbb`");
    await queryRunner.query("ALTER TABLE `watchlist` DROP FOREIGN KEY `FK_e15228fa7aee4bd59cbb9a53f7e`");
    await queryRunner.query("DROP INDEX `IDX_be714977b71c3e112bcd454b03` ON `watchlist_skipped_row`");
    await queryRunner.query("DROP TABLE `watchlist_skipped_row`");
    await queryRunner.query("DROP INDEX `IDX_b98476d2af4a591aed3bc438dc` ON `watchlist_entry`");
    await queryRunner.query("DROP TABLE `watchlist_entry`");
    await queryRunner.query("DROP INDEX `IDX_ce33d4ad32ac2c3c19339ac893` ON `watchlist_change`");
    await queryRunner.query("DROP TABLE `watchlist_change`");
    await queryRunner.query("DROP INDEX `IDX_c7dc9c6e8efc3319485ce9b3ef` ON `watchlist_version`");
    await queryRunner.query("DROP TABLE `watchlist_version`");
    await queryRunner.query("DROP INDEX `IDX_b20b6e83845706c8556d4a880f` ON `watchlist`");
    await queryRunner.query("DROP TABLE `watchlist`");
  }
}
