import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A private conversation between two or more members (Discourse's personal messages, NodeBB's
 * chat). Only its participants see it: it carries no visibility columns, its participant rows
 * are the rule. `lastMessageId` and `messageCount` are kept with each message, so the list and
 * the unread counts need no count over the messages.
 */
@Entity('conversation')
export class Conversation {
  @PrimaryGeneratedColumn()
  id!: number;

  /** What it is about, when the starter gave one; the list names the participants otherwise. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  subject!: string | null;

  @Column({ type: 'int' })
  createdById!: number;

  @Column({ type: 'int', default: 0 })
  messageCount!: number;

  @Column({ type: 'int', default: 0 })
  lastMessageId!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastMessageAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
