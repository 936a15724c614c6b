import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities by `npm run -s cli -- migration:generate` (mysql). Reviewed; never edited after landing.
export class Conversations1796150779478 implements MigrationInterface {
  name = 'Conversations1796150779478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `conversation` (`id` int NOT NULL AUTO_INCREMENT, `subject` varchar(200) NULL, `created_by_id` int NOT NULL, `message_count` int NOT NULL DEFAULT '0', `last_message_id` int NOT NULL DEFAULT '0', `last_message_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `conversation_message` (`id` int NOT NULL AUTO_INCREMENT, `conversation_id` int NOT NULL, `author_id` int NOT NULL, `body` text NOT NULL, `html` text NOT NULL, `revision` int NOT NULL DEFAULT '1', `edited_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_d1a91c86842490cb67ce88fad7` (`conversation_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `conversation_message_revision` (`id` int NOT NULL AUTO_INCREMENT, `message_id` int NOT NULL, `revision` int NOT NULL, `body` text NOT NULL, `replaced_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_562c00aac8849028574aee9a15` (`message_id`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `conversation_participant` (`id` int NOT NULL AUTO_INCREMENT, `conversation_id` int NOT NULL, `user_id` int NOT NULL, `added_by_id` int NULL, `joined_at` datetime(3) NOT NULL, `left_at` datetime(3) NULL, `last_read_message_id` int NOT NULL DEFAULT '0', INDEX `IDX_a351cf3e65ab3b489bc84b0dbc` (`user_id`, `left_at`), UNIQUE INDEX `IDX_e8317bf50da00fff74b97be3af` (`conversation_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_e8317bf50da00fff74b97be3af` ON `conversation_participant`");
    await queryRunner.query("DROP INDEX `IDX_a351cf3e65ab3b489bc84b0dbc` ON `conversation_participant`");
    await queryRunner.query("DROP TABLE `conversation_participant`");
    await queryRunner.query("DROP INDEX `IDX_562c00aac8849028574aee9a15` ON `conversation_message_revision`");
    await queryRunner.query("DROP TABLE `conversation_message_revision`");
    await queryRunner.query("DROP INDEX `IDX_d1a91c86842490cb67ce88fad7` ON `conversation_message`");
    await queryRunner.query("DROP TABLE `conversation_message`");
    await queryRunner.query("DROP TABLE `conversation`");
  }
}
